import { useTranslation } from 'react-i18next';

import { CharacterCount } from '../../components/forms/character-count';
import { Field } from '../../components/forms/field';
import { useSteadyCaret } from '../../components/forms/use-steady-caret';
import { MAX_LONG_TEXT } from '../../domain/assessment/text-limits';
import { useLanguage } from '../../i18n/use-language';
import { numberFormat } from '../../domain/intl-formats';

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The story a submission tells for this criterion, with a live word count. */
export function NarrativeField({
  criterionName,
  text,
  onChange,
}: {
  criterionName: string;
  text: string;
  onChange: (text: string) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const words = countWords(text);
  // Teammates (or other tabs) may type into the same narrative: the caret stays where this user is.
  const { noteTyping, ...caret } = useSteadyCaret<HTMLTextAreaElement>(text);
  return (
    <section className="narrative" aria-labelledby="narrative-heading">
      <h2 id="narrative-heading">{t('narrative.heading', { criterion: criterionName })}</h2>
      <Field label={t('narrative.label')} hint={t('narrative.hint')}>
        {(control) => (
          <>
            <textarea
              {...control}
              {...caret}
              className="input textarea textarea--tall"
              rows={8}
              maxLength={MAX_LONG_TEXT}
              value={text}
              onChange={(event) => {
                noteTyping(event);
                onChange(event.target.value);
              }}
            />
            <CharacterCount length={text.length} max={MAX_LONG_TEXT} />
            <p className="narrative__count">
              {t('narrative.wordCount', {
                count: words,
                formatted: numberFormat(language).format(words),
              })}
            </p>
          </>
        )}
      </Field>
    </section>
  );
}
