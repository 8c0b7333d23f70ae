import { useTranslation } from 'react-i18next';

import { discardUnreadableData } from '../persistence/assessment-store';
import { downloadAllData } from './download-all-data';
import { downloadText } from './download';
import { useSaveStatusStore } from '../persistence/save-status-store';

/** Says when saving fails or stored data could not be read, and offers that data before replacing it. */
export default function StorageWarning() {
  const { t } = useTranslation();
  const { status, failure, loadProblem, unreadableData } = useSaveStatusStore();
  return (
    <>
      {status === 'failed' && (
        <div className="notice notice--error" role="alert">
          <p>{t(failure === 'QuotaExceededError' ? 'save.failedFull' : 'save.failedBlocked')}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void downloadAllData()}>
              {t('save.downloadAll')}
            </button>
          </div>
        </div>
      )}
      {loadProblem && (
        <div className="notice notice--warning" role="alert">
          <p>{t(loadProblem.kind === 'newer' ? 'save.loadNewer' : 'save.loadUnreadable')}</p>
          <div className="button-row">
            {unreadableData !== null && (
              <button
                type="button"
                className="button"
                onClick={() =>
                  downloadText(unreadableData, 'icf-self-assessment-unreadable-data.json', 'application/json')
                }
              >
                {t('save.downloadUnreadable')}
              </button>
            )}
            <button type="button" className="button button--quiet" onClick={discardUnreadableData}>
              {t('save.discardUnreadable')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
