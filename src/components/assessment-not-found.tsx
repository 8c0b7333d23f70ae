import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** A link to an assessment this browser does not hold (deleted, or from another device). */
export function AssessmentNotFound({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('walk.notFound')}
      </h1>
      <p>
        <Link href="/">{t('walk.backToList')}</Link>
      </p>
    </div>
  );
}
