import { createInstance } from 'i18next';

import type { Language } from '../domain/language';
import type { Translate } from '../domain/report/build-report-model';
import en from '../i18n/report-en.json';
import vi from '../i18n/report-vi.json';

/**
 * The report's texts in its own language, whatever the app's language is: a separate i18next
 * instance over the report catalogues (kept apart from the UI's so the first load does not carry
 * them), usable in the browser and in Node (the CLI).
 */
export async function createReportTranslate(language: Language): Promise<Translate> {
  const instance = createInstance();
  await instance.init({
    lng: language,
    fallbackLng: false,
    resources: { en: { translation: en }, vi: { translation: vi } },
    interpolation: { escapeValue: false },
  });
  return (key, values) => instance.t(key, values as never) as unknown as string;
}
