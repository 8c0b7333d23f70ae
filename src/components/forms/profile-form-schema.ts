import { z } from 'zod/mini';

import type { Profile, ProfilePatch } from '../../domain/assessment/assessment-schema';
import { MAX_SHORT_TEXT } from '../../domain/assessment/text-limits';
import { normalizeLine } from '../../domain/assessment/normalize-text';

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

/**
 * A whole number typed with or without thousands separators ("2 763 124", "2.763.124", "2,763,124").
 * Separators must stand between groups of three digits, so "12.5" is refused rather than read as 125.
 */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const grouped = /^\d{1,3}(?:([\s.,\u00a0\u202f])\d{3})(?:\1\d{3})*$/.exec(trimmed);
  return grouped ? Number(trimmed.replace(/[\s.,\u00a0\u202f]/g, '')) : null;
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
  const profile: Profile = { name: normalizeLine(values.name).trim() };
  for (const key of ['country', 'region', 'assessor'] as const) {
    const text = normalizeLine(values[key]).trim();
    if (text) profile[key] = text;
  }
  const population = parseWholeNumber(values.population);
  if (population !== null) profile.population = population;
  const year = parseWholeNumber(values.year);
  if (year !== null) profile.year = year;
  return profile;
}

/**
 * The fields of the form that are valid and changed since `previous`, as a patch of the profile (an
 * emptied field removes its value), and the names of those held back because they are not valid. Each field is saved on its
 * own, so one field being typed wrong never holds back the others.
 */
export function toProfilePatch(
  values: ProfileFormValues,
  previous?: ProfileFormValues,
): {
  patch: ProfilePatch;
  invalid: (keyof ProfileFormValues)[];
} {
  const patch: ProfilePatch = {};
  const invalid: (keyof ProfileFormValues)[] = [];
  for (const name of Object.keys(profileFormSchema.shape) as (keyof ProfileFormValues)[]) {
    if (!profileFormSchema.shape[name].safeParse(values[name]).success) {
      invalid.push(name);
      continue;
    }
    // Only what was typed here: a field left alone must not overwrite another tab's edit of it.
    if (previous && previous[name] === values[name]) continue;
    if (name === 'name') patch.name = normalizeLine(values.name).trim();
    else if (name === 'population' || name === 'year') {
      patch[name] = parseWholeNumber(values[name]) ?? undefined;
    } else {
      patch[name] = normalizeLine(values[name]).trim() || undefined;
    }
  }
  return { patch, invalid };
}
