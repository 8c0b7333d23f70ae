import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useUndoShortcut } from '../../components/use-undo-shortcut';
import { CharacterCount } from '../../components/forms/character-count';
import { Field } from '../../components/forms/field';
import { DATA_QUALITIES, type Answer, type DataQuality } from '../../domain/assessment/assessment-schema';
import { MAX_LONG_TEXT, MAX_SHORT_TEXT } from '../../domain/assessment/text-limits';
import { DefinitionCard } from '../../components/definition-card';
import { Tag } from '../../components/tag';
import { isCarriedOver } from '../../domain/assessment/carry-over';
import type { Framework, Question } from '../../domain/criteria/criterion-schema';
import { useLanguage } from '../../i18n/use-language';
import type { AnswerPatch } from '../../persistence/assessment-store';
import {
  BooleanInput,
  ChecklistInput,
  LevelInput,
  QuantityInput,
  type AnswerInputProps,
} from './answer-inputs';
import { EvidenceEditor } from './evidence-editor';

export function questionElementId(questionId: string): string {
  return `question-${questionId}`;
}

function AnswerInput({ framework, ...props }: AnswerInputProps & { framework: Framework }) {
  switch (props.question.type) {
    case 'level':
      return <LevelInput framework={framework} {...props} />;
    case 'percent':
    case 'number':
      return <QuantityInput {...props} />;
    case 'boolean':
      return <BooleanInput {...props} />;
    case 'checklist':
      return <ChecklistInput {...props} />;
  }
}

/** The data year and the source of an answer: shown beside a number, in the details otherwise. */
function DataOrigin({
  answer,
  onChange,
}: {
  answer: Answer | undefined;
  onChange: (patch: AnswerPatch) => void;
}) {
  const { t } = useTranslation();
  const [yearDraft, setYearDraft] = useState(() =>
    answer?.dataYear === undefined ? '' : String(answer.dataYear),
  );
  const [yearError, setYearError] = useState<string | undefined>();
  const changeYear = (text: string) => {
    setYearDraft(text);
    const trimmed = text.trim();
    if (trimmed === '') {
      setYearError(undefined);
      onChange({ dataYear: undefined });
      return;
    }
    const year = Number(trimmed);
    if (!/^\d{4}$/.test(trimmed) || year < 1990 || year > 2100) {
      setYearError(t('errors.dataYear'));
      return;
    }
    setYearError(undefined);
    onChange({ dataYear: year });
  };
  return (
    <div className="data-origin">
      <Field label={t('answer.dataYear')} hint={t('answer.dataYearHint')} error={yearError}>
        {(control) => (
          <input
            {...control}
            className="input input--short"
            inputMode="numeric"
            autoComplete="off"
            value={yearDraft}
            onChange={(event) => changeYear(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('answer.source')} hint={t('answer.sourceHint')}>
        {(control) => (
          <input
            {...control}
            className="input"
            maxLength={MAX_SHORT_TEXT}
            value={answer?.source ?? ''}
            onChange={(event) => onChange({ source: event.target.value || undefined })}
          />
        )}
      </Field>
    </div>
  );
}

/** One question: prompt, what counts as evidence, the answer, and the notes, links and data quality behind it. */
export function QuestionCard({
  framework,
  question,
  number,
  count,
  answer,
  onChange,
  children,
}: {
  framework: Framework;
  question: Question;
  number: number;
  count: number;
  answer: Answer | undefined;
  onChange: (patch: AnswerPatch) => void;
  /** What a team adds under the answer: the respondents' answers, or the group's in round 2. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const promptId = useId();
  const prompt = localize(question.prompt);
  const evidence = answer?.evidence ?? [];
  const isQuantity = question.type === 'percent' || question.type === 'number';
  // Open at first where something is filled in; after that, only the user opens or closes it.
  const [isDetailsOpen, setDetailsOpen] = useState(() =>
    Boolean(answer?.notes || evidence.length > 0 || answer?.dataQuality),
  );
  // The answer just cleared, until it is given back or a new one is chosen. A carried-over answer
  // comes back still to confirm: clearing and undoing is no review.
  const [cleared, setCleared] = useState<Pick<Answer, 'value' | 'carriedOver'> | undefined>(undefined);
  const isUndoShown = cleared !== undefined && answer?.value === undefined;
  const undoClear = useCallback(() => {
    onChange({ value: cleared?.value, carriedOver: cleared?.carriedOver });
    setCleared(undefined);
  }, [onChange, cleared]);
  const carriedMark =
    !isCarriedOver(answer) || answer.value === undefined
      ? null
      : answer.carriedOver.fromYear === undefined
        ? t('carried.markNoYear')
        : t('carried.mark', { year: answer.carriedOver.fromYear });
  const sectionRef = useRef<HTMLElement>(null);
  const [isJustConfirmed, setJustConfirmed] = useState(false);
  const confirm = () => {
    onChange({ carriedOver: undefined });
    setJustConfirmed(true);
    // The button goes with the mark: focus stays in this question rather than falling to the page.
    sectionRef.current?.focus({ preventScroll: true });
  };
  useUndoShortcut(isUndoShown, undoClear);
  return (
    <section
      ref={sectionRef}
      className="question-card"
      id={questionElementId(question.id)}
      aria-labelledby={promptId}
      tabIndex={-1}
    >
      <p className="question-card__number">
        {t('walk.questionNumber', { number, count })}
        {/* Said again at the top: on a long level question the answer and its Confirm are far below. */}
        {carriedMark && <Tag>{carriedMark}</Tag>}
      </p>
      <h2 className="question-card__prompt" id={promptId}>
        {prompt}
      </h2>
      <p className="question-card__help">
        <strong>{t('criteria.evidence')}:</strong> {localize(question.help)}
      </p>
      {(question.type === 'percent' || question.type === 'number') && <DefinitionCard question={question} />}
      <AnswerInput
        framework={framework}
        question={question}
        value={answer?.value}
        promptId={promptId}
        onChange={(value) => onChange({ value })}
      />
      {carriedMark && (
        <p className="carried-over">
          <span className="tag carried-over__mark">{carriedMark}</span>{' '}
          <button
            type="button"
            className="button button--small"
            aria-label={t('common.actionOn', { action: t('carried.confirm'), name: prompt })}
            onClick={confirm}
          >
            {t('carried.confirm')}
          </button>
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {isJustConfirmed && !isCarriedOver(answer) ? t('carried.confirmed') : ''}
      </p>
      {answer?.value !== undefined && (
        <button
          type="button"
          className="button button--quiet button--small"
          aria-label={t('common.actionOn', { action: t('answer.clear'), name: prompt })}
          onClick={() => {
            setCleared({ value: answer.value, carriedOver: answer.carriedOver });
            onChange({ value: undefined });
          }}
        >
          {t('answer.clear')}
        </button>
      )}
      <p className="question-card__undo" aria-live="polite">
        {isUndoShown && (
          <>
            {t('answer.cleared')}{' '}
            <button
              type="button"
              className="button button--small"
              aria-label={t('common.actionOn', { action: t('answer.undoClear'), name: prompt })}
              onClick={undoClear}
            >
              {t('answer.undoClear')}
            </button>
          </>
        )}
      </p>
      {children}
      {isQuantity && <DataOrigin answer={answer} onChange={onChange} />}
      <details
        className="question-card__details"
        open={isDetailsOpen}
        onToggle={(event) => setDetailsOpen(event.currentTarget.open)}
      >
        <summary
          aria-label={t('common.actionOn', {
            action: t('answer.detailsSummary', { count: evidence.length }),
            name: prompt,
          })}
        >
          {t('answer.detailsSummary', { count: evidence.length })}
        </summary>
        <Field label={t('answer.notes')}>
          {(control) => (
            <>
              <textarea
                {...control}
                className="input textarea"
                rows={3}
                maxLength={MAX_LONG_TEXT}
                value={answer?.notes ?? ''}
                onChange={(event) => onChange({ notes: event.target.value || undefined })}
              />
              <CharacterCount length={answer?.notes?.length ?? 0} max={MAX_LONG_TEXT} />
            </>
          )}
        </Field>
        {!isQuantity && <DataOrigin answer={answer} onChange={onChange} />}
        <Field label={t('answer.dataQuality')}>
          {(control) => (
            <select
              {...control}
              className="input input--select"
              value={answer?.dataQuality ?? ''}
              onChange={(event) =>
                onChange({ dataQuality: (event.target.value || undefined) as DataQuality | undefined })
              }
            >
              <option value="">{t('answer.dataQualityUnset')}</option>
              {DATA_QUALITIES.map((quality) => (
                <option key={quality} value={quality}>
                  {t(`answer.quality.${quality}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <EvidenceEditor
          evidence={evidence}
          questionLabel={prompt}
          onChange={(next) => onChange({ evidence: next })}
        />
      </details>
    </section>
  );
}
