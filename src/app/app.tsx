import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { LanguageSwitch } from '../components/language-switch';
import { CriteriaOverview } from '../features/criteria-overview/criteria-overview';
import { rememberLanguage } from '../i18n/i18n';
import type { Language } from '../domain/language';

// The criteria (≈60 KB gzipped with zod) load after the first paint, in a chunk of their own.
const frameworkPromise = import('./bundled-criteria').then((module) => module.bundledFramework);

function changeLanguage(changeTo: (language: Language) => Promise<unknown>, language: Language): void {
  rememberLanguage(window.localStorage, language);
  void changeTo(language);
}

export function App() {
  const { t, i18n } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <p className="app-title">{t('app.title')}</p>
          <LanguageSwitch onChange={(language) => changeLanguage((l) => i18n.changeLanguage(l), language)} />
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <CriteriaOverview framework={frameworkPromise} />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>{t('app.selfAssessmentNote')}</p>
      </footer>
    </>
  );
}
