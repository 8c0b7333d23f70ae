import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { balanceLines } from '../../src/pdf/balance-lines';

/** Greedy wrapping with every character one unit wide, as a renderer's own wrapping would do it. */
function splitByCharacters(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (candidate.length <= width || line === '') line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  return line === '' ? lines : [...lines, line];
}

describe('balanceLines', () => {
  it('keeps a label that fits on one line as it is', () => {
    expect(balanceLines('Broadband', 40, splitByCharacters)).toEqual(['Broadband']);
  });

  it('never leaves one word alone on the last line where the words can be shared out', () => {
    // Greedy wrapping at 40 puts "Sustainability" alone on the second line.
    const label = 'Digital Equality and Environmental Sustainability';
    expect(splitByCharacters(label, 40)).toEqual(['Digital Equality and Environmental', 'Sustainability']);
    expect(balanceLines(label, 40, splitByCharacters)).toEqual([
      'Digital Equality and',
      'Environmental Sustainability',
    ]);
  });

  it('uses no more lines than plain wrapping, and no line wider than the width', () => {
    const word = fc.stringMatching(/^[a-zà-ỹ]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 12, max: 60 }),
        (words, width) => {
          const text = words.join(' ');
          const balanced = balanceLines(text, width, splitByCharacters);
          expect(balanced.length).toBe(splitByCharacters(text, width).length);
          expect(balanced.join(' ')).toBe(text);
          for (const line of balanced) expect(line.length).toBeLessThanOrEqual(width);
        },
      ),
    );
  });
});
