import i18next from 'i18next';

type Catalogue = { [key: string]: string | Catalogue };

/**
 * Texts that load with a lazy chunk (the team screens', the live team's) join the UI catalogues
 * then, in both languages at once so switching language there needs nothing more: most people
 * never open those screens, and the catalogues of the first paint count against its budget.
 * Deep and without overwriting, so they merge into sections the main catalogue has too.
 */
export function addLazyTexts(en: Catalogue, vi: Catalogue): void {
  const add = () => {
    i18next.addResourceBundle('en', 'translation', en, true, false);
    i18next.addResourceBundle('vi', 'translation', vi, true, false);
  };
  if (i18next.isInitialized) add();
  else i18next.on('initialized', add);
}
