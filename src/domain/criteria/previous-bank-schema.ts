import '../zod-config';

import { z } from 'zod';

import { localizedTextSchema } from '../localized-text';

/**
 * What the app keeps of an earlier criteria version: enough of each question to show an answer
 * given under it for review (criteria/history/<version>.json), and why it changed.
 */
export const previousBankSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  questions: z.record(
    z.string().min(1),
    z.strictObject({
      criterion: z.string().min(1),
      type: z.enum(['level', 'percent', 'number', 'boolean', 'checklist']),
      prompt: localizedTextSchema,
      unit: localizedTextSchema.optional(),
      options: z.array(z.strictObject({ id: z.string().min(1), label: localizedTextSchema })).optional(),
      reason: localizedTextSchema.optional().meta({ description: 'Why it changed or was removed.' }),
    }),
  ),
});

export type PreviousBank = z.output<typeof previousBankSchema>;
export type PreviousQuestion = PreviousBank['questions'][string];
