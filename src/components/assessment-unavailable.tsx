import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

import type { DocumentView } from '../persistence/assessment-store';
import { AssessmentNotFound } from './assessment-not-found';
import { downloadText } from './download';

/** What a screen shows instead of an assessment that is loading, missing, or cannot be read. */
export function AssessmentUnavailable({
  view,
  headingRef,
}: {
  view: Exclude<DocumentView, { status: 'ready' }>;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation();
  if (view.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (view.status === 'missing') return <AssessmentNotFound headingRef={headingRef} />;
  return (
    <div className="notice notice--error" role="alert">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('storage.unreadableHeading')}
      </h1>
      <p>{t('storage.unreadableBody')}</p>
      <details>
        <summary>{t('storage.technicalDetail')}</summary>
        <p className="muted">{view.reason}</p>
      </details>
      <button
        type="button"
        className="button"
        onClick={() => downloadText(view.data, 'icf-self-assessment-unreadable.json', 'application/json')}
      >
        {t('storage.downloadUnreadable')}
      </button>
    </div>
  );
}
