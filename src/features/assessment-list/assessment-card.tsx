import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { useScoreText } from '../../components/use-score-text';
import { ProfileFacts } from '../../components/profile-facts';
import { useLanguage } from '../../i18n/use-language';
import type { AssessmentSummary } from './summarize-assessments';

export function AssessmentCard({
  summary,
  onRename,
  onNextYear,
  onDelete,
  onExport,
  onCopyLink,
}: {
  summary: AssessmentSummary;
  onRename: () => void;
  onNextYear: () => void;
  onDelete: () => void;
  onExport: () => void;
  onCopyLink: () => void;
}) {
  const { t } = useTranslation();
  const { language, localize } = useLanguage();
  const format = useScoreText();
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const title = summary.year === undefined ? summary.name : `${summary.name} ${summary.year}`;
  const headingId = `assessment-${summary.id}`;
  const { done, total } = summary.progress;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        <Link href={`/assessments/${summary.id}/profile`}>{title}</Link>
      </h2>
      <ProfileFacts profile={summary} />
      {summary.isIllustrative && <p className="badge">{t('example.badge')}</p>}
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
          <dt>{t('list.overall')}</dt>
          <dd>
            {summary.overall === null
              ? t('list.notScored')
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
          <dt>{t('list.completion')}</dt>
          <dd>
            <progress className="progress" max={total} value={done} aria-label={t('list.completion')} />{' '}
            {t('list.answered', { done, total, percent: percent.format(total === 0 ? 0 : done / total) })}
          </dd>
        </div>
        <div>
          <dt>{t('list.updated')}</dt>
          <dd>{summary.updatedAt ? date.format(new Date(summary.updatedAt)) : '—'}</dd>
        </div>
      </dl>
      <div className="button-row">
        <Link
          className="button button--primary"
          href={`/assessments/${summary.id}/profile`}
          aria-label={t('common.actionOn', { action: t('list.open'), name: title })}
        >
          {t('list.open')}
        </Link>
        <Link
          className="button"
          href={`/assessments/${summary.id}/results`}
          aria-label={t('common.actionOn', { action: t('list.results'), name: title })}
        >
          {t('list.results')}
        </Link>
        <button
          type="button"
          className="button"
          onClick={onRename}
          aria-label={t('common.actionOn', { action: t('list.rename'), name: title })}
        >
          {t('list.rename')}
        </button>
        <button
          type="button"
          className="button"
          onClick={onNextYear}
          aria-label={t('common.actionOn', { action: t('list.nextYear'), name: title })}
        >
          {t('list.nextYear')}
        </button>
        <button
          type="button"
          className="button"
          aria-label={t('common.actionOn', { action: t('export.json'), name: title })}
          onClick={onExport}
        >
          {t('export.json')}
        </button>
        <button
          type="button"
          className="button"
          aria-label={t('common.actionOn', { action: t('share.copyLink'), name: title })}
          onClick={onCopyLink}
        >
          {t('share.copyLink')}
        </button>
        <button
          type="button"
          className="button button--danger-quiet"
          onClick={onDelete}
          aria-label={t('common.actionOn', { action: t('list.delete'), name: title })}
        >
          {t('list.delete')}
        </button>
      </div>
    </article>
  );
}
