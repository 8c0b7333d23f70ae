import { createInstance } from 'i18next';

import type { Language } from '../domain/language';
import type { Translate } from '../domain/report/build-report-model';
import uiEn from '../i18n/en.json';
import en from '../i18n/report-en.json';
import vi from '../i18n/report-vi.json';
import uiVi from '../i18n/vi.json';

/**
 * The report's texts in its own language, whatever the app's language is: a separate i18next
 * instance over the report catalogues (kept apart from the UI's so the first load does not carry
 * them), usable in the browser and in Node (the CLI). It also carries the UI's `score.*` and
 * `answerText.*` texts, so that a score and an answer read the same in the report as on screen
 * (createScoreText, createAnswerText).
 */
export async function createReportTranslate(language: Language): Promise<Translate> {
  const instance = createInstance();
  await instance.init({
    lng: language,
    fallbackLng: false,
    resources: {
      en: { translation: { ...en, score: uiEn.score, answerText: uiEn.answerText } },
      vi: { translation: { ...vi, score: uiVi.score, answerText: uiVi.answerText } },
    },
    interpolation: { escapeValue: false },
  });
  return (key, values) => instance.t(key, values as never) as unknown as string;
}
