import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Field } from '../../components/forms/field';
import type { AnswerValue } from '../../domain/assessment/assessment-schema';
import { NA } from '../../domain/assessment/not-applicable';
import type { Framework, Question } from '../../domain/criteria/criterion-schema';
import { conditionKey, proposeLevel } from '../../domain/criteria/propose-level';
import type { Language } from '../../domain/language';
import { useLanguage } from '../../i18n/use-language';
import { formatQuantity } from '../../components/format-quantity';
import { parseDecimal } from '../../domain/parse-decimal';
import { numberFormat } from '../../domain/intl-formats';

export type AnswerInputProps<Q extends Question = Question> = {
  question: Q;
  value: AnswerValue | undefined;
  promptId: string;
  onChange: (value: AnswerValue | undefined) => void;
};

function NotApplicableChoice({ question, value, onChange }: AnswerInputProps) {
  const { t } = useTranslation();
  if (!question.allowsNA) return null;
  return (
    <label className="choice choice--na">
      <input type="radio" name={question.id} checked={value === NA} onChange={() => onChange(NA)} />
      <span className="choice__title">{t('answer.notApplicable')}</span>
    </label>
  );
}

/**
 * The five levels, each with its conditions as checkboxes. Ticks live only here (they are a
 * worksheet, not the answer): they propose a level, and the user chooses it.
 */
export function LevelInput({ framework, ...props }: AnswerInputProps & { framework: Framework }) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set());
  const { question, value, promptId, onChange } = props;
  if (question.type !== 'level') return null;
  const levelName = (level: number) => (framework.levels[level] ? localize(framework.levels[level]) : '');
  const proposed = proposeLevel(question, ticked);
  const toggle = (key: string, isTicked: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (isTicked) next.add(key);
      else next.delete(key);
      return next;
    });
  return (
    <fieldset className="choices choices--levels" aria-labelledby={promptId}>
      <p className="choices__note">{t('walk.conditionsHint')}</p>
      {question.levels.map((level, index) => (
        <div key={index} className="level-choice">
          <label className="choice">
            <input
              type="radio"
              name={question.id}
              checked={value === index}
              onChange={() => onChange(index)}
            />
            <span className="choice__title">
              {index} · {levelName(index)}
            </span>
            <span className="choice__text">{localize(level.summary)}</span>
          </label>
          {level.conditions.length > 0 && (
            <ul className="conditions" aria-label={t('walk.conditionsFor', { level: index })}>
              {level.conditions.map((condition, i) => {
                const key = conditionKey(index, i);
                return (
                  <li key={key}>
                    <label className="condition">
                      <input
                        type="checkbox"
                        checked={ticked.has(key)}
                        onChange={(event) => toggle(key, event.target.checked)}
                      />
                      <span>{localize(condition)}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
          {level.evidence && (
            <p className="level-choice__evidence">
              <strong>{t('walk.levelEvidence')}:</strong> {localize(level.evidence)}
            </p>
          )}
        </div>
      ))}
      <NotApplicableChoice {...props} />
      <div className="proposal" role="status">
        {proposed !== null && (
          <>
            <p>{t('walk.proposedLevel', { level: proposed, name: levelName(proposed) })}</p>
            {value !== proposed && (
              <button type="button" className="button button--small" onClick={() => onChange(proposed)}>
                {t('walk.useProposed', { level: proposed })}
              </button>
            )}
          </>
        )}
      </div>
    </fieldset>
  );
}

export function BooleanInput(props: AnswerInputProps) {
  const { t } = useTranslation();
  const { question, value, promptId, onChange } = props;
  return (
    <fieldset className="choices choices--inline" aria-labelledby={promptId}>
      {([true, false] as const).map((option) => (
        <label key={String(option)} className="choice">
          <input
            type="radio"
            name={question.id}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <span className="choice__title">{t(option ? 'answer.yes' : 'answer.no')}</span>
        </label>
      ))}
      <NotApplicableChoice {...props} />
    </fieldset>
  );
}

export function ChecklistInput({ question, value, promptId, onChange }: AnswerInputProps) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  if (question.type !== 'checklist') return null;
  const ticked = Array.isArray(value) ? value : [];
  const isNA = value === NA;
  const toggle = (id: string, isTicked: boolean) =>
    // Kept in the criteria file's order, so the saved answer does not depend on click order.
    onChange(question.options.map((o) => o.id).filter((o) => (o === id ? isTicked : ticked.includes(o))));
  return (
    <fieldset className="choices" aria-labelledby={promptId}>
      {question.options.map((option) => (
        <label key={option.id} className="choice choice--check">
          <input
            type="checkbox"
            checked={ticked.includes(option.id)}
            disabled={isNA}
            onChange={(event) => toggle(option.id, event.target.checked)}
          />
          <span className="choice__title">{localize(option.label)}</span>
        </label>
      ))}
      {question.allowsNA && (
        <label className="choice choice--check choice--na">
          <input
            type="checkbox"
            checked={isNA}
            onChange={(event) => onChange(event.target.checked ? NA : undefined)}
          />
          <span className="choice__title">{t('answer.notApplicable')}</span>
        </label>
      )}
      <p className="choices__note">{t('answer.checklistHint')}</p>
    </fieldset>
  );
}

function formatDraft(value: AnswerValue | undefined, language: Language): string {
  return typeof value === 'number'
    ? numberFormat(language, { maximumFractionDigits: 6, useGrouping: false }).format(value)
    : '';
}

/** Why a typed quantity cannot be saved (an i18n key and its values), or null when it can. */
function checkQuantity(
  question: Question,
  value: number,
): { key: string; values?: Record<string, string> } | null {
  if (question.type === 'percent' && (value < 0 || value > 100)) return { key: 'errors.percentRange' };
  if (question.type === 'number') {
    if (question.min !== undefined && value < question.min)
      return { key: 'errors.min', values: { min: String(question.min) } };
    if (question.max !== undefined && value > question.max)
      return { key: 'errors.max', values: { max: String(question.max) } };
  }
  return null;
}

export function QuantityInput({ question, value, onChange }: AnswerInputProps) {
  const { t } = useTranslation();
  const { language, localize } = useLanguage();
  const [draft, setDraft] = useState(() => formatDraft(value, language));
  const [error, setError] = useState<string | undefined>();
  const isNA = value === NA;

  // A change from elsewhere (the clear button, another tab) replaces what the field shows;
  // adjusted while rendering, as React advises for state derived from a prop.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    if (parseDecimal(draft, language) !== (typeof value === 'number' ? value : null))
      setDraft(formatDraft(value, language));
  }

  if (question.type !== 'percent' && question.type !== 'number') return null;

  const change = (text: string) => {
    setDraft(text);
    if (text.trim() === '') {
      setError(undefined);
      onChange(undefined);
      return;
    }
    const parsed = parseDecimal(text, language);
    if (parsed === null) {
      setError(t('errors.notANumber'));
      return;
    }
    const problem = checkQuantity(question, parsed);
    if (problem) {
      setError(t(problem.key as 'errors.percentRange', problem.values));
      return;
    }
    setError(undefined);
    onChange(parsed);
  };

  return (
    <div className="quantity">
      <Field
        label={t('answer.valueLabel', { unit: question.type === 'percent' ? '%' : localize(question.unit) })}
        hint={t('criteria.scale', {
          worst: formatQuantity(question, question.scoring.worst, language),
          best: formatQuantity(question, question.scoring.best, language),
        })}
        error={error}
      >
        {(control) => (
          <input
            {...control}
            className="input input--short"
            inputMode="decimal"
            autoComplete="off"
            disabled={isNA}
            value={isNA ? '' : draft}
            onChange={(event) => change(event.target.value)}
          />
        )}
      </Field>
      {question.allowsNA && (
        <label className="choice choice--check choice--na">
          <input
            type="checkbox"
            checked={isNA}
            onChange={(event) =>
              onChange(event.target.checked ? NA : (parseDecimal(draft, language) ?? undefined))
            }
          />
          <span className="choice__title">{t('answer.notApplicable')}</span>
        </label>
      )}
    </div>
  );
}
