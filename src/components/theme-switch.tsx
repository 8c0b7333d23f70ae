import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { readLocalStorage } from './read-local-storage';
import { SelectField } from './select-field';
import { applyTheme, readTheme, THEMES, type Theme } from './theme';

/** Light, dark, or as the system is set: the choice is kept in this browser. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const [theme, setTheme] = useState<Theme>(() => readTheme(readLocalStorage()));
  return (
    <SelectField
      id="theme"
      label={t('theme.label')}
      value={theme}
      onChange={(value) => {
        const chosen = THEMES.find((item) => item === value) ?? 'system';
        applyTheme(chosen, readLocalStorage());
        setTheme(chosen);
      }}
    >
      {THEMES.map((item) => (
        <option key={item} value={item}>
          {t(`theme.${item}`)}
        </option>
      ))}
    </SelectField>
  );
}
