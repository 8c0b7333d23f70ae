import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { useScoreText } from '../../components/use-score-text';
import { formatProfileFacts } from '../../components/profile-facts';
import { useLanguage } from '../../i18n/use-language';
import type { AssessmentSummary } from './summarize-assessments';
import { dateTimeFormat, numberFormat } from '../../domain/intl-formats';

/**
 * The words and formats every card repeats, made once for the whole list, with the translation
 * function the cards share: fifty cards each asking i18next and Intl for their own took a tenth of
 * the list's cold start.
 */
export function useCardText() {
  const { t } = useTranslation();
  const { language, localize } = useLanguage();
  const score = useScoreText();
  return useMemo(
    () => ({
      t,
      language,
      localize,
      score,
      percent: numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }),
      date: dateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
      overall: t('list.overall'),
      notScored: t('list.notScored'),
      completion: t('list.completion'),
      updated: t('list.updated'),
      badge: t('example.badge'),
      open: t('list.open'),
      results: t('list.results'),
      rename: t('list.rename'),
      nextYear: t('list.nextYear'),
      exportJson: t('export.json'),
      copyLink: t('share.copyLink'),
      delete: t('list.delete'),
    }),
    [t, language, localize, score],
  );
}
export type CardText = ReturnType<typeof useCardText>;

export function AssessmentCard({
  summary,
  text,
  onRename,
  onNextYear,
  onDelete,
  onExport,
  onCopyLink,
}: {
  summary: AssessmentSummary;
  text: CardText;
  onRename: () => void;
  onNextYear: () => void;
  onDelete: () => void;
  onExport: () => void;
  onCopyLink: () => void;
}) {
  const { t, localize, score: format, percent, date } = text;
  const facts = formatProfileFacts(summary, t, text.language);
  const title = summary.year === undefined ? summary.name : `${summary.name} ${summary.year}`;
  const headingId = `assessment-${summary.id}`;
  const { done, total, toConfirm } = summary.progress;
  const completion = {
    done,
    total,
    count: toConfirm,
    percent: percent.format(total === 0 ? 0 : done / total),
  };
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        <Link href={`/assessments/${summary.id}/profile`}>{title}</Link>
      </h2>
      {facts !== '' && <p className="muted profile-facts">{facts}</p>}
      {summary.isIllustrative && <p className="badge">{text.badge}</p>}
      {summary.basedOn && (
        <p className="muted">
          {t('list.basedOn', {
            source:
              summary.basedOn.year === undefined
                ? summary.basedOn.name
                : `${summary.basedOn.name} ${summary.basedOn.year}`,
          })}
        </p>
      )}
      <dl className="card__facts">
        <div>
          <dt>{text.overall}</dt>
          <dd>
            {summary.overall === null
              ? text.notScored
              : summary.status.band === null
                ? t('list.scoreProvisional', {
                    score: format.score(summary.overall),
                    mark: format.qualifier(summary.overall, summary.status),
                  })
                : t('list.score', {
                    score: format.score(summary.overall),
                    band: localize(summary.status.band.name),
                  })}
          </dd>
        </div>
        <div>
          <dt>{text.completion}</dt>
          <dd>
            <progress className="progress" max={total} value={done} aria-label={text.completion} />{' '}
            {toConfirm > 0 ? t('list.answeredToConfirm', completion) : t('list.answered', completion)}
          </dd>
        </div>
        <div>
          <dt>{text.updated}</dt>
          <dd>{summary.updatedAt ? date.format(new Date(summary.updatedAt)) : '—'}</dd>
        </div>
      </dl>
      <div className="button-row">
        <Link
          className="button button--primary"
          href={`/assessments/${summary.id}/profile`}
          aria-label={t('common.actionOn', { action: text.open, name: title })}
        >
          {text.open}
        </Link>
        <Link
          className="button"
          href={`/assessments/${summary.id}/results`}
          aria-label={t('common.actionOn', { action: text.results, name: title })}
        >
          {text.results}
        </Link>
        <button
          type="button"
          className="button"
          onClick={onRename}
          aria-label={t('common.actionOn', { action: text.rename, name: title })}
        >
          {text.rename}
        </button>
        <button
          type="button"
          className="button"
          onClick={onNextYear}
          aria-label={t('common.actionOn', { action: text.nextYear, name: title })}
        >
          {text.nextYear}
        </button>
        <button
          type="button"
          className="button"
          aria-label={t('common.actionOn', { action: text.exportJson, name: title })}
          onClick={onExport}
        >
          {text.exportJson}
        </button>
        <button
          type="button"
          className="button"
          aria-label={t('common.actionOn', { action: text.copyLink, name: title })}
          onClick={onCopyLink}
        >
          {text.copyLink}
        </button>
        <button
          type="button"
          className="button button--danger-quiet"
          onClick={onDelete}
          aria-label={t('common.actionOn', { action: text.delete, name: title })}
        >
          {text.delete}
        </button>
      </div>
    </article>
  );
}
