import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  decodeCompareState,
  encodeCompareState,
  NO_COMPARISON,
} from '../../../src/features/compare/compare-url';

describe("a comparison's address", () => {
  it('reads back exactly what was written', () => {
    const id = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { minLength: 1, maxLength: 8 }),
        fc.option(id, { nil: undefined }),
        fc.option(fc.dictionary(id, fc.integer({ min: 0, max: 10 }), { minKeys: 1 }), { nil: undefined }),
        (ids, baselineId, weights) => {
          const state = { ids, baselineId, weights };
          expect(decodeCompareState(encodeCompareState(state))).toEqual(state);
        },
      ),
    );
  });

  it('is empty when nothing is ticked, and leaves out what an edited link garbles', () => {
    expect(encodeCompareState(NO_COMPARISON)).toBe('');
    expect(decodeCompareState(undefined)).toEqual(NO_COMPARISON);
    expect(decodeCompareState('ids=a,,a,b&w=innovation:x,broadband:2,:3,advocacy:-1')).toEqual({
      ids: ['a', 'b'],
      baselineId: undefined,
      weights: { broadband: 2 },
    });
  });
});
