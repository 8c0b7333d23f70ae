import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatCriteriaError, type CriteriaError } from '../domain/criteria/criteria-error';
import { useFrameworkResult } from './use-framework';

/** What is wrong with the bundled criteria, file by file: shown instead of any screen that needs them. */
export function CriteriaErrorList({ errors }: { errors: readonly CriteriaError[] }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice notice--error">
      <p>{t('app.criteriaInvalid')}</p>
      <ul>
        {errors.map((error) => (
          <li key={formatCriteriaError(error)}>
            <code>{formatCriteriaError(error)}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

function FrameworkErrors({ children }: { children: ReactNode }) {
  const result = useFrameworkResult();
  return result.ok ? children : <CriteriaErrorList errors={result.errors} />;
}

/** Renders its children once the criteria have loaded and are valid; says what is wrong otherwise. */
export function FrameworkGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
      <FrameworkErrors>{children}</FrameworkErrors>
    </Suspense>
  );
}
