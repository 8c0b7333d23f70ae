import { collator } from '../../domain/intl-formats';
import type { Framework } from '../../domain/criteria/criterion-schema';
import { measureProgress, type Progress } from '../../domain/scoring/measure-progress';
import { resolveEffectiveAnswers } from '../../domain/scoring/effective-answers';
import { scoreAssessment, type ScoreStatus } from '../../domain/scoring/score-assessment';
import type { Assessment } from '../../domain/assessment/assessment-schema';

export type AssessmentSummary = {
  id: string;
  name: string;
  region: string | undefined;
  country: string | undefined;
  population: number | undefined;
  year: number | undefined;
  overall: number | null;
  /** The overall's band, range and whether it is provisional. */
  status: ScoreStatus;
  progress: Progress;
  updatedAt: string | undefined;
  isIllustrative: boolean;
  /** The community and year of the assessment this one was started from, when it still exists. */
  basedOn: { name: string; year: number | undefined } | null;
};

/** An edit time as an instant; never edited comes last. Times may carry any offset. */
const timeOf = (time: string | undefined) => (time === undefined ? -Infinity : Date.parse(time));

/** Later edit first; an assessment never edited last. */
export function compareRecentFirst(a: string | undefined, b: string | undefined): number {
  return Math.sign(timeOf(b) - timeOf(a)) || 0;
}

/**
 * Most recently edited first, then by name: the list's order, known without scoring anything. Each
 * time is read once and one collator compares: a thousand assessments take a few milliseconds.
 */
export function orderByRecentEdit(assessments: Iterable<Assessment>, locale?: string): Assessment[] {
  const names = collator(locale);
  return [...assessments]
    .map((assessment) => ({ assessment, time: timeOf(assessment.updatedAt) }))
    .sort(
      // Two never-edited ones give NaN, which falls through to the names as 0 does.
      (a, b) =>
        Math.sign(b.time - a.time) || names.compare(a.assessment.profile.name, b.assessment.profile.name),
    )
    .map(({ assessment }) => assessment);
}

/**
 * The rows of the assessment list, most recently edited first. Only the given assessments are
 * scored; `all` is where the assessment each was started from is looked up.
 */
export function summarizeAssessments(
  framework: Framework,
  assessments: ReadonlyMap<string, Assessment>,
  all: ReadonlyMap<string, Assessment> = assessments,
): AssessmentSummary[] {
  return orderByRecentEdit(assessments.values()).map((assessment) => {
    const score = scoreAssessment(framework, assessment);
    const source = assessment.basedOn ? all.get(assessment.basedOn) : undefined;
    return {
      id: assessment.id,
      name: assessment.profile.name,
      region: assessment.profile.region,
      country: assessment.profile.country,
      population: assessment.profile.population,
      year: assessment.profile.year,
      overall: score.overall,
      status: {
        band: score.band,
        range: score.range,
        isProvisional: score.isProvisional,
        coverage: score.coverage,
        answersToBand: score.answersToBand,
      },
      progress: measureProgress(framework, resolveEffectiveAnswers(framework, assessment), score),
      updatedAt: assessment.updatedAt,
      isIllustrative: assessment.illustrative === true,
      basedOn: source ? { name: source.profile.name, year: source.profile.year } : null,
    };
  });
}
