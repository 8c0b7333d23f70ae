import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { mapPosition } from '../../src/components/forms/use-steady-caret';

describe('the caret under a teammate’s edit', () => {
  it.each([
    ['an insertion before it moves it on', 'abc|def', 'XXabcdef', 5],
    ['an insertion after it leaves it', 'abc|def', 'abcdefYY', 3],
    ['a deletion before it moves it back', 'abc|def', 'cdef', 1],
    ['a deletion around it puts it where the text was taken out', 'ab|cdef', 'aef', 1],
    ['a replacement after it leaves it', 'abc|def', 'abcxyz', 3],
  ])('%s', (_what, marked, after, expected) => {
    const position = marked.indexOf('|');
    expect(mapPosition(marked.replace('|', ''), after, position)).toBe(expected);
  });

  it('keeps the caret between the same characters after an insertion elsewhere', () => {
    // Letters the inserted text never holds, so that where it went is not ambiguous.
    const own = fc.string({ unit: fc.constantFrom(...'abcdefgh') });
    const theirs = fc.string({ unit: fc.constantFrom(...'xyz'), minLength: 1 });
    fc.assert(
      fc.property(own, fc.nat(), fc.nat(), theirs, (text, caretSeed, atSeed, inserted) => {
        const caret = caretSeed % (text.length + 1);
        const at = atSeed % (text.length + 1);
        const after = text.slice(0, at) + inserted + text.slice(at);
        const mapped = mapPosition(text, after, caret);
        if (at === caret) expect([caret, caret + inserted.length]).toContain(mapped);
        else expect(mapped).toBe(at < caret ? caret + inserted.length : caret);
      }),
    );
  });
});
