import { z } from 'zod';

/**
 * Limits on free text. Notes and narratives must hold a full submission answer (20,000 characters
 * and more); the cap only stops a hostile file from filling the browser's storage.
 */
export const MAX_LONG_TEXT = 100_000;
export const MAX_SHORT_TEXT = 300;
export const MAX_EVIDENCE_PER_ANSWER = 50;
export const MAX_URL_LENGTH = 2_000;

export const DATA_QUALITIES = ['measured', 'estimated', 'opinion'] as const;
export const dataQualitySchema = z.enum(DATA_QUALITIES);
export type DataQuality = z.infer<typeof dataQualitySchema>;

const shortText = z.string().max(MAX_SHORT_TEXT, { error: `must be at most ${MAX_SHORT_TEXT} characters` });
const longText = z.string().max(MAX_LONG_TEXT, { error: `must be at most ${MAX_LONG_TEXT} characters` });

/** Only web links: a `javascript:` or `data:` URL in an imported file must never become a link. */
export const evidenceUrlSchema = z
  .url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' })
  .max(MAX_URL_LENGTH);

export const evidenceSchema = z.object({
  url: evidenceUrlSchema,
  label: shortText.default(''),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const NA = 'na';

/** The shape of a value; whether it fits its question is checked against the framework. */
export const answerValueSchema = z.union([
  z.literal(NA),
  z.number().refine(Number.isFinite, { error: 'must be a finite number' }),
  z.boolean(),
  z.array(z.string().max(MAX_SHORT_TEXT)).max(100),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const answerSchema = z.object({
  value: answerValueSchema.optional(),
  notes: longText.optional(),
  evidence: z.array(evidenceSchema).max(MAX_EVIDENCE_PER_ANSWER).optional(),
  dataQuality: dataQualitySchema.optional(),
});
export type Answer = z.infer<typeof answerSchema>;

export const profileSchema = z.object({
  name: z.string().trim().min(1, { error: 'must not be empty' }).max(MAX_SHORT_TEXT),
  country: shortText.optional(),
  region: shortText.optional(),
  population: z.number().int().min(0).max(100_000_000_000).optional(),
  year: z.number().int().min(1990).max(2100).optional(),
  assessor: shortText.optional(),
});
export type Profile = z.infer<typeof profileSchema>;

const idSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'may hold only letters, digits, "-" and "_"' });

/** W per criterion; 0 leaves a criterion out of the overall. */
export const criterionWeightSchema = z.number().min(0).max(100);
export const targetScoreSchema = z.number().min(0).max(100);

export const assessmentSchema = z.object({
  id: idSchema,
  profile: profileSchema,
  answers: z.record(z.string().max(MAX_SHORT_TEXT), answerSchema),
  weights: z.record(z.string().max(MAX_SHORT_TEXT), criterionWeightSchema).optional(),
  targets: z.record(z.string().max(MAX_SHORT_TEXT), targetScoreSchema).optional(),
  narratives: z.record(z.string().max(MAX_SHORT_TEXT), longText).optional(),
  /** The id of the assessment this one was started from (last year's, usually). */
  basedOn: idSchema.optional(),
  /** Entered from press reports to show the app, not a real self-assessment: labelled wherever it appears. */
  illustrative: z.boolean().optional(),
  createdAt: z.iso.datetime({ offset: true }).optional(),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
});
export type Assessment = z.infer<typeof assessmentSchema>;
