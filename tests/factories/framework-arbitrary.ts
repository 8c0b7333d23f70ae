import fc from 'fast-check';

import type { Framework, Question } from '../../src/domain/criteria/criterion-schema';
import { buildCriterion, buildFramework, buildQuestion } from './framework-factory';

const TYPES = ['level', 'percent', 'number', 'boolean', 'checklist'] as const;

function questionArbitrary(id: string): fc.Arbitrary<Question> {
  return fc
    .record({
      type: fc.constantFrom(...TYPES),
      // Weights as a criteria file writes them: positive, in halves up to 3.
      weight: fc.integer({ min: 1, max: 6 }).map((n) => n / 2),
      allowsNA: fc.boolean(),
    })
    .map(({ type, weight, allowsNA }) => buildQuestion(id, { type, weight, allowsNA }));
}

/**
 * Small frameworks of any shape: 1 to 4 criteria of 1 to 5 questions each, of every type, with
 * their own question weights and N/A allowed or not. The scoring rules must hold for any bank,
 * not only the one shipped.
 */
export function frameworkArbitrary(): fc.Arbitrary<Framework> {
  return fc
    .array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 })
    .chain((sizes) =>
      fc.tuple(
        ...sizes.map((size, c) =>
          fc.tuple(...Array.from({ length: size }, (_, q) => questionArbitrary(`c${c}.q${q}`))),
        ),
      ),
    )
    .map((criteria) => ({
      ...buildFramework(),
      criteria: criteria.map((questions, c) => buildCriterion(`c${c}`, questions)),
    }));
}
