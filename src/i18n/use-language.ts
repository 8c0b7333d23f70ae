import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { isLanguage, type Language } from '../domain/language';
import type { LocalizedText } from '../domain/localized-text';

/** The active language, and a way to read the matching half of a criteria text. */
export function useLanguage(): { language: Language; localize: (text: LocalizedText) => string } {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  // The same object while the language stays: screens memoise what they derive from it.
  return useMemo(() => ({ language, localize: (text) => text[language] }), [language]);
}
