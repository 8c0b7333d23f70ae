import type { Answer, AnswerValue } from '../assessment/assessment-schema';
import { NA } from '../assessment/not-applicable';
import type { Band, Criterion, Framework, Question } from '../criteria/criterion-schema';
import { LEVEL_COUNT } from '../criteria/level-count';
import { resolveEffectiveAnswers, type Responses } from './effective-answers';

/**
 * What scoring needs of an assessment: the coordinator's answers, the respondents' answers when a
 * team answers, and any override of the criterion weights. An Assessment is one.
 */
export type ScoringInput = {
  answers: Readonly<Record<string, Answer | undefined>>;
  responses?: Responses | undefined;
  weights?: Readonly<Record<string, number | undefined>> | undefined;
};

/** The scores a criterion or the overall would have if every unanswered question scored 0 (low) or 1 (high). */
export type ScoreRange = { low: number; high: number };

/** A criterion whose coverage is below this is provisional. */
export const PROVISIONAL_COVERAGE = 0.5;
/** The overall is provisional when its coverage is below this (or any criterion is provisional). */
export const PROVISIONAL_OVERALL_COVERAGE = 0.8;

/** What every score carries besides its value: how sure it is, and what would make it sure. */
export type ScoreStatus = {
  /** Null while the score is provisional: a band is named only for a score that is not. */
  band: Band | null;
  /** Null when every question is N/A (or, for the overall, no criterion with a range weighs anything). */
  range: ScoreRange | null;
  isProvisional: boolean;
  /** (answered + N/A) / questions, 0–1. */
  coverage: number;
  /** The fewest further answers (or N/A) after which the score is no longer provisional; 0 when it is not. */
  answersToBand: number;
};

export type CriterionScore = ScoreStatus & {
  id: string;
  /** 0–100, or null when no question of the criterion is scored. */
  score: number | null;
  /** Questions with a scored answer (N/A not included). */
  answered: number;
  na: number;
  questions: number;
  /** The weight W used for this criterion in the overall. */
  weight: number;
};

export type AssessmentScore = ScoreStatus & {
  overall: number | null;
  criteria: CriterionScore[];
};

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * A question's score s in [0, 1], or null when the question is not scored (unanswered, N/A, or
 * a value that does not fit the question, which file parsing reports before it gets here).
 */
export function scoreQuestion(question: Question, value: AnswerValue | undefined): number | null {
  if (value === undefined || value === NA) return null;
  switch (question.type) {
    case 'level':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < LEVEL_COUNT
        ? value / (LEVEL_COUNT - 1)
        : null;
    case 'percent':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return null;
      const { worst, best } = question.scoring;
      return clamp01((value - worst) / (best - worst));
    }
    case 'boolean':
      return typeof value === 'boolean' ? Number(value) : null;
    case 'checklist': {
      if (!Array.isArray(value)) return null;
      const ticked = new Set(value);
      return question.options.filter((option) => ticked.has(option.id)).length / question.options.length;
    }
  }
}

export function findBand(bands: readonly Band[], score: number | null): Band | null {
  if (score === null) return null;
  const last = bands.at(-1);
  return (
    bands.find((band) => score >= band.min && score < band.max) ?? (last && score === last.max ? last : null)
  );
}

type Weighted = { weight: number; value: number };

function sumWeights(items: readonly Weighted[]): number {
  return items.reduce((sum, item) => sum + item.weight, 0);
}

function sumWeighted(items: readonly Weighted[]): number {
  return items.reduce((sum, item) => sum + item.weight * item.value, 0);
}

// The score, the low and the high are all this one computation, so that with nothing left
// unanswered the three are the same number, not three roundings of it.
function weightedMean(items: readonly Weighted[], extraWeight = 0, extraValue = 0): number | null {
  const totalWeight = sumWeights(items) + extraWeight;
  if (totalWeight === 0) return null;
  return (sumWeighted(items) + extraValue) / totalWeight;
}

const isBelow = (done: number, questions: number, threshold: number): boolean =>
  questions > 0 && done / questions < threshold;

/** The fewest further answers that bring done / questions up to the threshold, by the same test. */
function countAnswersToReach(done: number, questions: number, threshold: number): number {
  let more = 0;
  while (done + more < questions && isBelow(done + more, questions, threshold)) more += 1;
  return more;
}

function scoreCriterion(framework: Framework, criterion: Criterion, input: ScoringInput): CriterionScore {
  let na = 0;
  let unansweredWeight = 0;
  const scored: Weighted[] = [];
  for (const question of criterion.questions) {
    const value = input.answers[question.id]?.value;
    if (value === NA && question.allowsNA) {
      na += 1;
      continue;
    }
    const s = scoreQuestion(question, value);
    if (s === null) unansweredWeight += question.weight;
    else scored.push({ weight: question.weight, value: s });
  }
  const mean = weightedMean(scored);
  const score = mean === null ? null : 100 * mean;
  const low = weightedMean(scored, unansweredWeight, 0);
  const high = weightedMean(scored, unansweredWeight, unansweredWeight);
  const questions = criterion.questions.length;
  const done = scored.length + na;
  const isProvisional = isBelow(done, questions, PROVISIONAL_COVERAGE);
  return {
    id: criterion.id,
    score,
    band: isProvisional ? null : findBand(framework.bands, score),
    range: low === null || high === null ? null : { low: 100 * low, high: 100 * high },
    isProvisional,
    coverage: questions === 0 ? 1 : done / questions,
    answersToBand: countAnswersToReach(done, questions, PROVISIONAL_COVERAGE),
    answered: scored.length,
    na,
    questions,
    weight: input.weights?.[criterion.id] ?? criterion.weight,
  };
}

/** Scores an assessment exactly as docs/METHOD.md states. */
export function scoreAssessment(framework: Framework, input: ScoringInput): AssessmentScore {
  // The one place where a team's answers become the answers scored: every score (results, the
  // list, comparisons, reports, the CLI) comes through here.
  const answers = resolveEffectiveAnswers(framework, input);
  const scored = { answers, weights: input.weights };
  const criteria = framework.criteria.map((criterion) => scoreCriterion(framework, criterion, scored));
  const overall = weightedMean(
    criteria.flatMap((c) => (c.score === null ? [] : [{ weight: c.weight, value: c.score }])),
  );
  const ranged = criteria.flatMap((c) => (c.range === null ? [] : [{ weight: c.weight, range: c.range }]));
  const low = weightedMean(ranged.map((c) => ({ weight: c.weight, value: c.range.low })));
  const high = weightedMean(ranged.map((c) => ({ weight: c.weight, value: c.range.high })));
  const questions = criteria.reduce((sum, c) => sum + c.questions, 0);
  const done = criteria.reduce((sum, c) => sum + c.answered + c.na, 0);
  const isProvisional =
    criteria.some((c) => c.isProvisional) || isBelow(done, questions, PROVISIONAL_OVERALL_COVERAGE);
  // Answers that lift each provisional criterion to half count towards the overall coverage too;
  // whatever the overall still lacks can go to any unanswered question.
  const forCriteria = criteria.reduce((sum, c) => sum + c.answersToBand, 0);
  const forOverall = countAnswersToReach(done, questions, PROVISIONAL_OVERALL_COVERAGE);
  return {
    overall,
    band: isProvisional ? null : findBand(framework.bands, overall),
    range: low === null || high === null ? null : { low, high },
    isProvisional,
    coverage: questions === 0 ? 1 : done / questions,
    answersToBand: Math.max(forCriteria, forOverall),
    criteria,
  };
}
