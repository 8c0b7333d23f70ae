// zod/mini, not classic zod: these schemas parse the saved state on the first screen, where every
// kilobyte counts (≈6 KB gzipped instead of ≈26 KB).
import '../zod-config';

import { z } from 'zod/mini';

import { hasControlCharacter, normalizeLine, normalizeText } from './normalize-text';
import { NA } from './not-applicable';
import { MAX_EVIDENCE_PER_ANSWER, MAX_LONG_TEXT, MAX_SHORT_TEXT, MAX_URL_LENGTH } from './text-limits';

export const DATA_QUALITIES = ['measured', 'estimated', 'opinion'] as const;
export const dataQualitySchema = z.enum(DATA_QUALITIES);
export type DataQuality = z.infer<typeof dataQualitySchema>;

/** One line of text (names, labels), normalised as it enters: see normalize-text.ts. */
export const shortTextSchema = z
  .pipe(z.string(), z.transform(normalizeLine))
  .check(z.maxLength(MAX_SHORT_TEXT, { error: `must be at most ${MAX_SHORT_TEXT} characters` }));
/** Text of several lines (notes, narratives), normalised as it enters. */
export const longTextSchema = z
  .pipe(z.string(), z.transform(normalizeText))
  .check(z.maxLength(MAX_LONG_TEXT, { error: `must be at most ${MAX_LONG_TEXT} characters` }));
const shortText = shortTextSchema;
const longText = longTextSchema;

/**
 * A question or criterion id used as a key. Never typed by people, so a control character is refused
 * rather than mended.
 */
export const recordKeySchema = z.string().check(
  z.minLength(1),
  z.maxLength(MAX_SHORT_TEXT),
  z.refine((key) => !hasControlCharacter(key), { error: 'holds a control character' }),
  z.refine((key) => key !== '__proto__', { error: 'is a reserved name' }),
);
const key = recordKeySchema;

/** Records come out without a prototype, so a key like "constructor" finds nothing it did not hold. */
function withoutPrototype<T>(record: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, record);
}
// zod skips an own "__proto__" key without a word; refusing it says what a file holds that cannot be kept.
const hasNoProtoKey = (input: unknown) =>
  typeof input !== 'object' || input === null || !Object.hasOwn(input, '__proto__');
const record = <T extends z.core.SomeType>(value: T) =>
  z.pipe(
    z.pipe(
      z.unknown().check(z.refine(hasNoProtoKey, { error: 'holds the reserved name "__proto__"' })),
      z.record(key, value),
    ),
    z.transform(withoutPrototype<z.output<T>>),
  );

/** Only web links: a `javascript:` or `data:` URL in an imported file must never become a link. */
export const evidenceUrlSchema = z.pipe(
  z.pipe(
    z.string(),
    z.transform((text: string) => normalizeLine(text).trim()),
  ),
  z
    .url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' })
    .check(z.maxLength(MAX_URL_LENGTH)),
);

export const evidenceSchema = z.object({
  url: evidenceUrlSchema,
  label: z._default(shortText, ''),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** The shape of a value; whether it fits its question is checked against the framework. */
export const answerValueSchema = z.union([
  z.literal(NA),
  z.pipe(
    z.number().check(z.refine(Number.isFinite, { error: 'must be a finite number' })),
    // -0 is 0 to every reader; JSON and Yjs write it as 0.
    z.transform((value: number) => (Object.is(value, -0) ? 0 : value)),
  ),
  z.boolean(),
  z.array(key).check(z.maxLength(100)),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

/** The year a figure describes; the same bounds as the profile's year. */
export const dataYearSchema = z.int().check(z.minimum(1990), z.maximum(2100));

/** The year of the assessment an answer was copied from, when that assessment had one. */
export const carriedOverSchema = z.object({ fromYear: z.optional(dataYearSchema) });
export type CarriedOver = z.infer<typeof carriedOverSchema>;

const answerFields = {
  value: z.optional(answerValueSchema),
  notes: z.optional(longText),
  evidence: z.optional(z.array(evidenceSchema).check(z.maxLength(MAX_EVIDENCE_PER_ANSWER))),
  dataQuality: z.optional(dataQualitySchema),
  /** The year the figure or finding describes (a report flags a number without one). */
  dataYear: z.optional(dataYearSchema),
  /** Where the figure comes from, e.g. "Niên giám thống kê tỉnh 2023, bảng 05". */
  source: z.optional(shortText),
  /**
   * Copied from an earlier assessment ("Start next year's") and not yet confirmed: set by the copy,
   * removed when the answer is confirmed or changed (see domain/assessment/carry-over.ts).
   */
  carriedOver: z.optional(carriedOverSchema),
};

export const answerSchema = z.object(answerFields);
export type Answer = z.infer<typeof answerSchema>;

/** An answer given under an earlier criteria version to a question since changed or removed. */
export const earlierAnswerSchema = z.object({
  ...answerFields,
  version: z.string().check(z.minLength(1), z.maxLength(50)),
});
export type EarlierAnswer = z.infer<typeof earlierAnswerSchema>;

export const profileSchema = z.object({
  name: z
    .pipe(
      z.string(),
      z.transform((text: string) => normalizeLine(text).trim()),
    )
    .check(z.minLength(1, { error: 'must not be empty' }), z.maxLength(MAX_SHORT_TEXT)),
  country: z.optional(shortText),
  region: z.optional(shortText),
  population: z.optional(z.int().check(z.minimum(0), z.maximum(100_000_000_000))),
  year: z.optional(z.int().check(z.minimum(1990), z.maximum(2100))),
  assessor: z.optional(shortText),
});
export type Profile = z.infer<typeof profileSchema>;
/** Some profile fields; one set to undefined is removed. */
export type ProfilePatch = { [K in keyof Profile]?: Profile[K] | undefined };

export const idSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(100),
    z.regex(/^[A-Za-z0-9_-]+$/, { error: 'may hold only letters, digits, "-" and "_"' }),
  );

/** W per criterion; 0 leaves a criterion out of the overall. */
export const criterionWeightSchema = z.number().check(z.minimum(0), z.maximum(100));
export const targetScoreSchema = z.number().check(z.minimum(0), z.maximum(100));

// One shape for "nothing": an empty narrative, an answer with no field, an empty set of weights are
// left out, so an assessment reads the same whichever door it came through.
function undefinedWhenEmpty<T>(record: Record<string, T>): Record<string, T> | undefined {
  return Object.keys(record).length > 0 ? record : undefined;
}
function undefinedWhenEmptyList<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}
function withoutEmptyTexts(record: Record<string, string>): Record<string, string> | undefined {
  for (const [key, text] of Object.entries(record)) if (text === '') delete record[key];
  return undefinedWhenEmpty(record);
}
function withoutEmptyAnswers<T extends object>(record: Record<string, T>): Record<string, T> {
  for (const [key, answer] of Object.entries(record))
    if (Object.keys(answer).length === 0) delete record[key];
  return record;
}

/** A name a person types: one line, and something left once spaces are trimmed. */
const nameText = z
  .pipe(
    z.string(),
    z.transform((text: string) => normalizeLine(text).trim()),
  )
  .check(z.minLength(1, { error: 'must not be empty' }), z.maxLength(MAX_SHORT_TEXT));

/**
 * One person or department answering part of a team's assessment (issue 13). `criteria` and
 * `questions` are what the coordinator assigned (criterion ids, question ids); both absent or empty
 * means every question. The assignment says what a respondent is asked, not whose answer counts:
 * every response a respondent gives enters the default rule.
 */
export const respondentSchema = z.object({
  // A respondent's id is also the key of their answers in `responses`, so the reserved name records
  // refuse cannot be one: refused here, where it enters, not later when they answer.
  id: idSchema.check(z.refine((id) => id !== '__proto__', { error: 'is a reserved name' })),
  name: nameText,
  /** The organisation or department, e.g. "Sở Thông tin và Truyền thông". */
  organisation: z.optional(shortText),
  role: z.optional(shortText),
  criteria: z.optional(z.pipe(z.array(key).check(z.maxLength(100)), z.transform(undefinedWhenEmptyList))),
  questions: z.optional(z.pipe(z.array(key).check(z.maxLength(1_000)), z.transform(undefinedWhenEmptyList))),
});
export type Respondent = z.infer<typeof respondentSchema>;
/** Some fields of a respondent (never the id); one set to undefined is removed (the name never is). */
export type RespondentPatch = { [K in Exclude<keyof Respondent, 'id'>]?: Respondent[K] | undefined };

export const MAX_RESPONDENTS = 200;

/** Round 2: respondents see how the group answered each question and may revise (a Delphi round). */
export const ROUNDS = [1, 2] as const;
export const roundSchema = z.union([z.literal(1), z.literal(2)]);
export type Round = z.infer<typeof roundSchema>;

/** Each respondent's answers: respondent id → question id → answer. */
const responsesSchema = z.pipe(
  record(z.pipe(record(answerSchema), z.transform(withoutEmptyAnswers))),
  z.transform((responses: Record<string, Record<string, Answer>>) => {
    for (const [respondentId, answers] of Object.entries(responses))
      if (Object.keys(answers).length === 0) delete responses[respondentId];
    return undefinedWhenEmpty(responses);
  }),
);

type TeamFields = {
  respondents?: readonly { id: string }[] | undefined;
  responses?: Readonly<Record<string, unknown>> | undefined;
};

/** Respondent ids are unique, and every response belongs to a respondent of the assessment. */
const checkTeam = z.superRefine((assessment: TeamFields, context) => {
  const ids = new Set<string>();
  (assessment.respondents ?? []).forEach((respondent, index) => {
    if (ids.has(respondent.id)) {
      context.addIssue({
        code: 'custom',
        path: ['respondents', index, 'id'],
        message: `the respondent id ${JSON.stringify(respondent.id)} appears twice`,
        input: respondent.id,
        params: { reason: 'duplicate-respondent', id: respondent.id },
      });
    }
    ids.add(respondent.id);
  });
  for (const respondentId of Object.keys(assessment.responses ?? {})) {
    if (!ids.has(respondentId)) {
      context.addIssue({
        code: 'custom',
        path: ['responses', respondentId],
        message: `answers of ${JSON.stringify(respondentId)}, who is not among the respondents`,
        input: respondentId,
        params: { reason: 'unknown-respondent', id: respondentId },
      });
    }
  }
});

export const assessmentSchema = z
  .object({
    id: idSchema,
    profile: profileSchema,
    /**
     * The coordinator's answers. With respondents, an answer with a value is the decided answer
     * ("use this answer"), which wins over the default rule (docs/METHOD.md).
     */
    answers: z.pipe(record(answerSchema), z.transform(withoutEmptyAnswers)),
    /** The people or departments answering, in the coordinator's order. */
    respondents: z.optional(
      z.pipe(
        z.array(respondentSchema).check(z.maxLength(MAX_RESPONDENTS)),
        z.transform(undefinedWhenEmptyList),
      ),
    ),
    /** Each respondent's own answers, kept apart: respondent id → question id → answer. */
    responses: z.optional(responsesSchema),
    /** 2 while respondents see the group's answers and may revise; absent (or 1) otherwise. */
    round: z.optional(roundSchema),
    /** Answers kept for review after the criteria changed ("answered under 1.0.0"), by old question id. */
    earlierAnswers: z.optional(z.pipe(record(earlierAnswerSchema), z.transform(undefinedWhenEmpty))),
    weights: z.optional(z.pipe(record(criterionWeightSchema), z.transform(undefinedWhenEmpty))),
    targets: z.optional(z.pipe(record(targetScoreSchema), z.transform(undefinedWhenEmpty))),
    narratives: z.optional(z.pipe(record(longText), z.transform(withoutEmptyTexts))),
    /** The id of the assessment this one was started from (last year's, usually). */
    basedOn: z.optional(idSchema),
    /** The criteria version the answers were given against (comparisons warn when they differ). */
    frameworkVersion: z.optional(z.string().check(z.maxLength(50))),
    /** Entered from press reports to show the app, not a real self-assessment: labelled wherever it appears. */
    illustrative: z.optional(z.boolean()),
    createdAt: z.optional(z.iso.datetime({ offset: true })),
    updatedAt: z.optional(z.iso.datetime({ offset: true })),
  })
  .check(checkTeam);
export type Assessment = z.infer<typeof assessmentSchema>;
