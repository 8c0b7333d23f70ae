import type { Answer, Assessment } from '../domain/assessment/assessment-schema';

/**
 * What the list, comparisons and trends need of an assessment: everything but the long texts
 * (notes, evidence, narratives), so the index of a thousand assessments stays small.
 */
export function summarizeForIndex(assessment: Assessment): Assessment {
  const { narratives: _narratives, responses, ...rest } = assessment;
  const summary: Assessment = { ...rest, answers: withoutLongTexts(assessment.answers) };
  // Respondents' answers stay (the list scores with the effective answers), without their long texts.
  if (responses) {
    summary.responses = Object.create(null) as Record<string, Record<string, Answer>>;
    for (const [respondentId, given] of Object.entries(responses))
      summary.responses[respondentId] = withoutLongTexts(given);
  }
  return summary;
}

function withoutLongTexts(answers: Readonly<Record<string, Answer>>): Record<string, Answer> {
  const kept = Object.create(null) as Record<string, Answer>;
  for (const [questionId, answer] of Object.entries(answers)) {
    const { notes: _notes, evidence: _evidence, ...rest } = answer;
    kept[questionId] = rest;
  }
  return kept;
}
