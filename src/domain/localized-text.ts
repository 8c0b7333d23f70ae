import { z } from 'zod';

export const LANGUAGES = ['en', 'vi'] as const;
export type Language = (typeof LANGUAGES)[number];

const nonEmptyText = z.string().trim().min(1, { error: 'must not be empty' });

export const localizedTextSchema = z.strictObject({ en: nonEmptyText, vi: nonEmptyText }).meta({
  id: 'LocalizedText',
  description: 'A text in English (en) and Vietnamese (vi); both are required.',
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
