import type { Criterion } from './criterion-schema';
import type { LocalizedText } from '../localized-text';

/**
 * The name ICF uses for a factor today (the alias still in use, i.e. with no end year), when it
 * differs from the name the press uses, which is the criterion's own name.
 */
export function findCurrentIcfName(criterion: Pick<Criterion, 'name' | 'aliases'>): LocalizedText | null {
  const current = criterion.aliases
    .filter((alias) => alias.period.to === undefined)
    .sort((a, b) => (b.period.from ?? 0) - (a.period.from ?? 0))[0];
  if (!current) return null;
  const isSame = current.name.en.toLowerCase() === criterion.name.en.toLowerCase();
  return isSame ? null : current.name;
}
