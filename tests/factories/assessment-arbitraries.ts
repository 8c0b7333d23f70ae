import fc from 'fast-check';

import type { Assessment } from '../../src/domain/assessment/assessment-schema';
import type { Framework } from '../../src/domain/criteria/criterion-schema';
import { answersArbitrary, weightsArbitrary } from './answer-arbitraries';

/** Text as people paste it: any Unicode, control characters, Word's line breaks and NFD included. */
export const pastedText = (maxLength: number) =>
  fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
        {
          weight: 2,
          arbitrary: fc.constantFrom('\u000b', '\u000c', '\r\n', '\u2028', '\t', '\u0007', '\u009b'),
        },
        {
          weight: 2,
          arbitrary: fc.constantFrom('Bình Dương', 'Bi\u0300nh Du\u031bo\u031bng', 'Đổi mới', '臺北', '🙂'),
        },
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('').slice(0, maxLength));

const url = fc.webUrl({ validSchemes: ['https', 'http'] }).filter((u) => u.length <= 2000);

/** A whole assessment as a screen or a file might hand it to the app, before normalisation. */
export function assessmentArbitrary(framework: Framework, id = 'a1'): fc.Arbitrary<Assessment> {
  const criteria = framework.criteria.map((c) => c.id);
  const questions = framework.criteria.flatMap((c) => c.questions.map((q) => q.id));
  return fc
    .record({
      answers: answersArbitrary(framework),
      notes: fc.dictionary(fc.constantFrom(...questions), pastedText(400), { maxKeys: 4 }),
      evidence: fc.dictionary(
        fc.constantFrom(...questions),
        fc.array(fc.record({ url, label: pastedText(60) }), { minLength: 1, maxLength: 3 }),
        { maxKeys: 3 },
      ),
      // Answers carried over from an earlier year and not confirmed, with that year or without one.
      carriedOver: fc.dictionary(
        fc.constantFrom(...questions),
        fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: undefined }),
        { maxKeys: 4 },
      ),
      narratives: fc.dictionary(fc.constantFrom(...criteria), pastedText(600), { maxKeys: 3 }),
      weights: fc.option(weightsArbitrary(framework), { nil: undefined }),
      targets: fc.dictionary(fc.constantFrom(...criteria), fc.integer({ min: 0, max: 100 }), { maxKeys: 3 }),
      name: pastedText(80).filter((name) => name.replace(/[\s\p{Cc}]/gu, '') !== ''),
      region: fc.option(pastedText(80), { nil: undefined }),
      population: fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: undefined }),
      year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: undefined }),
      illustrative: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map((r) => {
      const answers = { ...r.answers };
      for (const [q, notes] of Object.entries(r.notes)) answers[q] = { ...answers[q], notes };
      for (const [q, evidence] of Object.entries(r.evidence)) answers[q] = { ...answers[q], evidence };
      for (const [q, fromYear] of Object.entries(r.carriedOver))
        answers[q] = { ...answers[q], carriedOver: fromYear === undefined ? {} : { fromYear } };
      const assessment: Assessment = {
        id,
        profile: {
          name: r.name,
          ...(r.region === undefined ? {} : { region: r.region }),
          ...(r.population === undefined ? {} : { population: r.population }),
          ...(r.year === undefined ? {} : { year: r.year }),
        },
        answers,
        createdAt: '2025-03-01T08:00:00.000Z',
        updatedAt: '2025-03-02T08:00:00.000Z',
        ...(Object.keys(r.narratives).length > 0 ? { narratives: r.narratives } : {}),
        ...(r.weights && Object.keys(r.weights).length > 0 ? { weights: r.weights } : {}),
        ...(Object.keys(r.targets).length > 0 ? { targets: r.targets } : {}),
        ...(r.illustrative === undefined ? {} : { illustrative: r.illustrative }),
      };
      return assessment;
    });
}
