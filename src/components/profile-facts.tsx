import { useTranslation } from 'react-i18next';

import type { Profile } from '../domain/assessment/assessment-schema';
import { useLanguage } from '../i18n/use-language';
import { numberFormat } from '../domain/intl-formats';

/** Where the community is and how many live there, in one line, in the reader's number format. */
export function ProfileFacts({ profile }: { profile: Pick<Profile, 'region' | 'country' | 'population'> }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const facts = [
    profile.region,
    profile.country,
    profile.population === undefined
      ? undefined
      : t('profile.populationFact', {
          population: numberFormat(language).format(profile.population),
        }),
  ].filter((fact) => fact !== undefined && fact !== '');
  if (facts.length === 0) return null;
  return <p className="muted profile-facts">{facts.join(' · ')}</p>;
}
