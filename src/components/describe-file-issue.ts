import type { TFunction } from 'i18next';

import type { FileIssue } from '../domain/assessment/assessment-file';
import type { Framework } from '../domain/criteria/criterion-schema';
import type { LocalizedText } from '../domain/localized-text';

/** A problem of an imported file as a reader is told it: where, what, and the technical detail. */
export type DescribedIssue = { place: string | null; text: string; detail: string };

type Localize = (text: LocalizedText) => string;

const TYPES = ['string', 'number', 'boolean', 'object', 'array'] as const;
const PROFILE_FIELDS = ['name', 'country', 'region', 'population', 'year', 'assessor'] as const;
const TOP_FIELDS = [
  'id',
  'basedOn',
  'createdAt',
  'updatedAt',
  'frameworkVersion',
  'illustrative',
  'round',
] as const;
const RESPONDENT_FIELDS = ['name', 'organisation', 'role', 'criteria', 'questions'] as const;
const CRITERION_FIELDS = ['narratives', 'weights', 'targets'] as const;
const ANSWER_FIELDS = { notes: 'notes', dataQuality: 'dataQuality' } as const;
const MAX_PROMPT = 60;

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value);

/** A question's prompt cut at a word, so a place stays one line. */
function shorten(text: string): string {
  if (text.length <= MAX_PROMPT) return text;
  const cut = text.slice(0, MAX_PROMPT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_PROMPT / 2)).trimEnd()}…`;
}

/** The parts of an assessment's path, in words: "Broadband › Question 2 “What share…” › Notes". */
function describeAssessmentPlace(
  keys: readonly (string | number)[],
  framework: Framework,
  t: TFunction,
  localize: Localize,
): string[] {
  const [field, key, sub, index, leaf] = keys;
  if (field === 'responses' && typeof key === 'string') {
    // A respondent's answers read as the coordinator's do, under the respondent's name.
    const within =
      sub === undefined ? [] : describeAssessmentPlace(['answers', ...keys.slice(2)], framework, t, localize);
    return [t('import.place.respondentAnswers', { id: key }), ...within];
  }
  if (field === 'respondents' && typeof key === 'number') {
    return [
      t('import.place.respondent', { number: key + 1 }),
      ...(isOneOf(RESPONDENT_FIELDS, sub) ? [t(`import.place.${sub}`)] : []),
      ...(sub === 'id' ? [t('import.place.respondentId')] : []),
    ];
  }
  if (field === 'answers' && typeof key === 'string') {
    const criterion = framework.criteria.find((c) => c.questions.some((q) => q.id === key));
    const position = criterion?.questions.findIndex((q) => q.id === key) ?? -1;
    const question = criterion?.questions[position];
    const parts =
      criterion && question
        ? [
            localize(criterion.name),
            t('import.place.question', { number: position + 1, prompt: shorten(localize(question.prompt)) }),
          ]
        : [t('import.place.unknownQuestion', { id: key })];
    if (sub === 'evidence') {
      if (typeof index !== 'number') return [...parts, t('import.place.evidence')];
      parts.push(t('import.place.evidenceItem', { number: index + 1 }));
      if (leaf === 'url') parts.push(t('import.place.evidenceUrl'));
      if (leaf === 'label') parts.push(t('import.place.evidenceLabel'));
      return parts;
    }
    if (sub === 'notes' || sub === 'dataQuality') parts.push(t(`import.place.${ANSWER_FIELDS[sub]}`));
    return parts;
  }
  if (isOneOf(CRITERION_FIELDS, field)) {
    if (typeof key !== 'string') return [t(`import.place.${field}`)];
    const criterion = framework.criteria.find((c) => c.id === key);
    return [
      criterion ? localize(criterion.name) : t('import.place.unknownCriterion', { id: key }),
      t(`import.place.${field}`),
    ];
  }
  if (field === 'profile') {
    return [t('walk.profileStep'), ...(isOneOf(PROFILE_FIELDS, key) ? [t(`profile.${key}`)] : [])];
  }
  if (isOneOf(TOP_FIELDS, field)) return [t(`import.place.${field}`)];
  return [];
}

/** Where in the file the issue is, in words, or null when the issue is about the file as a whole. */
function describePlace(
  issue: FileIssue,
  framework: Framework,
  t: TFunction,
  localize: Localize,
): string | null {
  let keys = issue.at;
  const parts: string[] = [];
  if (keys[0] === 'assessments' && typeof keys[1] === 'number') {
    parts.push(t('import.place.item', { number: keys[1] + 1 }));
    keys = ['assessment', ...keys.slice(2)];
  }
  const [root, second, third] = keys;
  if (root === 'assessment') parts.push(...describeAssessmentPlace(keys.slice(1), framework, t, localize));
  else if (root === 'framework') parts.push(t('import.place.framework'));
  // A respondent's returned workbook: a row of its `answers` sheet, or a key of its `about` sheet.
  else if (root === 'answers' && typeof second === 'number')
    parts.push(t('import.place.row', { row: second, column: String(third) }));
  else if (root === 'about') parts.push(t('import.place.about', { key: String(second) }));
  // A respondent's JSON pack: its answers sit as an assessment's do.
  else if (root === 'answers') parts.push(...describeAssessmentPlace(keys, framework, t, localize));
  else if (root === 'respondent') parts.push(t('import.place.respondent'));
  return parts.length > 0 ? parts.join(' › ') : null;
}

/**
 * One presentation of file problems for every screen that imports (the import preview, a shared
 * link): said in the screen's language, the place named with the criteria's own titles, and the
 * technical path and English message kept as a detail for whoever supports the app.
 */
export function describeFileIssue(
  issue: FileIssue,
  framework: Framework,
  t: TFunction,
  localize: Localize,
): DescribedIssue {
  const values: Record<string, string | number> = { ...issue.values };
  if (isOneOf(TYPES, values.expected)) values.expected = t(`import.type.${values.expected}`);
  const text = issue.reason
    ? t(`import.reason.${issue.reason}`, values)
    : t(`import.issue.${issue.code}`, values);
  return {
    place: describePlace(issue, framework, t, localize),
    text,
    detail: issue.path ? `${issue.path}: ${issue.message}` : issue.message,
  };
}
