import { useTranslation } from 'react-i18next';

import { useSaveStatusStore } from '../persistence/save-status-store';
import { downloadAllData } from './download-all-data';

const MESSAGES: Record<string, string> = {
  QuotaExceededError: 'save.failedFull',
  'newer-elsewhere': 'storage.newerElsewhere',
  blocked: 'storage.blocked',
};

/** Says when saving fails, why, and offers every assessment as a file the app imports back. */
export default function StorageWarning() {
  const { t } = useTranslation();
  const { status, failure } = useSaveStatusStore();
  if (status !== 'failed') return null;
  const message =
    (failure !== null && Object.hasOwn(MESSAGES, failure) ? MESSAGES[failure] : undefined) ??
    'storage.unavailable';
  return (
    <div className="notice notice--error" role="alert">
      <p>{t(message as 'storage.unavailable')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void downloadAllData()}>
          {t('storage.downloadAll')}
        </button>
      </div>
    </div>
  );
}
