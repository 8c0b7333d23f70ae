import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { useScoreText } from '../../components/use-score-text';
import { ProfileFacts } from '../../components/profile-facts';
import { useLanguage } from '../../i18n/use-language';
import type { AssessmentSummary } from './summarize-assessments';
import { dateTimeFormat, numberFormat } from '../../domain/intl-formats';

/**
 * The words every card repeats, translated once for the whole list: a thousand-assessment list
 * draws fifty cards at a time, and i18next takes tens of microseconds a call.
 */
export function useCardText() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
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
    [t],
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
  const { t } = useTranslation();
  const { language, localize } = useLanguage();
  const format = useScoreText();
  const percent = numberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const date = dateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
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
      <ProfileFacts profile={summary} />
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
