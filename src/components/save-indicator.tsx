import { useTranslation } from 'react-i18next';

import { useSaveStatusStore } from '../persistence/save-status-store';

/** Always visible: whether every change is in storage, and a warning when it cannot be. */
export function SaveIndicator() {
  const { t } = useTranslation();
  const saveStatus = useSaveStatusStore((s) => s.status);
  const isHeldBack = useSaveStatusStore((s) => s.heldBackFields > 0);
  const status = saveStatus !== 'failed' && isHeldBack ? 'heldBack' : saveStatus;
  return (
    <p className={`save-indicator save-indicator--${status}`} role="status">
      <span aria-hidden="true">{status === 'saved' ? '✓ ' : status === 'pending' ? '… ' : '⚠ '}</span>
      {t(`save.${status}`)}
    </p>
  );
}
