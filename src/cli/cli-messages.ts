import { createInstance, type TFunction } from 'i18next';

import type { Language } from '../domain/language';
import uiEn from '../i18n/en.json';
import reportEn from '../i18n/report-en.json';
import reportVi from '../i18n/report-vi.json';
import uiVi from '../i18n/vi.json';

/** A CLI message by its key under `cli.` of the report catalogues. */
export type CliSay = (key: string, values?: Readonly<Record<string, unknown>>) => string;

/**
 * The command line's messages in the language asked for, from the app's own catalogues: its
 * sentences (`cli.*`, beside the report's texts) and the import screen's description of a file's
 * problems, so a file is refused in the words the app uses. Loaded only by the commands that speak
 * both languages.
 */
export async function createCliMessages(language: Language): Promise<{ t: TFunction; say: CliSay }> {
  const instance = createInstance();
  await instance.init({
    lng: language,
    fallbackLng: false,
    resources: {
      en: { translation: { ...uiEn, cli: reportEn.cli } },
      vi: { translation: { ...uiVi, cli: reportVi.cli } },
    },
    interpolation: { escapeValue: false },
  });
  const say: CliSay = (key, values) =>
    instance.t(`cli.${key}` as never, values as never) as unknown as string;
  return { t: instance.t, say };
}
