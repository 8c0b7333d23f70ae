import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../i18n/use-language';
import { numberFormat } from '../../domain/intl-formats';

/** Shown once text nears its limit, so nobody learns of the limit by losing what they pasted. */
const SHOW_FROM_SHARE = 0.8;

export function CharacterCount({ length, max, id }: { length: number; max: number; id?: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (length < max * SHOW_FROM_SHARE) return null;
  const formatter = numberFormat(language);
  const format = (value: number) => formatter.format(value);
  return (
    <p className="field__count" id={id} aria-live="polite">
      {t(length >= max ? 'limits.reached' : 'limits.count', { length: format(length), max: format(max) })}
    </p>
  );
}
