import './app/start-early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App, preloadFirstScreen } from './app/app';
import { readLocalStorage } from './components/read-local-storage';
import { applyTheme, readTheme } from './components/theme';
import { loadBundledFramework } from './framework/framework-promise';
import { detectLanguage, initI18n } from './i18n/i18n';
import { applyTeamPolicy } from './team-sync/team-policy';
import './styles.css';

// Before anything could connect anywhere: connections go only to this origin and the team servers
// this browser has chosen.
applyTeamPolicy(document, readLocalStorage());

// Every screen needs the criteria and the stored assessments: both start loading now, side by side
// and while the catalogue and React start, rather than one after the other once a screen asks; so
// does the screen the start lands on.
void loadBundledFramework();
const firstScreen = preloadFirstScreen(window.location.hash);
void import('./persistence/assessment-store').then(({ startStorage }) => startStorage({}, firstScreen));

// The reader's theme before the first paint, so a dark page never flashes white.
applyTheme(readTheme(readLocalStorage()));

// Registered once the page has loaded, so the first paint does not wait for workbox. Before the
// catalogue's await below: the page can finish loading while this module waits for it.
const registerServiceWorker = () => {
  if ('serviceWorker' in navigator) void import('./app/register-service-worker');
};
if (document.readyState === 'complete') registerServiceWorker();
else window.addEventListener('load', registerServiceWorker, { once: true });

const i18n = await initI18n(detectLanguage(readLocalStorage(), navigator.languages));
const syncDocument = (language: string) => {
  document.documentElement.lang = language;
  document.title = i18n.t('app.title');
};
syncDocument(i18n.language);
i18n.on('languageChanged', syncDocument);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// A page's first Intl formatter loads its language's data (30–40 ms here; later ones take well under
// one): one is made while the page waits for the storage and the screen's code, rather than inside the
// list's first render.
if (typeof requestIdleCallback === 'function')
  requestIdleCallback(() => new Intl.NumberFormat(i18n.language).format(0));
