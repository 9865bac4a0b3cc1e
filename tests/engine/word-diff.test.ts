import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../engine/compare/word-diff.ts';

describe('wordDiff', () => {
  it('isolates the one word CNN and the Dutch outlet render differently', () => {
    const cnn = 'without unduly limiting trade and investment.';
    const dutch = 'without unduly restricting trade and investment.';
    expect(wordDiff(cnn, dutch)).toEqual([
      { op: 'same', text: 'without unduly' },
      { op: 'removed', text: 'limiting' },
      { op: 'added', text: 'restricting' },
      { op: 'same', text: 'trade and investment .' },
    ]);
  });

  it('reports identical texts as one run of shared words, ignoring case', () => {
    expect(wordDiff('Candid and constructive', 'candid and constructive')).toEqual([{ op: 'same', text: 'Candid and constructive' }]);
  });

  it('handles an empty side', () => {
    expect(wordDiff('', 'frank')).toEqual([{ op: 'added', text: 'frank' }]);
    expect(wordDiff('', '')).toEqual([]);
  });
});
