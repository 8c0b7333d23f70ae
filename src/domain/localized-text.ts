import './zod-config';

import { z } from 'zod';

const nonEmptyText = z.string().trim().min(1, { error: 'must not be empty' });

export const localizedTextSchema = z.strictObject({ en: nonEmptyText, vi: nonEmptyText }).meta({
  id: 'LocalizedText',
  description: 'A text in English (en) and Vietnamese (vi); both are required.',
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
