import type { Answer, AnswerValue } from '../assessment/assessment-schema';
import { NA } from '../assessment/not-applicable';
import type { Framework, Question } from '../criteria/criterion-schema';
import { LEVEL_COUNT } from '../criteria/level-count';

/** Each respondent's answers: respondent id → question id → answer (issue 13). */
export type Responses = Readonly<Record<string, Readonly<Record<string, Answer | undefined>> | undefined>>;

/** What the effective answers are made of: the coordinator's answers and the respondents'. */
export type TeamAnswers = {
  answers: Readonly<Record<string, Answer | undefined>>;
  responses?: Responses | undefined;
};

/** Whether a value is of the kind its question takes; a file's values were checked fully at the door. */
function isOfKind(question: Question, value: AnswerValue): boolean {
  switch (question.type) {
    case 'level':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < LEVEL_COUNT;
    case 'percent':
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'checklist':
      return Array.isArray(value);
  }
}

const isMoreThanHalf = (count: number, of: number): boolean => 2 * count > of;

/** The middle of sorted numbers: for an even count the lower middle value, or the mean of the two. */
function findMedian(sorted: readonly number[], even: 'lower' | 'mean'): number {
  const upper = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[upper] as number;
  const lower = sorted[upper - 1] as number;
  return even === 'lower' ? lower : (lower + (sorted[upper] as number)) / 2;
}

/**
 * The value the default rule gives a question from its respondents' values (docs/METHOD.md,
 * "Several respondents"), or undefined when none answered it:
 * - N/A when more than half answered N/A; otherwise N/A answers are set aside and, of the others,
 * - level: the median, the lower middle value for an even count;
 * - percent and number: the median, the mean of the two middle values for an even count;
 * - boolean: true only when more than half say true;
 * - checklist: the options ticked by more than half, in the question's order.
 * Values not of the question's kind are not counted. The order of the values never matters.
 */
export function combineValues(question: Question, values: readonly AnswerValue[]): AnswerValue | undefined {
  const counted = values.filter((value) => value === NA || isOfKind(question, value));
  if (counted.length === 0) return undefined;
  const others = counted.filter((value) => value !== NA);
  if (isMoreThanHalf(counted.length - others.length, counted.length)) return NA;
  switch (question.type) {
    case 'level':
    case 'percent':
    case 'number': {
      const sorted = (others as number[]).toSorted((a, b) => a - b);
      return findMedian(sorted, question.type === 'level' ? 'lower' : 'mean');
    }
    case 'boolean':
      return isMoreThanHalf(others.filter((value) => value === true).length, others.length);
    case 'checklist': {
      const ticked = others.map((value) => new Set(value as string[]));
      return question.options
        .map((option) => option.id)
        .filter((id) => isMoreThanHalf(ticked.filter((set) => set.has(id)).length, others.length));
    }
  }
}

/**
 * Whether the coordinator decided the question: their answer to it has a value, and is not last
 * year's answer still waiting to be confirmed (issue 16), which this year's respondents outweigh.
 */
export function isDecided(answers: TeamAnswers['answers'], questionId: string): boolean {
  const answer = answers[questionId];
  return answer?.value !== undefined && answer.carriedOver === undefined;
}

/** Every respondent's value for a question, respondents without one left out. */
export function listResponseValues(responses: Responses | undefined, questionId: string): AnswerValue[] {
  return Object.values(responses ?? {}).flatMap((given) => {
    const value = given?.[questionId]?.value;
    return value === undefined ? [] : [value];
  });
}

/** Whether any respondent gave any answer: without one, the coordinator's answers are the answers. */
export function hasResponses(responses: Responses | undefined): boolean {
  return Object.values(responses ?? {}).some((given) => given !== undefined && Object.keys(given).length > 0);
}

/**
 * The answers that are scored and reported (docs/METHOD.md, "Several respondents"). For each
 * question of the framework:
 * - a decided answer (the coordinator's answer with a value, not carried over unconfirmed) wins, whole;
 * - otherwise the value comes from the default rule over the respondents' values, and the rest of
 *   the coordinator's answer (notes, evidence, source…) is kept beside it. A rule's value carries
 *   no respondent's notes or evidence: those stay with each response, and the report lists them.
 *   "Use this answer" copies a respondent's whole answer, notes and evidence included;
 * - with no value from either, the coordinator's answer as it is (last year's, when carried over).
 * Without respondents' answers, the coordinator's answers are returned as they are: an assessment
 * without a team scores exactly as before.
 */
export function resolveEffectiveAnswers(
  framework: Framework,
  input: TeamAnswers,
): Readonly<Record<string, Answer | undefined>> {
  if (!hasResponses(input.responses)) return input.answers;
  const effective = Object.assign(Object.create(null) as Record<string, Answer | undefined>, input.answers);
  for (const criterion of framework.criteria) {
    for (const question of criterion.questions) {
      if (isDecided(input.answers, question.id)) continue;
      const value = combineValues(question, listResponseValues(input.responses, question.id));
      if (value === undefined) continue;
      // This year's value: a mark left on the coordinator's carried-over answer does not come with it.
      const { carriedOver: _lastYear, ...kept } = input.answers[question.id] ?? {};
      effective[question.id] = { ...kept, value };
    }
  }
  return effective;
}
