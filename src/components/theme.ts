export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_STORAGE_KEY = 'icf-self-assessment.theme';

const isTheme = (value: unknown): value is Theme => THEMES.some((theme) => theme === value);

/** The reader's choice, or the system's setting when none was made (or storage is blocked). */
export function readTheme(storage: Pick<Storage, 'getItem'> | undefined): Theme {
  try {
    const stored = storage?.getItem(THEME_STORAGE_KEY);
    return isTheme(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** Shows the page in the theme (styles.css reads `data-theme`) and remembers the choice. */
export function applyTheme(theme: Theme, storage?: Pick<Storage, 'setItem' | 'removeItem'>): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  try {
    if (theme === 'system') storage?.removeItem(THEME_STORAGE_KEY);
    else storage?.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Blocked storage: the choice holds for this visit only.
  }
}
