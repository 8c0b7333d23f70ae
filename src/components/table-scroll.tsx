import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A wide table on a phone: it scrolls sideways inside its card, its first column stays in place
 * (styles.css), and a line says so, since a scroll bar alone is easily missed. Focusable, so a
 * keyboard user can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll-frame">
      <p className="table-scroll__hint">{t('common.tableScrollHint')}</p>
      <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
        {children}
      </div>
    </div>
  );
}
