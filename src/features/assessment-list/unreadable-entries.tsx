import { useTranslation } from 'react-i18next';

import { downloadText } from '../../components/download';
import type { IndexEntry } from '../../persistence/assessment-store';

type Unreadable = Extract<IndexEntry, { kind: 'unreadable' }>;

/** Stored assessments that break the rules: listed apart, never hiding the others, never dropped unasked. */
export function UnreadableEntries({
  entries,
  onImport,
  onRemove,
}: {
  entries: readonly Unreadable[];
  onImport: () => void;
  onRemove: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="notice notice--warning" aria-labelledby="unreadable-heading">
      <h2 id="unreadable-heading">{t('storage.unreadableHeading')}</h2>
      <p>{t('storage.unreadableBody')}</p>
      <ul className="card-list">
        {entries.map((entry) => {
          const name = entry.name || entry.id;
          return (
            <li key={entry.id} className="card">
              <h3>
                {name} <span className="muted">({t('storage.unreadableInList')})</span>
              </h3>
              <details>
                <summary>{t('storage.technicalDetail')}</summary>
                <p className="muted">{entry.reason}</p>
              </details>
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  aria-label={t('common.actionOn', { action: t('storage.downloadUnreadable'), name })}
                  onClick={() =>
                    downloadText(
                      entry.data,
                      `icf-self-assessment-unreadable-${entry.id}.json`,
                      'application/json',
                    )
                  }
                >
                  {t('storage.downloadUnreadable')}
                </button>
                <button type="button" className="button" onClick={onImport}>
                  {t('storage.importBack')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('common.actionOn', { action: t('storage.removeUnreadable'), name })}
                  onClick={() => onRemove(entry.id)}
                >
                  {t('storage.removeUnreadable')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
