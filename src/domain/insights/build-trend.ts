import type { Assessment } from '../assessment/assessment-schema';
import type { Framework } from '../criteria/criterion-schema';
import type { LocalizedText } from '../localized-text';
import {
  scoreAssessment,
  type AssessmentScore,
  type CriterionScore,
  type ScoreRange,
} from '../scoring/score-assessment';

export type TrendPoint = {
  assessmentId: string;
  year: number;
  score: number | null;
  /** Whether the score shown is provisional (false where there is no score to mark). */
  isProvisional: boolean;
  range: ScoreRange | null;
};

export type TrendLine = {
  criterionId: string;
  name: LocalizedText;
  points: TrendPoint[];
  /** The last year's score − the first year's, when both have one. */
  change: number | null;
};

/** One community's scores over the years, oldest first: a line per criterion and the overall. */
export type Trend = {
  community: string;
  criteria: TrendLine[];
  overall: TrendPoint[];
  overallChange: number | null;
};

/** A year of the trend: the assessment, its year and its scores. */
export type TrendEntry = { assessment: Assessment; year: number; score: AssessmentScore };

/** The same community whatever the case, spacing or Unicode form its name was typed in. */
export function normalizeCommunity(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase();
}

const isShownProvisional = (score: { score: number | null; isProvisional: boolean }): boolean =>
  score.score !== null && score.isProvisional;

function changeOf(points: readonly TrendPoint[]): number | null {
  const first = points[0]?.score ?? null;
  const last = points.at(-1)?.score ?? null;
  return points.length < 2 || first === null || last === null ? null : last - first;
}

/** The trend of entries already in year order, one a year. */
export function buildTrend(framework: Framework, entries: readonly TrendEntry[]): Trend {
  const overall = entries.map(({ assessment, year, score }): TrendPoint => ({
    assessmentId: assessment.id,
    year,
    score: score.overall,
    isProvisional: isShownProvisional({ score: score.overall, isProvisional: score.isProvisional }),
    range: score.range,
  }));
  return {
    community: (entries.at(-1)?.assessment.profile.name ?? '').normalize('NFC').trim(),
    criteria: framework.criteria.map((criterion, c) => {
      const points = entries.map(({ assessment, year, score }): TrendPoint => {
        const criterionScore = score.criteria[c] as CriterionScore;
        return {
          assessmentId: assessment.id,
          year,
          score: criterionScore.score,
          isProvisional: isShownProvisional(criterionScore),
          range: criterionScore.range,
        };
      });
      return { criterionId: criterion.id, name: criterion.name, points, change: changeOf(points) };
    }),
    overall,
    overallChange: changeOf(overall),
  };
}

const timeOf = (assessment: Assessment) =>
  assessment.updatedAt === undefined ? -Infinity : Date.parse(assessment.updatedAt);

/**
 * The years of the community an assessment belongs to, up to its own year, oldest first, one
 * assessment a year. A community's years are:
 * - the chain of assessments it was started from (`basedOn`, "Start next year's"), whatever their
 *   names, since the user linked them;
 * - and any other assessment under the same community name (as compare matches names), so a year
 *   imported from a file joins too; an illustrative example joins a real assessment only through
 *   the chain, never by name alone.
 * When two assessments share a year, the one in the chain wins, else the last edited.
 */
export function findCommunityYears(
  current: Assessment,
  all: ReadonlyMap<string, Assessment>,
): (Assessment & { profile: { year: number } })[] {
  const thisYear = current.profile.year;
  if (thisYear === undefined) return [];
  const chain = new Set<string>([current.id]);
  for (let next = current.basedOn; next !== undefined && !chain.has(next);) {
    const source = all.get(next);
    if (!source) break;
    chain.add(source.id);
    next = source.basedOn;
  }
  const community = normalizeCommunity(current.profile.name);
  const isIllustrative = current.illustrative === true;
  const byYear = new Map<number, Assessment>([[thisYear, current]]);
  const candidates = [...all.values()].filter(
    (a) =>
      a.id !== current.id &&
      (chain.has(a.id) ||
        (normalizeCommunity(a.profile.name) === community && (a.illustrative === true) === isIllustrative)),
  );
  for (const candidate of candidates) {
    const year = candidate.profile.year;
    if (year === undefined || year > thisYear) continue;
    const held = byYear.get(year);
    const isBetter =
      held === undefined ||
      (held.id !== current.id &&
        (chain.has(candidate.id) !== chain.has(held.id)
          ? chain.has(candidate.id)
          : timeOf(candidate) > timeOf(held)));
    if (isBetter) byYear.set(year, candidate);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, assessment]) => ({ ...assessment, profile: { ...assessment.profile, year } }));
}

/**
 * The trend on an assessment's results: its community's years (findCommunityYears), each scored
 * under this assessment's weights so that the years differ by their answers alone; null with fewer
 * than two years.
 */
export function buildCommunityTrend(
  framework: Framework,
  current: Assessment,
  all: ReadonlyMap<string, Assessment>,
): Trend | null {
  const years = findCommunityYears(current, all);
  if (years.length < 2) return null;
  return buildTrend(
    framework,
    years.map((assessment) => ({
      assessment,
      year: assessment.profile.year,
      score: scoreAssessment(framework, { answers: assessment.answers, weights: current.weights }),
    })),
  );
}
