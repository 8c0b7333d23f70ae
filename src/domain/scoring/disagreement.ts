import { NA } from '../assessment/not-applicable';
import type { Framework, Question } from '../criteria/criterion-schema';
import { LEVEL_COUNT } from '../criteria/level-count';
import { listResponseValues, type Responses } from './effective-answers';
import { scoreAssessment, scoreQuestion } from './score-assessment';

/** How far apart the respondents are on one question, in question scores s (0–1). */
export type QuestionSpread = {
  questionId: string;
  criterionId: string;
  /** max − min of the respondents' question scores s; 0 when all agree or one answered. */
  spread: number;
  /** The lowest and highest question score s among the scored responses. */
  low: number;
  high: number;
  /** Respondents whose answer is scored (N/A and unanswered not counted). */
  scoredResponses: number;
};

/** The respondents' scored question scores s for a question (N/A and unanswered left out). */
function listResponseScores(question: Question, responses: Responses | undefined): number[] {
  return listResponseValues(responses, question.id).flatMap((value) => {
    const s = scoreQuestion(question, value);
    return s === null ? [] : [s];
  });
}

/**
 * The spread of every question at least one respondent answered with a scored answer, in the
 * framework's order (docs/METHOD.md, "Disagreement").
 */
export function measureSpreads(framework: Framework, responses: Responses | undefined): QuestionSpread[] {
  return framework.criteria.flatMap((criterion) =>
    criterion.questions.flatMap((question): QuestionSpread[] => {
      const scores = listResponseScores(question, responses);
      if (scores.length === 0) return [];
      const low = Math.min(...scores);
      const high = Math.max(...scores);
      return [
        {
          questionId: question.id,
          criterionId: criterion.id,
          spread: high - low,
          low,
          high,
          scoredResponses: scores.length,
        },
      ];
    }),
  );
}

/**
 * The contested questions: at least two scored responses and a spread above 0, the widest spread
 * first (equal spreads in the framework's order).
 */
export function listContested(framework: Framework, responses: Responses | undefined): QuestionSpread[] {
  return measureSpreads(framework, responses)
    .filter((q) => q.scoredResponses >= 2 && q.spread > 0)
    .sort((a, b) => b.spread - a.spread);
}

export type SpreadClass = 'none' | 'small' | 'moderate' | 'wide';

/**
 * A spread in words: none (all agree), small (up to one level of five, 0.25), moderate (up to two
 * levels, 0.5) or wide, so the screens and the report never say it by colour alone.
 */
export function classifySpread(spread: number): SpreadClass {
  if (spread <= 0) return 'none';
  if (spread <= 0.25) return 'small';
  return spread <= 0.5 ? 'moderate' : 'wide';
}

/** The band of one criterion across respondents: their lowest and highest criterion scores (0–100). */
export type CriterionBand = {
  criterionId: string;
  /** Null when no respondent has a score for the criterion. */
  low: number | null;
  high: number | null;
  /** Respondents with a score for the criterion. */
  respondents: number;
};

/**
 * Each criterion's lowest and highest score across respondents, each respondent's criterion score
 * computed from their own scored answers alone, exactly as a criterion score is (docs/METHOD.md).
 * A respondent who answered nothing scored in a criterion is left out of its band.
 */
export function measureCriterionBands(
  framework: Framework,
  responses: Responses | undefined,
  weights?: Readonly<Record<string, number | undefined>>,
): CriterionBand[] {
  const scores = Object.values(responses ?? {}).map(
    (given) => scoreAssessment(framework, { answers: given ?? {}, weights }).criteria,
  );
  return framework.criteria.map((criterion, i) => {
    const values = scores.flatMap((criteria) => {
      const score = criteria[i]?.score;
      return score === null || score === undefined ? [] : [score];
    });
    return {
      criterionId: criterion.id,
      low: values.length === 0 ? null : Math.min(...values),
      high: values.length === 0 ? null : Math.max(...values),
      respondents: values.length,
    };
  });
}

/** How many respondents gave each answer to one question: what the group shows in round 2. */
export type AnswerDistribution = {
  /** Respondents with an answer (N/A included). */
  total: number;
  na: number;
  /**
   * level: every level 0–4; boolean: true then false; checklist: each option and how many ticked
   * it; percent and number: each distinct value given, lowest first.
   */
  counts: { value: number | boolean | string; count: number }[];
};

function countBy<T>(items: readonly T[], keys: readonly T[]): { value: T; count: number }[] {
  return keys.map((value) => ({ value, count: items.filter((item) => item === value).length }));
}

/** The respondents' answers to one question, counted per answer. */
export function countAnswers(question: Question, responses: Responses | undefined): AnswerDistribution {
  const values = listResponseValues(responses, question.id);
  const given = values.filter((value) => value !== NA);
  const base = { total: values.length, na: values.length - given.length };
  const numbers = given.filter((value) => typeof value === 'number');
  switch (question.type) {
    case 'level':
      return {
        ...base,
        counts: countBy(
          numbers,
          Array.from({ length: LEVEL_COUNT }, (_, level) => level),
        ),
      };
    case 'boolean':
      return {
        ...base,
        counts: countBy(
          given.filter((value) => typeof value === 'boolean'),
          [true, false],
        ),
      };
    case 'checklist':
      return {
        ...base,
        counts: question.options.map(({ id }) => ({
          value: id,
          count: given.filter((value) => Array.isArray(value) && value.includes(id)).length,
        })),
      };
    case 'percent':
    case 'number':
      return {
        ...base,
        counts: countBy(
          numbers,
          [...new Set(numbers)].sort((a, b) => a - b),
        ),
      };
  }
}
