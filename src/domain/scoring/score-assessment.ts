import type { Answer, AnswerValue } from '../assessment/assessment-schema';
import { NA } from '../assessment/assessment-schema';
import type { Band, Criterion, Framework, Question } from '../criteria/criterion-schema';
import { LEVEL_COUNT } from '../criteria/level-count';

/** What scoring needs of an assessment: the answers and any override of the criterion weights. */
export type ScoringInput = {
  answers: Readonly<Record<string, Answer | undefined>>;
  weights?: Readonly<Record<string, number | undefined>> | undefined;
};

export type CriterionScore = {
  id: string;
  /** 0–100, or null when no question of the criterion is scored. */
  score: number | null;
  band: Band | null;
  /** (answered + N/A) / questions, 0–1. */
  coverage: number;
  /** Questions with a scored answer (N/A not included). */
  answered: number;
  na: number;
  questions: number;
  /** The weight W used for this criterion in the overall. */
  weight: number;
};

export type AssessmentScore = {
  overall: number | null;
  band: Band | null;
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

function weightedMean(items: readonly { weight: number; value: number }[]): number | null {
  const totalWeight = items.reduce((sum, item) => sum + item.weight, 0);
  if (totalWeight === 0) return null;
  return items.reduce((sum, item) => sum + item.weight * item.value, 0) / totalWeight;
}

function scoreCriterion(framework: Framework, criterion: Criterion, input: ScoringInput): CriterionScore {
  let na = 0;
  const scored: { weight: number; value: number }[] = [];
  for (const question of criterion.questions) {
    const value = input.answers[question.id]?.value;
    if (value === NA && question.allowsNA) {
      na += 1;
      continue;
    }
    const s = scoreQuestion(question, value);
    if (s !== null) scored.push({ weight: question.weight, value: s });
  }
  const mean = weightedMean(scored);
  const score = mean === null ? null : 100 * mean;
  const questions = criterion.questions.length;
  return {
    id: criterion.id,
    score,
    band: findBand(framework.bands, score),
    coverage: (scored.length + na) / questions,
    answered: scored.length,
    na,
    questions,
    weight: input.weights?.[criterion.id] ?? criterion.weight,
  };
}

/** Scores an assessment exactly as docs/METHOD.md states. */
export function scoreAssessment(framework: Framework, input: ScoringInput): AssessmentScore {
  const criteria = framework.criteria.map((criterion) => scoreCriterion(framework, criterion, input));
  const overall = weightedMean(
    criteria.flatMap((c) => (c.score === null ? [] : [{ weight: c.weight, value: c.score }])),
  );
  return { overall, band: findBand(framework.bands, overall), criteria };
}
