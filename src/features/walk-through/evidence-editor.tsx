import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';

import { Field } from '../../components/forms/field';
import { useUndoShortcut } from '../../components/use-undo-shortcut';
import type { Evidence } from '../../domain/assessment/assessment-schema';
import { MAX_EVIDENCE_PER_ANSWER, MAX_SHORT_TEXT, MAX_URL_LENGTH } from '../../domain/assessment/text-limits';

const evidenceFormSchema = z.object({
  url: z.string().check(
    z.trim(),
    z.minLength(1, { error: 'errors.urlRequired' }),
    z.maxLength(MAX_URL_LENGTH, { error: 'errors.tooLong' }),
    z.refine((text) => z.url({ protocol: /^https?$/ }).safeParse(text).success, { error: 'errors.url' }),
  ),
  label: z.string().check(z.trim(), z.maxLength(MAX_SHORT_TEXT, { error: 'errors.tooLong' })),
});
type EvidenceFormValues = z.input<typeof evidenceFormSchema>;

/** The links that back an answer: listed, removable, and added one at a time through a checked form. */
export function EvidenceEditor({
  evidence,
  questionLabel,
  onChange,
}: {
  evidence: readonly Evidence[];
  questionLabel: string;
  onChange: (evidence: Evidence[] | undefined) => void;
}) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<EvidenceFormValues, unknown, z.output<typeof evidenceFormSchema>>({
    resolver: zodResolver(evidenceFormSchema),
    defaultValues: { url: '', label: '' },
  });
  const message = (key: string | undefined) => (key ? t(key as 'errors.url') : undefined);
  // The link just removed and where it stood, until it is put back or another change is made.
  const [removed, setRemoved] = useState<{ item: Evidence; index: number; from: readonly Evidence[] } | null>(
    null,
  );
  // Only while the list is still the one the link left: after any other change, Undo would lose it.
  const isUndoShown = removed !== null && removed.from.length === evidence.length + 1;
  const undoRemove = useCallback(() => {
    if (!removed) return;
    onChange([...evidence.slice(0, removed.index), removed.item, ...evidence.slice(removed.index)]);
    setRemoved(null);
  }, [evidence, onChange, removed]);
  useUndoShortcut(isUndoShown, undoRemove);
  const isFull = evidence.length >= MAX_EVIDENCE_PER_ANSWER;
  const add = (values: z.output<typeof evidenceFormSchema>) => {
    onChange([...evidence, { url: values.url, label: values.label }]);
    reset();
  };
  return (
    <div className="evidence">
      <h3 className="evidence__title">{t('evidence.heading')}</h3>
      {evidence.length > 0 && (
        <ul className="evidence__list">
          {evidence.map((item, index) => (
            <li key={`${item.url}-${index}`}>
              <a href={item.url} target="_blank" rel="noopener noreferrer">
                {item.label || item.url}
              </a>
              {item.label && <span className="evidence__url">{item.url}</span>}
              <button
                type="button"
                className="button button--quiet button--small"
                aria-label={t('common.actionOn', {
                  action: t('evidence.remove'),
                  name: item.label || item.url,
                })}
                onClick={() => {
                  const rest = evidence.filter((_, i) => i !== index);
                  setRemoved({ item, index, from: evidence });
                  onChange(rest.length > 0 ? rest : undefined);
                }}
              >
                {t('evidence.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="evidence__undo" aria-live="polite">
        {isUndoShown && (
          <>
            {t('evidence.removed', { name: removed.item.label || removed.item.url })}{' '}
            <button
              type="button"
              className="button button--small"
              aria-label={t('common.actionOn', {
                action: t('answer.undoClear'),
                name: removed.item.label || removed.item.url,
              })}
              onClick={undoRemove}
            >
              {t('answer.undoClear')}
            </button>
          </>
        )}
      </p>
      {isFull ? (
        <p className="muted">{t('limits.evidenceFull', { max: MAX_EVIDENCE_PER_ANSWER })}</p>
      ) : (
        <form
          className="evidence__form"
          noValidate
          aria-label={t('evidence.formLabel', { question: questionLabel })}
          onSubmit={(event) => void handleSubmit(add)(event)}
        >
          <Field label={t('evidence.url')} error={message(errors.url?.message)}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="url"
                inputMode="url"
                maxLength={MAX_URL_LENGTH}
                {...register('url')}
              />
            )}
          </Field>
          <Field label={t('evidence.label')} error={message(errors.label?.message)}>
            {(control) => (
              <input {...control} className="input" maxLength={MAX_SHORT_TEXT} {...register('label')} />
            )}
          </Field>
          <button type="submit" className="button">
            {t('evidence.add')}
          </button>
        </form>
      )}
    </div>
  );
}
