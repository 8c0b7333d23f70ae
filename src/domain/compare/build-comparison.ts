import type { Assessment } from '../assessment/assessment-schema';
import type { Band, Framework } from '../criteria/criterion-schema';
import type { RadarLineStyle, RadarModel } from '../insights/radar-model';
import type { LocalizedText } from '../localized-text';
import { buildTrend, normalizeCommunity, type Trend } from '../insights/build-trend';
import { scoreAssessment, type AssessmentScore, type ScoreRange } from '../scoring/score-assessment';

export const MAX_COMPARED = 8;
export const MIN_COMPARED = 2;

/** An assessment to compare, with the framework version it was made under when that is known. */
export type ComparedAssessment = { assessment: Assessment; frameworkVersion?: string | undefined };

export type ComparisonColumn = {
  id: string;
  name: string;
  year: number | undefined;
  overall: number | null;
  /** Null while the overall is provisional. */
  band: Band | null;
  range: ScoreRange | null;
  isProvisional: boolean;
  /** The fewest further answers that would give the overall a band. */
  answersToBand: number;
  /**
   * 1 for the highest overall; equal overalls share a rank (1, 1, 3); null when unscored, and for
   * every column when all are one community (its years are compared, not ranked).
   */
  rank: number | null;
  /** overall − the baseline's overall. */
  diffOverall: number | null;
  /** The assessment has saved weights of its own, which the comparison does not apply. */
  hasCustomWeights: boolean;
  /** Criterion ids with a score that is provisional (answered on fewer than half their questions). */
  provisionalCriteria: string[];
};

export type ComparisonRow = {
  criterionId: string;
  name: LocalizedText;
  /** One a column, in column order. */
  scores: (number | null)[];
  diffs: (number | null)[];
  /** Whether each score shown is provisional (false where there is no score to mark). */
  provisional: boolean[];
  ranges: (ScoreRange | null)[];
};

export type ComparisonWarning =
  | { kind: 'framework-versions'; versions: string[] }
  | { kind: 'custom-weights'; assessmentIds: string[] }
  | { kind: 'provisional'; assessmentIds: string[] };

const isShownProvisional = (score: { score: number | null; isProvisional: boolean }): boolean =>
  score.score !== null && score.isProvisional;

export type Comparison = {
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
  baselineId: string;
  /** Assessment ids by overall, best first, unscored last; ties keep the order given. Empty for one community. */
  ranking: string[];
  warnings: ComparisonWarning[];
  radar: RadarModel;
  /** Whether every assessment compared is of one community: then nothing is ranked. */
  isOneCommunity: boolean;
  /** One community over several years, each year once: its trend. */
  trend: Trend | null;
};

export type ComparisonOptions = {
  /** What-if weights applied to every assessment alike; undefined = each criterion's default. */
  weights?: Record<string, number> | undefined;
  baselineId?: string | undefined;
  /** The version of the framework loaded now, for assessments that do not state theirs. */
  currentVersion: string;
};

const LINE_STYLES: readonly RadarLineStyle[] = ['solid', 'dashed', 'dotted', 'dash-dot'];

// Overalls that differ only by floating-point noise (one answer set summing in another order)
// must share a rank, or two columns showing the same score would be ranked apart.
const TIE_TOLERANCE = 1e-9;

const subtract = (score: number | null, baseline: number | null): number | null =>
  score === null || baseline === null ? null : score - baseline;

function hasOwnWeights(framework: Framework, assessment: Assessment): boolean {
  return framework.criteria.some((c) => (assessment.weights?.[c.id] ?? c.weight) !== c.weight);
}

function rankOf(overall: number | null, overalls: readonly (number | null)[]): number | null {
  if (overall === null) return null;
  return 1 + overalls.filter((other) => other !== null && other > overall + TIE_TOLERANCE).length;
}

const isOneCommunity = (assessments: readonly Assessment[]): boolean =>
  new Set(assessments.map((a) => normalizeCommunity(a.profile.name))).size === 1;

function buildComparisonTrend(
  framework: Framework,
  assessments: readonly Assessment[],
  scores: readonly AssessmentScore[],
): Trend | null {
  // One point is not a trend.
  if (assessments.length < MIN_COMPARED || !isOneCommunity(assessments)) return null;
  const years = assessments.map((a) => a.profile.year);
  if (years.some((y) => y === undefined) || new Set(years).size !== years.length) {
    return null;
  }
  return buildTrend(
    framework,
    assessments
      .map((assessment, i) => ({
        assessment,
        score: scores[i] as AssessmentScore,
        year: assessment.profile.year ?? 0,
      }))
      .sort((a, b) => a.year - b.year),
  );
}

/**
 * Compares assessments side by side under one set of weights, so that differences come from the
 * answers alone: scores, differences to a baseline, ranks, a shared radar and, for one community
 * over several years, its trend.
 */
export function buildComparison(
  framework: Framework,
  compared: ComparedAssessment[],
  options: ComparisonOptions,
): Comparison {
  const assessments = compared.map((c) => c.assessment);
  const scores = assessments.map((a) =>
    scoreAssessment(framework, { answers: a.answers, responses: a.responses, weights: options.weights }),
  );
  const baselineIndex = Math.max(
    0,
    assessments.findIndex((a) => a.id === options.baselineId),
  );
  const baseline = scores[baselineIndex];
  // A community compared with itself over the years is not ranked against itself.
  const isOne = assessments.length >= MIN_COMPARED && isOneCommunity(assessments);
  const overalls = scores.map((s) => s.overall);
  const isProvisional = (score: AssessmentScore, c: number): boolean => {
    const criterion = score.criteria[c];
    return criterion !== undefined && isShownProvisional(criterion);
  };

  const columns = assessments.map((assessment, i): ComparisonColumn => {
    const score = scores[i] as AssessmentScore;
    return {
      id: assessment.id,
      name: assessment.profile.name,
      year: assessment.profile.year,
      overall: score.overall,
      band: score.band,
      range: score.range,
      isProvisional: score.isProvisional,
      answersToBand: score.answersToBand,
      rank: isOne ? null : rankOf(score.overall, overalls),
      diffOverall: subtract(score.overall, baseline?.overall ?? null),
      hasCustomWeights: hasOwnWeights(framework, assessment),
      provisionalCriteria: framework.criteria.filter((_, c) => isProvisional(score, c)).map((c) => c.id),
    };
  });

  const rows = framework.criteria.map((criterion, c): ComparisonRow => {
    const criterionScores = scores.map((s) => s.criteria[c]?.score ?? null);
    const baselineScore = baseline?.criteria[c]?.score ?? null;
    return {
      criterionId: criterion.id,
      name: criterion.name,
      scores: criterionScores,
      diffs: criterionScores.map((s) => subtract(s, baselineScore)),
      provisional: scores.map((s) => isProvisional(s, c)),
      ranges: scores.map((s) => s.criteria[c]?.range ?? null),
    };
  });

  // Unscored columns rank last; a stable sort keeps ties in the order given.
  const ranking = isOne
    ? []
    : columns
        .map((column, i) => ({ id: column.id, rank: column.rank ?? Infinity, i }))
        .sort((a, b) => a.rank - b.rank || a.i - b.i)
        .map((entry) => entry.id);

  const warnings: ComparisonWarning[] = [];
  const versions = [...new Set(compared.map((c) => c.frameworkVersion ?? options.currentVersion))];
  if (versions.length > 1) warnings.push({ kind: 'framework-versions', versions });
  const customWeights = columns.filter((c) => c.hasCustomWeights).map((c) => c.id);
  if (customWeights.length > 0) warnings.push({ kind: 'custom-weights', assessmentIds: customWeights });
  const provisional = columns.filter((c) => c.isProvisional && c.overall !== null).map((c) => c.id);
  if (provisional.length > 0) warnings.push({ kind: 'provisional', assessmentIds: provisional });

  const radar: RadarModel = {
    axes: framework.criteria.map((c) => ({ id: c.id, name: c.name, isProvisional: false })),
    series: columns.map((column, i) => ({
      id: column.id,
      label: { text: column.year ? `${column.name} ${column.year}` : column.name },
      values: rows.map((row) => row.scores[i] ?? null),
      lineStyle: LINE_STYLES[i % LINE_STYLES.length] as RadarLineStyle,
      isFilled: i === 0,
    })),
  };

  return {
    columns,
    rows,
    baselineId: assessments[baselineIndex]?.id ?? '',
    ranking,
    warnings,
    radar,
    isOneCommunity: isOne,
    trend: buildComparisonTrend(framework, assessments, scores),
  };
}
