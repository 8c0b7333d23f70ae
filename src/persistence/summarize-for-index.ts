import type { Answer, Assessment } from '../domain/assessment/assessment-schema';

/**
 * What the list, comparisons and trends need of an assessment: everything but the long texts
 * (notes, evidence, narratives), so the index of a thousand assessments stays small.
 */
export function summarizeForIndex(assessment: Assessment): Assessment {
  const { narratives: _narratives, ...rest } = assessment;
  const answers = Object.create(null) as Record<string, Answer>;
  for (const [questionId, answer] of Object.entries(assessment.answers)) {
    const { notes: _notes, evidence: _evidence, ...kept } = answer;
    answers[questionId] = kept;
  }
  return { ...rest, answers };
}
