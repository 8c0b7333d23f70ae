import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import { isLanguage, type Language } from '../domain/language';
import en from './en.json';
import type teamSyncEn from './team-sync-en.json';
import vi from './vi.json';

export const LANGUAGE_STORAGE_KEY = 'icf-self-assessment.language';

declare module 'i18next' {
  // Module augmentation merges declarations, which only an interface can do.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface CustomTypeOptions {
    // The team texts load with the team code (src/team/team-i18n.ts), not with the first paint.
    resources: { translation: typeof en & typeof teamSyncEn };
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

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources: { en: { translation: en }, vi: { translation: vi } },
    interpolation: { escapeValue: false },
  });
  return i18next;
}
