import { describe, expect, it } from 'vitest';

import {
  EMPTY_STATE,
  loadPersistedState,
  serializePersistedState,
} from '../../src/persistence/persisted-state';

const state = {
  assessments: {
    a1: {
      assessment: {
        id: 'a1',
        profile: { name: 'Bình Dương' },
        answers: { 'broadband.availability': { value: 90 } },
      },
      fieldTimes: { profile: 1 },
    },
  },
  tombstones: { old: 5 },
};

describe('loadPersistedState', () => {
  it('starts empty when nothing is stored', () => {
    expect(loadPersistedState(null)).toEqual({ ok: true, value: EMPTY_STATE });
  });

  it('reads back what it wrote', () => {
    expect(loadPersistedState(serializePersistedState(state))).toEqual({ ok: true, value: state });
  });

  it.each([
    ['garbage', 'not json {', 'unreadable'],
    ['JSON without a version', '{"state": {}}', 'unreadable'],
    ['a future version', JSON.stringify({ state, version: 99 }), 'newer'],
    [
      'a state of the wrong shape',
      JSON.stringify({ state: { assessments: { a1: { assessment: {} } } }, version: 1 }),
      'invalid',
    ],
  ])('reports %s instead of loading it', (_name, raw, kind) => {
    const result = loadPersistedState(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.kind).toBe(kind);
  });
});
