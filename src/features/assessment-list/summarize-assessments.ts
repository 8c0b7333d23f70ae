import { collator } from '../../domain/intl-formats';
import type { Framework } from '../../domain/criteria/criterion-schema';
import { measureProgress, type Progress } from '../../domain/scoring/measure-progress';
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

/** Names in the reader's alphabet, with one collator per language (`localeCompare` builds one a call). */
export function compareNames(a: string, b: string, locale?: string): number {
  return collator(locale).compare(a, b);
}

/** Later edit first; an assessment never edited last. Times may carry any offset, so compared as instants. */
export function compareRecentFirst(a: string | undefined, b: string | undefined): number {
  const timeOf = (time: string | undefined) => (time === undefined ? -Infinity : Date.parse(time));
  return Math.sign(timeOf(b) - timeOf(a)) || 0;
}

/** Most recently edited first, then by name: the list's order, known without scoring anything. */
export function orderByRecentEdit(assessments: Iterable<Assessment>): Assessment[] {
  return [...assessments].sort(
    (a, b) => compareRecentFirst(a.updatedAt, b.updatedAt) || compareNames(a.profile.name, b.profile.name),
  );
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
      progress: measureProgress(framework, assessment.answers, score),
      updatedAt: assessment.updatedAt,
      isIllustrative: assessment.illustrative === true,
      basedOn: source ? { name: source.profile.name, year: source.profile.year } : null,
    };
  });
}
