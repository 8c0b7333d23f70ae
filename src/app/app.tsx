import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Router, Switch, useLocation } from 'wouter';

import { useExampleLanguage } from './use-example-language';
import { useHashLocation } from 'wouter/use-hash-location';

import { ThemeSwitch } from '../components/theme-switch';
import { LanguageSwitch } from '../components/language-switch';
import { SaveIndicator } from '../components/save-indicator';
import { UpdatePrompt } from '../components/update-prompt';
import { ErrorBoundary } from '../components/error-boundary';
import type { Language } from '../domain/language';
import { FrameworkGate } from '../framework/framework-gate';
import { changeLanguage, rememberLanguage } from '../i18n/i18n';

// The first paint needs only this shell. Each screen, the saved data (zustand, zod) and the criteria
// arrive as chunks of their own, so the initial JavaScript stays small; the list shows before the
// criteria arrive (only its scores wait for them), and the walk-through's forms load only when an
// assessment is opened.
let LoadedListPage: ComponentType | undefined;
const loadListPage = () =>
  import('../features/assessment-list/assessment-list-page').then((module) => {
    LoadedListPage = module.default;
    return module;
  });
const AssessmentListPage = lazy(loadListPage);

/**
 * The list, drawn in the same pass as the rest of the screen when its code has already loaded (as
 * preloadFirstScreen sees to on a start at the list): React suspends on a lazy component's first
 * render even when its code is there, and then drew the list's fifty cards in a second pass, in
 * slices. Which of the two is fixed for the screen's life, so it never mounts twice.
 */
function ListScreen() {
  const [Loaded] = useState(() => LoadedListPage);
  return Loaded ? <Loaded /> : <AssessmentListPage />;
}
const CriteriaOverview = lazy(() => import('../features/criteria-overview/criteria-overview'));
const WalkThroughPage = lazy(() => import('../features/walk-through/walk-through-page'));
const ResultsPage = lazy(() => import('../features/results/results-page'));
const TeamPage = lazy(() => import('../features/team/team-page'));
const MethodPage = lazy(() => import('../features/method/method-page'));
const ComparePage = lazy(() => import('../features/compare/compare-page'));
const SharedPage = lazy(() => import('../features/share/shared-page'));
const PackPage = lazy(() => import('../features/respondent-pack/pack-page'));
const StorageWarning = lazy(() => import('../components/storage-warning'));
const TeamSyncRoutes = lazy(() => import('../features/team-sync/team-sync-routes'));

/**
 * Starts loading the screen a start lands on, beside the storage and the criteria, rather than once
 * React's first render asks for it. Only the list's: it is where most starts land, and the screen to
 * draw before anything else loads. Says whether the start is at the list.
 */
export function preloadFirstScreen(hash: string): { isListFirst: boolean } {
  const isListFirst = (hash.replace(/^#/, '') || '/') === '/';
  if (isListFirst) void loadListPage();
  return { isListFirst };
}

/** Working with a team live: a team link, joining, an assessment's team sync page (src/features/team-sync). */
const TEAM_SYNC_ROUTE = /^\/(?:team\/|assessments\/[^/]+\/team-sync$)/;

function NavLink({ href, children }: { href: string; children: string }) {
  const [location] = useLocation();
  const isCurrent = href === '/' ? location === '/' : location.startsWith(href);
  return (
    <Link href={href} className="app-nav__link" aria-current={isCurrent ? 'page' : undefined}>
      {children}
    </Link>
  );
}

const COMPARE_PATH = '/compare';

/** Which screen a location is: the comparison's own state in its address does not make a new one. */
const screenKey = (location: string) => (location.startsWith(COMPARE_PATH) ? COMPARE_PATH : location);

function Shell() {
  useExampleLanguage();
  const { t } = useTranslation();
  const [location] = useLocation();
  const switchLanguage = (language: Language) => {
    rememberLanguage(window.localStorage, language);
    void changeLanguage(language);
  };
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash is the router's: move focus without changing the URL.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <p className="app-title">
            <Link href="/">{t('app.title')}</Link>
          </p>
          <nav className="app-nav" aria-label={t('app.mainNavigation')}>
            <NavLink href="/">{t('app.navAssessments')}</NavLink>
            <NavLink href="/compare">{t('app.navCompare')}</NavLink>
            <NavLink href="/criteria">{t('app.navCriteria')}</NavLink>
            <NavLink href="/method">{t('app.navMethod')}</NavLink>
          </nav>
          <SaveIndicator />
          <LanguageSwitch onChange={switchLanguage} />
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <UpdatePrompt />
        <Suspense>
          <StorageWarning />
        </Suspense>
        {/* A new boundary per screen: leaving a crashed screen gives a fresh start. The comparison's
            address changes as it is edited, which is no new screen. */}
        <ErrorBoundary key={screenKey(location)}>
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <Switch>
              <Route path="/">
                <ListScreen />
              </Route>
              <Route path="/criteria">
                <FrameworkGate>
                  <CriteriaOverview />
                </FrameworkGate>
              </Route>
              <Route path="/compare/:state?">
                {(params) => (
                  <FrameworkGate>
                    <ComparePage state={params.state} />
                  </FrameworkGate>
                )}
              </Route>
              <Route path="/share/:payload">
                {(params) => (
                  <FrameworkGate>
                    <SharedPage payload={params.payload} />
                  </FrameworkGate>
                )}
              </Route>
              <Route path="/pack/:payload">
                {(params) => (
                  <FrameworkGate>
                    <PackPage payload={params.payload} />
                  </FrameworkGate>
                )}
              </Route>
              <Route path="/method">
                <MethodPage />
              </Route>
              <Route path={TEAM_SYNC_ROUTE}>
                <TeamSyncRoutes />
              </Route>
              <Route path="/assessments/:id/results">
                {(params) => (
                  <FrameworkGate>
                    <ResultsPage assessmentId={params.id} />
                  </FrameworkGate>
                )}
              </Route>
              <Route path="/assessments/:id/team">
                {(params) => (
                  <FrameworkGate>
                    <TeamPage assessmentId={params.id} />
                  </FrameworkGate>
                )}
              </Route>
              <Route path="/assessments/:id/:step/:question?">
                {(params) => (
                  <FrameworkGate>
                    <WalkThroughPage
                      assessmentId={params.id}
                      stepId={params.step}
                      questionId={params.question}
                    />
                  </FrameworkGate>
                )}
              </Route>
              <Route>
                <div role="alert">
                  <h1>{t('app.notFound')}</h1>
                  <p>
                    <Link href="/">{t('walk.backToList')}</Link>
                  </p>
                </div>
              </Route>
            </Switch>
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>{t('app.selfAssessmentNote')}</p>
        <ThemeSwitch />
      </footer>
    </>
  );
}

export function App() {
  // Storage (Yjs, IndexedDB) loads after the first paint; screens show "Loading…" until it is ready.
  useEffect(() => {
    void import('../persistence/assessment-store').then(({ startStorage }) => startStorage());
  }, []);
  return (
    <Router hook={useHashLocation}>
      <Shell />
    </Router>
  );
}
