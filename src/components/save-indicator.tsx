import { useTranslation } from 'react-i18next';

import { useSaveStatusStore } from '../persistence/save-status-store';

/** Always visible: whether every change is in storage, and a warning when it cannot be. */
export function SaveIndicator() {
  const { t } = useTranslation();
  const status = useSaveStatusStore((s) => s.status);
  return (
    <p className={`save-indicator save-indicator--${status}`} role="status">
      <span aria-hidden="true">{status === 'saved' ? '✓ ' : status === 'pending' ? '… ' : '⚠ '}</span>
      {t(`save.${status}`)}
    </p>
  );
}
