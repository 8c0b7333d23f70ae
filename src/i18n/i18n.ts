import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import { isLanguage, type Language } from '../domain/language';
import type en from './en.json';
import type teamPageEn from './team-page-en.json';
import type teamSyncEn from './team-sync-en.json';

export const LANGUAGE_STORAGE_KEY = 'icf-self-assessment.language';

declare module 'i18next' {
  // Module augmentation merges declarations, which only an interface can do.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface CustomTypeOptions {
    // The live team's texts load with its code (src/team-sync/team-i18n.ts), the team page's with
    // its screens (team-page-i18n.ts): not with the first paint.
    resources: { translation: typeof en & typeof teamPageEn & typeof teamSyncEn };
  }
}

/** The remembered choice, else the browser's preference; English when neither says Vietnamese. */
export function detectLanguage(
  storage: Pick<Storage, 'getItem'> | undefined,
  preferred: readonly string[],
): Language {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    // Storage can be blocked (privacy settings); the language is then simply not remembered.
  }
  if (isLanguage(stored)) return stored;
  return preferred.some((tag) => tag.toLowerCase().startsWith('vi')) ? 'vi' : 'en';
}

export function rememberLanguage(storage: Pick<Storage, 'setItem'> | undefined, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // See detectLanguage: not remembering the language is the only consequence.
  }
}

/**
 * Each catalogue is a chunk of its own and only the reader's language loads at first: the two
 * together are a fifth of the first paint's JavaScript, and most people never switch.
 */
const CATALOGUES: Record<Language, () => Promise<{ default: typeof en }>> = {
  en: () => import('./en.json'),
  vi: () => import('./vi.json'),
};

async function loadCatalogue(language: Language): Promise<void> {
  const { default: catalogue } = await CATALOGUES[language]();
  // Deep and without overwriting: texts a lazy chunk added for this language first (the team's) stay.
  i18next.addResourceBundle(language, 'translation', catalogue, true, false);
}

export async function initI18n(language: Language): Promise<typeof i18next> {
  const { default: catalogue } = await CATALOGUES[language]();
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation: catalogue } },
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
  });
  return i18next;
}

/** Switches the UI's language, loading its catalogue first when it is not there yet. */
export async function changeLanguage(language: Language): Promise<void> {
  // A bundle can exist with only what a lazy chunk added (the team's texts): look for a text of the catalogue.
  if (!i18next.exists('app.title', { lng: language })) {
    await loadCatalogue(language);
  }
  await i18next.changeLanguage(language);
}
