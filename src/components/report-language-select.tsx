import { useTranslation } from 'react-i18next';

import { isLanguage, LANGUAGES, type Language } from '../domain/language';

/** The language of an exported PDF (or other file), chosen apart from the screen's language. */
export function ReportLanguageSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  /** What the language is for; the report's language unless said. */
  label?: string;
  value: Language;
  onChange: (language: Language) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label ?? t('export.language')}
      </label>
      <select
        id={id}
        className="input input--short"
        value={value}
        onChange={(event) => {
          if (isLanguage(event.target.value)) onChange(event.target.value);
        }}
      >
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`language.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
