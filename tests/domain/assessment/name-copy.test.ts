import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Assessment } from '../../../src/domain/assessment/assessment-schema';
import { countRemovedByReplace } from '../../../src/domain/assessment/count-replaced';
import { nameCopy } from '../../../src/domain/assessment/name-copy';

const english = (name: string) => `${name} (copy)`;
const vietnamese = (name: string) => `${name} (bản sao)`;

describe('the name of a copy kept beside the original', () => {
  it('adds the label to a name that has room for it', () => {
    expect(nameCopy('Huế', english)).toBe('Huế (copy)');
    expect(nameCopy('Huế', vietnamese)).toBe('Huế (bản sao)');
  });

  it('shortens a long name, marked with "…", so the copy’s name is never longer than a name may be', () => {
    expect(nameCopy('Thành phố Huế', vietnamese, 20)).toBe('Thành phố… (bản sao)');
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.integer({ min: 12, max: 60 }),
        (name, max) => {
          const copy = nameCopy(name, english, max);
          expect(copy.length).toBeLessThanOrEqual(Math.max(max, english('…').length));
          expect(copy.endsWith(' (copy)')).toBe(true);
          // Never half a character: the copy's name is well-formed text.
          expect(copy).not.toMatch(/[\uD800-\uDFFF]/u);
        },
      ),
    );
  });
});

describe('what replacing an assessment removes', () => {
  const base: Assessment = { id: 'a', profile: { name: 'Huế' }, answers: {} };

  it('counts the answers and narratives only the current copy has', () => {
    const current: Assessment = {
      ...base,
      answers: { 'a.one': { value: 1 }, 'a.two': { value: 2 }, 'b.three': { notes: 'x' } },
      narratives: { a: 'story', b: 'more' },
    };
    const incoming: Assessment = { ...base, answers: { 'a.one': { value: 3 }, 'c.four': { value: 1 } } };
    expect(countRemovedByReplace(current, incoming)).toEqual({ answers: 2, narratives: 2 });
    expect(countRemovedByReplace(incoming, current)).toEqual({ answers: 1, narratives: 0 });
  });

  it('counts the respondents’ answers only the current copy has as answers too', () => {
    const team = (responses: Assessment['responses']): Assessment => ({
      ...base,
      respondents: [
        { id: 'ict', name: 'Lan' },
        { id: 'edu', name: 'Minh' },
      ],
      responses,
    });
    const current = team({
      ict: { 'a.one': { value: 1 }, 'a.two': { value: 2 } },
      edu: { 'a.one': { value: 0 } },
    });
    const incoming = team({ ict: { 'a.one': { value: 4 } } });
    expect(countRemovedByReplace(current, incoming)).toEqual({ answers: 2, narratives: 0 });
  });

  it('counts nothing when the file holds all the current copy has', () => {
    expect(countRemovedByReplace(base, base)).toEqual({ answers: 0, narratives: 0 });
  });
});
