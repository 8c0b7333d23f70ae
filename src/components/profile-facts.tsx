import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { Profile } from '../domain/assessment/assessment-schema';
import type { Language } from '../domain/language';
import { useLanguage } from '../i18n/use-language';
import { numberFormat } from '../domain/intl-formats';

type FactsProfile = Pick<Profile, 'region' | 'country' | 'population'>;

/**
 * Where the community is and how many live there, in one line, in the reader's number format; empty
 * when the profile says neither. For lists, which translate once for all their rows.
 */
export function formatProfileFacts(profile: FactsProfile, t: TFunction, language: Language): string {
  return [
    profile.region,
    profile.country,
    profile.population === undefined
      ? undefined
      : t('profile.populationFact', {
          population: numberFormat(language).format(profile.population),
        }),
  ]
    .filter((fact) => fact !== undefined && fact !== '')
    .join(' · ');
}

/** Where the community is and how many live there, in one line, in the reader's number format. */
export function ProfileFacts({ profile }: { profile: FactsProfile }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const facts = formatProfileFacts(profile, t, language);
  return facts === '' ? null : <p className="muted profile-facts">{facts}</p>;
}
