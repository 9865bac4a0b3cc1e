import { describe, expect, it } from 'vitest';
import { evaluateGgt, locate, main, sameSpeaker, speakerRight } from '../../cli/evaluations/ggt.ts';

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

describe('GGT evaluation: the development sets', () => {
  it('finds every gold quote of every development set in its text, so each set scores what it says', () => {
    for (const set of ['a', 'b', 'c', 'd', 'e']) {
      const r = evaluateGgt(`tests/dev-sets/${set}/gold.jsonl`);
      expect(r.quotes, set).toBeGreaterThan(100);
      expect(r.located, set).toBe(r.quotes);
    }
  });

  it('scores several files in one run, each under its name', () => {
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => out.push(chunk) > 0) as typeof process.stdout.write;
    try {
      expect(main(['tests/dev-sets/c/gold.jsonl', 'tests/dev-sets/d/gold.jsonl'])).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    expect(out.join('')).toMatch(/^tests\/dev-sets\/c\/gold\.jsonl: GGT gold\.jsonl: 177 gold quotes, 177 located/m);
    expect(out.join('')).toMatch(/^tests\/dev-sets\/d\/gold\.jsonl: GGT gold\.jsonl: 282 gold quotes, 282 located/m);
  });
});
