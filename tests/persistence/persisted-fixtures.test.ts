import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { PERSISTED_STATE_VERSION, loadPersistedState } from '../../src/persistence/persisted-state';

const directory = join(import.meta.dirname, '../fixtures/persisted');
const fixtures = readdirSync(directory).filter((name) => /^state-v\d+\.json$/.test(name));

describe('frozen fixtures of every persisted version', () => {
  it('has one for every version up to the current one', () => {
    const versions = fixtures.map((name) => Number(/v(\d+)/.exec(name)?.[1])).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: PERSISTED_STATE_VERSION }, (_, i) => i + 1));
  });

  it.each(fixtures)('migrates %s to the current version without losing an answer', (name) => {
    const raw = readFileSync(join(directory, name), 'utf8');
    const result = loadPersistedState(raw);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const original = JSON.parse(raw) as {
      state: { assessments: Record<string, { assessment: { answers: Record<string, object> } }> };
    };
    for (const [id, stored] of Object.entries(original.state.assessments)) {
      const migrated = result.value.assessments[id]?.assessment;
      for (const [questionId, answer] of Object.entries(stored.assessment.answers)) {
        // Kept where it was, or (a question changed in criteria 2.0.0) kept for review.
        const kept = migrated?.answers[questionId] ?? migrated?.earlierAnswers?.[questionId];
        expect(kept, questionId).toMatchObject(answer);
      }
    }
  });
});
