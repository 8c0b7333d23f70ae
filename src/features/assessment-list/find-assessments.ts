import { collator } from '../../domain/intl-formats';
import { compareRecentFirst, type AssessmentSummary } from './summarize-assessments';

export const LIST_SORTS = ['edited', 'name', 'year', 'score'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

export type ListQuery = {
  /** Words looked for in the community's name or region. */
  text: string;
  /** Only this year, or every year when null. */
  year: number | null;
  sort: ListSort;
};

export const EVERY_ASSESSMENT: ListQuery = { text: '', year: null, sort: 'edited' };

/** Lower case without accents, so "hue" finds "Huế" and "binh duong" finds "Bình Dương". */
function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
}

const byNullsLast = (a: number | null | undefined, b: number | null | undefined) =>
  (a ?? null) === null ? ((b ?? null) === null ? 0 : 1) : (b ?? null) === null ? -1 : 0;

/**
 * The list's rows that match the search and the year, in the chosen order: last edited, name (in
 * the reader's alphabet), year (newest first) or score (highest first); ties by name, unscored last.
 */
export function findAssessments(
  summaries: readonly AssessmentSummary[],
  query: ListQuery,
  locale: string,
): AssessmentSummary[] {
  const words = foldForSearch(query.text).split(/\s+/).filter(Boolean);
  const names = collator(locale);
  const byName = (a: AssessmentSummary, b: AssessmentSummary) => names.compare(a.name, b.name);
  const compare: Record<ListSort, (a: AssessmentSummary, b: AssessmentSummary) => number> = {
    edited: (a, b) => compareRecentFirst(a.updatedAt, b.updatedAt) || byName(a, b),
    name: (a, b) => byName(a, b) || (b.year ?? 0) - (a.year ?? 0),
    year: (a, b) => byNullsLast(a.year, b.year) || (b.year ?? 0) - (a.year ?? 0) || byName(a, b),
    score: (a, b) => byNullsLast(a.overall, b.overall) || (b.overall ?? 0) - (a.overall ?? 0) || byName(a, b),
  };
  return summaries
    .filter((summary) => query.year === null || summary.year === query.year)
    .filter((summary) => {
      const haystack = foldForSearch(`${summary.name} ${summary.region ?? ''}`);
      return words.every((word) => haystack.includes(word));
    })
    .sort(compare[query.sort]);
}

/** The years the list holds, newest first, for the year filter. */
export function listYears(summaries: readonly { year: number | undefined }[]): number[] {
  const years = new Set(summaries.flatMap((summary) => (summary.year === undefined ? [] : [summary.year])));
  return [...years].sort((a, b) => b - a);
}
