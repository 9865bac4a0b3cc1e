import { describe, expect, it } from 'vitest';
import { locate, sameSpeaker, speakerRight } from '../../cli/evaluations/ggt.ts';

describe('GGT evaluation: comparing speakers', () => {
  it('matches a full name with its last name, and drops titles and determiners', () => {
    expect(sameSpeaker('Hamish Telford', 'Telford')).toBe(true);
    expect(sameSpeaker('Dr. Dave Martell', 'Dave Martell')).toBe(true);
    expect(sameSpeaker('a TransLink spokesperson', 'spokesperson')).toBe(true);
    expect(sameSpeaker('Hamish Telford', 'Doug McCallum')).toBe(false);
    // Two full names sharing a last name are two people.
    expect(sameSpeaker('Martin Jones', 'Caleb Jones')).toBe(false);
  });

  it('counts the gold reference and the gold mention alike', () => {
    const q = { speaker: 'the mayor', reference: 'Doug McCallum' };
    expect(speakerRight({ speaker: 'Doug McCallum', sourceMention: 'McCallum' }, q)).toBe(true);
  });

  it('compares our source mention only where the gold leaves its mention unresolved', () => {
    const unresolved = { speaker: 'the minister', reference: 'the minister' };
    expect(speakerRight({ speaker: 'Chrystia Freeland', sourceMention: 'the minister' }, unresolved)).toBe(true);
    expect(speakerRight({ speaker: null, sourceMention: 'the ministry' }, { speaker: 'the ministry', reference: '' })).toBe(true);
    // The gold knows who "the mayor" is: our mention alone proves nothing.
    const resolved = { speaker: 'The mayor', reference: 'Doug McCallum' };
    expect(speakerRight({ speaker: 'Safe Surrey', sourceMention: 'The mayor' }, resolved)).toBe(false);
  });
});

describe('GGT evaluation: locating quotes', () => {
  it('finds a quote whatever its quote marks and spacing, at every occurrence', () => {
    const text = '“I don’t support Uber at all,” he said.\n\n"I don\'t support  Uber at all."';
    expect(locate(text, '"I don\'t support Uber at all,"')).toHaveLength(2);
  });
});
