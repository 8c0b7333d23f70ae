import { z } from 'zod/mini';

import { MAX_SHORT_TEXT, type Profile } from '../../domain/assessment/assessment-schema';

/** Form values are what the inputs hold: text. Messages are i18n keys, translated where shown. */
export type ProfileFormValues = {
  name: string;
  country: string;
  region: string;
  population: string;
  year: string;
  assessor: string;
};

const optionalText = z.string().check(z.trim(), z.maxLength(MAX_SHORT_TEXT, { error: 'errors.tooLong' }));

/** A whole number typed with or without thousands separators ("2 763 124", "2.763.124", "2,763,124"). */
function parseWholeNumber(text: string): number | null {
  const digits = text.replace(/[\s.,\u00a0\u202f]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

const optionalWholeNumber = (min: number, max: number, error: string) =>
  z.string().check(
    z.trim(),
    z.refine(
      (text) => {
        if (text === '') return true;
        const value = parseWholeNumber(text);
        return value !== null && value >= min && value <= max;
      },
      { error },
    ),
  );

export const nameFieldSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, { error: 'errors.nameRequired' }),
    z.maxLength(MAX_SHORT_TEXT, { error: 'errors.tooLong' }),
  );
export const yearFieldSchema = optionalWholeNumber(1990, 2100, 'errors.year');

export const profileFormSchema = z.object({
  name: nameFieldSchema,
  country: optionalText,
  region: optionalText,
  population: optionalWholeNumber(0, 100_000_000_000, 'errors.population'),
  year: yearFieldSchema,
  assessor: optionalText,
});

export function toProfileFormValues(profile: Profile | undefined): ProfileFormValues {
  return {
    name: profile?.name ?? '',
    country: profile?.country ?? '',
    region: profile?.region ?? '',
    population: profile?.population === undefined ? '' : String(profile.population),
    year: profile?.year === undefined ? '' : String(profile.year),
    assessor: profile?.assessor ?? '',
  };
}

/** The profile the form describes (empty fields left out); call it on values the schema accepted. */
export function toProfile(values: ProfileFormValues): Profile {
  const profile: Profile = { name: values.name.trim() };
  for (const key of ['country', 'region', 'assessor'] as const) {
    const text = values[key].trim();
    if (text) profile[key] = text;
  }
  const population = parseWholeNumber(values.population);
  if (population !== null) profile.population = population;
  const year = parseWholeNumber(values.year);
  if (year !== null) profile.year = year;
  return profile;
}
