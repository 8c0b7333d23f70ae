import { useTranslation } from 'react-i18next';

import { LANGUAGES, type Language } from '../domain/language';
import { useLanguage } from '../i18n/use-language';

export function LanguageSwitch({ onChange }: { onChange: (language: Language) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => onChange(option)}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </div>
  );
}
