import type { Answer } from '../../domain/assessment/assessment-schema';
import type { Framework } from '../../domain/criteria/criterion-schema';
import type { LocalizedText } from '../../domain/localized-text';
import type { Language } from '../../domain/language';
import { findUnansweredQuestions } from '../../domain/scoring/measure-progress';

export const PROFILE_STEP = 'profile';
export const REVIEW_STEP = 'review';

export type Step =
  | { id: typeof PROFILE_STEP; kind: 'profile' }
  | { id: string; kind: 'criterion'; name: LocalizedText; done: number; total: number }
  | { id: typeof REVIEW_STEP; kind: 'review' };

/** Profile, one step per criterion with how many of its questions are done, then the review. */
export function buildSteps(
  framework: Framework,
  answers: Readonly<Record<string, Answer | undefined>>,
): Step[] {
  const unanswered = new Map(
    findUnansweredQuestions(framework, answers).map((u) => [u.criterionId, u.questionIds]),
  );
  return [
    { id: PROFILE_STEP, kind: 'profile' },
    ...framework.criteria.map((criterion): Step => {
      const total = criterion.questions.length;
      return {
        id: criterion.id,
        kind: 'criterion',
        name: criterion.name,
        done: total - (unanswered.get(criterion.id)?.length ?? 0),
        total,
      };
    }),
    { id: REVIEW_STEP, kind: 'review' },
  ];
}

/**
 * Parses a number as typed in the active language: English writes 1,234.5 and Vietnamese 1.234,5.
 * The other language's decimal mark is accepted too ("12.5" in Vietnamese), except where it can
 * only be a thousands separator (one separator followed by exactly three digits). Null if not a number.
 */
export function parseDecimal(text: string, language: Language): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  const [decimalMark, groupMark] = language === 'vi' ? [',', '.'] : ['.', ','];
  const separators = compact.replace(/[^.,]/g, '');
  let normalised: string;
  if (separators.length > 1) {
    // "1.234,5" or "1,234.5": the last separator is the decimal one, the others group thousands.
    const last = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
    normalised = `${compact.slice(0, last).replace(/[.,]/g, '')}.${compact.slice(last + 1)}`;
  } else if (separators === groupMark && /^[-+]?\d{1,3}[.,]\d{3}$/.test(compact)) {
    normalised = compact.replace(groupMark, '');
  } else {
    normalised = compact.replace(separators === decimalMark ? decimalMark : groupMark, '.');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}
