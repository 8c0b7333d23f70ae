import { useTranslation } from 'react-i18next';

import { useUpdateStore } from './update-store';

/**
 * A new version is installed only when the user says so: the page reloads then, after every
 * pending change has been saved (the store saves on pagehide), never in the middle of typing.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const applyUpdate = useUpdateStore((s) => s.applyUpdate);
  if (!applyUpdate) return null;
  return (
    <div className="notice update-prompt" role="status">
      <p>{t('update.ready')}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={applyUpdate}>
          {t('update.apply')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => useUpdateStore.setState({ applyUpdate: null })}
        >
          {t('update.later')}
        </button>
      </div>
    </div>
  );
}
