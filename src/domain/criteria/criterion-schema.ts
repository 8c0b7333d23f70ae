import '../zod-config';

import { z } from 'zod';

import { localizedTextSchema } from '../localized-text';
import { LEVEL_COUNT } from './level-count';
import type { PreviousBank } from './previous-bank-schema';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const kebabId = z.string().regex(idPattern, { error: 'must be kebab-case (a-z, 0-9 and single hyphens)' });

const weightSchema = z
  .number()
  .positive({ error: 'must be greater than 0' })
  .max(100)
  .default(1)
  .meta({ description: 'Relative weight; 1 unless there is a reason to differ.' });

/** What kind of text a question traces to; only the first is ICF asking for exactly this. */
export const SOURCE_KINDS = [
  'certification-data-point',
  'factor-description',
  'winner-practice',
  'own-proxy',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

const sourceSchema = z
  .strictObject({
    kind: z.enum(SOURCE_KINDS).meta({
      description:
        'certification-data-point: a data point ICF certification asks for; factor-description: ICF’s description of the factor; winner-practice: what a winning community did; own-proxy: our own measure.',
    }),
    ref: z.string().min(1).meta({ description: 'The address of the text this question traces to.' }),
    point: localizedTextSchema.meta({
      description: 'Which factor description or data point of that text.',
    }),
  })
  .meta({ description: 'What in ICF’s method this question traces to.' });

const questionBase = {
  id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must read "<criterion id>.<kebab-case name>"',
  }),
  prompt: localizedTextSchema,
  help: localizedTextSchema.meta({ description: 'What counts as evidence for the answer.' }),
  weight: weightSchema,
  allowsNA: z.boolean().default(false),
  source: sourceSchema,
};

const scoringSchema = z
  .strictObject({ worst: z.number(), best: z.number() })
  .refine((s) => s.worst !== s.best, { error: 'worst and best must differ' })
  .meta({
    description: 'Score = clamp((value − worst) / (best − worst), 0, 1); worst > best means lower is better.',
  });

export const MAX_CONDITIONS = 3;

const levelSchema = z
  .strictObject({
    summary: localizedTextSchema.meta({ description: 'One line: what this level looks like.' }),
    conditions: z.array(localizedTextSchema).max(MAX_CONDITIONS).meta({
      description:
        'Observable conditions, all of which hold at this level (1 to 3; none at level 0, where every community starts).',
    }),
    evidence: localizedTextSchema
      .optional()
      .meta({ description: 'The evidence that shows the conditions hold (required from level 1).' }),
  })
  .meta({ id: 'Level' });
export type Level = z.output<typeof levelSchema>;

// The count is checked in code for a clearer message than zod's; the meta states it for editors.
const levelsSchema = z
  .array(levelSchema)
  .check((ctx) => {
    if (ctx.value.length !== LEVEL_COUNT) {
      ctx.issues.push({
        code: 'custom',
        message: `expected ${LEVEL_COUNT}, got ${ctx.value.length}`,
        input: ctx.value,
      });
    }
  })
  .meta({ minItems: LEVEL_COUNT, maxItems: LEVEL_COUNT });

const levelNamesSchema = z
  .array(localizedTextSchema)
  .check((ctx) => {
    if (ctx.value.length !== LEVEL_COUNT) {
      ctx.issues.push({
        code: 'custom',
        message: `expected ${LEVEL_COUNT}, got ${ctx.value.length}`,
        input: ctx.value,
      });
    }
  })
  .meta({ minItems: LEVEL_COUNT, maxItems: LEVEL_COUNT });

export const levelQuestionSchema = z
  .strictObject({
    ...questionBase,
    type: z.literal('level'),
    levels: levelsSchema.meta({
      description: 'Exactly 5 levels, 0 to 4, each with its summary, conditions and evidence.',
    }),
  })
  .check((ctx) => {
    ctx.value.levels.forEach((level, i) => {
      const isStart = i === 0;
      if (isStart ? level.conditions.length > 0 : level.conditions.length === 0) {
        ctx.issues.push({
          code: 'custom',
          message: isStart
            ? 'level 0 has no conditions: it is where every community starts'
            : `expected 1 to ${MAX_CONDITIONS} conditions, got none`,
          path: ['levels', i, 'conditions'],
          input: level.conditions,
        });
      }
      if (!isStart && level.evidence === undefined) {
        ctx.issues.push({
          code: 'custom',
          message: 'expected the evidence that shows this level',
          path: ['levels', i, 'evidence'],
          input: level.evidence,
        });
      }
    });
  });

/**
 * What a percent or number means, so two people measure the same thing. Worst and best are the
 * scoring's; `anchors` says why they sit where they do.
 */
const definitionSchema = z
  .strictObject({
    measures: localizedTextSchema.meta({ description: 'What is measured.' }),
    formula: localizedTextSchema.meta({ description: 'Numerator and denominator, or the formula.' }),
    dataYear: localizedTextSchema.meta({ description: 'The data year asked for.' }),
    sources: localizedTextSchema.meta({ description: 'Typical Vietnamese sources of the figure.' }),
    international: localizedTextSchema.meta({
      description: 'The international equivalent (an ITU/U4SSC KPI or SDG indicator), or why there is none.',
    }),
    anchors: z.strictObject({
      rationale: localizedTextSchema.meta({ description: 'Why worst and best sit where they do.' }),
      ref: z.string().min(1).meta({ description: 'The address of the benchmark cited.' }),
    }),
  })
  .meta({ id: 'DefinitionCard', description: 'The definition card of a percent or number question.' });
export type DefinitionCard = z.output<typeof definitionSchema>;

export const percentQuestionSchema = z
  .strictObject({
    ...questionBase,
    type: z.literal('percent'),
    unit: localizedTextSchema,
    scoring: scoringSchema,
    definition: definitionSchema,
  })
  .refine((q) => [q.scoring.worst, q.scoring.best].every((v) => v >= 0 && v <= 100), {
    error: 'a percent question scores between 0 and 100',
    path: ['scoring'],
  });

export const numberQuestionSchema = z
  .strictObject({
    ...questionBase,
    type: z.literal('number'),
    unit: localizedTextSchema,
    scoring: scoringSchema,
    definition: definitionSchema,
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .refine((q) => q.min === undefined || q.max === undefined || q.min < q.max, {
    error: 'min must be below max',
    path: ['min'],
  });

export const booleanQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('boolean'),
});

const optionSchema = z.strictObject({ id: kebabId, label: localizedTextSchema });

export const checklistQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('checklist'),
  options: z
    .array(optionSchema)
    .min(2)
    .refine((options) => new Set(options.map((o) => o.id)).size === options.length, {
      error: 'option ids must be unique',
    }),
});

export const questionSchema = z.discriminatedUnion('type', [
  levelQuestionSchema,
  percentQuestionSchema,
  numberQuestionSchema,
  booleanQuestionSchema,
  checklistQuestionSchema,
]);

export type Question = z.output<typeof questionSchema>;
export type QuestionType = Question['type'];
export type LevelQuestion = z.output<typeof levelQuestionSchema>;
export type ChecklistQuestion = z.output<typeof checklistQuestionSchema>;

const yearSchema = z.number().int().min(1990).max(2100);
const periodSchema = z
  .strictObject({ from: yearSchema.optional(), to: yearSchema.optional() })
  .refine((p) => p.from !== undefined || p.to !== undefined, { error: 'give "from", "to" or both' })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    error: '"from" must not be after "to"',
  })
  .meta({ description: 'The years a name was in use; an open end means "until" or "since".' });
export type Period = z.output<typeof periodSchema>;

export const criterionFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: kebabId,
    name: localizedTextSchema,
    description: localizedTextSchema.meta({ description: 'ICF’s description of the factor, in our words.' }),
    aliases: z
      .array(z.strictObject({ name: localizedTextSchema, period: periodSchema }))
      .default([])
      .meta({ description: 'The names ICF has used for this factor over time.' }),
    weight: weightSchema,
    questions: z.array(questionSchema).min(1),
  })
  .meta({ title: 'ICF criterion', description: 'One of the six criteria, with its questions.' });

export type CriterionFile = z.output<typeof criterionFileSchema>;

const bandSchema = z.strictObject({
  id: kebabId,
  min: z.number().min(0).max(100),
  max: z.number().min(0).max(100),
  name: localizedTextSchema,
  description: localizedTextSchema,
});

export type Band = z.output<typeof bandSchema>;

export const frameworkFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: kebabId,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'must be a version like 1.0.0' }),
    name: localizedTextSchema,
    description: localizedTextSchema,
    criteria: z
      .array(kebabId)
      .min(1)
      .meta({ description: 'The criterion ids, in display order; each has a file <id>.json.' }),
    levels: levelNamesSchema.meta({ description: 'Short names of the levels 0 to 4.' }),
    bands: z
      .array(bandSchema)
      .min(1)
      .meta({ description: 'Score bands on the 0–100 scale, from lowest to highest, contiguous.' }),
  })
  .check((ctx) => {
    const bands = ctx.value.bands;
    bands.forEach((band, i) => {
      const expectedMin = i === 0 ? 0 : bands[i - 1]?.max;
      if (band.min !== expectedMin) {
        ctx.issues.push({
          code: 'custom',
          message: `expected min ${String(expectedMin)}, got ${band.min}: bands must be contiguous from 0`,
          path: ['bands', i, 'min'],
          input: band.min,
        });
      }
      if (band.max <= band.min) {
        ctx.issues.push({
          code: 'custom',
          message: 'max must be above min',
          path: ['bands', i, 'max'],
          input: band.max,
        });
      }
    });
    const last = bands.at(-1);
    if (last && last.max !== 100) {
      ctx.issues.push({
        code: 'custom',
        message: `expected the last band to end at 100, got ${last.max}`,
        path: ['bands', bands.length - 1, 'max'],
        input: last.max,
      });
    }
  })
  .meta({ title: 'ICF framework', description: 'The framework: its id, version, levels and bands.' });

export type FrameworkFile = z.output<typeof frameworkFileSchema>;

/** Either kind of file in criteria/; editors validate both through criteria/schema.json. */
export const criteriaDirectoryFileSchema = z.union([frameworkFileSchema, criterionFileSchema]);

export type Criterion = Omit<CriterionFile, '$schema'>;

export type Framework = Omit<FrameworkFile, '$schema' | 'criteria'> & {
  criteria: Criterion[];
  /** Earlier versions' questions (criteria/history/), to show answers given under them for review. */
  history: PreviousBank[];
};
