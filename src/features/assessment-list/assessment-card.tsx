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
  return useMemo(() => {
    // Each button's name says which assessment it acts on: translated once per action for the
    // whole list, with a slot the card's title fills, rather than seven times for every card.
    const actionOn = (action: string) => {
      const parts = t('common.actionOn', { action, name: NAME_SLOT }).split(NAME_SLOT);
      return { action, on: (name: string) => parts.join(name) };
    };
    return {
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
      open: actionOn(t('list.open')),
      results: actionOn(t('list.results')),
      rename: actionOn(t('list.rename')),
      nextYear: actionOn(t('list.nextYear')),
      exportJson: actionOn(t('export.json')),
      copyLink: actionOn(t('share.copyLink')),
      delete: actionOn(t('list.delete')),
    };
  }, [t, language, localize, score]);
}
/** Stands for the title in a translated label: a character no title holds (the door removes it). */
const NAME_SLOT = '\u0000';
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
          aria-label={text.open.on(title)}
        >
          {text.open.action}
        </Link>
        <Link
          className="button"
          href={`/assessments/${summary.id}/results`}
          aria-label={text.results.on(title)}
        >
          {text.results.action}
        </Link>
        <button type="button" className="button" onClick={onRename} aria-label={text.rename.on(title)}>
          {text.rename.action}
        </button>
        <button type="button" className="button" onClick={onNextYear} aria-label={text.nextYear.on(title)}>
          {text.nextYear.action}
        </button>
        <button type="button" className="button" aria-label={text.exportJson.on(title)} onClick={onExport}>
          {text.exportJson.action}
        </button>
        <button type="button" className="button" aria-label={text.copyLink.on(title)} onClick={onCopyLink}>
          {text.copyLink.action}
        </button>
        <button
          type="button"
          className="button button--danger-quiet"
          onClick={onDelete}
          aria-label={text.delete.on(title)}
        >
          {text.delete.action}
        </button>
      </div>
    </article>
  );
}
