/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

import { bundledCriteria } from './scripts/bundled-criteria-plugin.ts';

/**
 * The built app runs under this policy: only its own origin, no inline script. It goes into the
 * built index.html only: the dev server injects an inline script for hot reload. connect-src also
 * names ws: and wss: so that a team server can be reached at all; the app narrows it at start, with
 * a second policy that names only the team servers this browser has chosen
 * (src/team/team-policy.ts): a connection must pass both.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' ws: wss:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

type Catalogue = { app: { title: string; tagline: string; loading: string } };
const readCatalogue = (language: string) =>
  JSON.parse(readFileSync(new URL(`./src/i18n/${language}.json`, import.meta.url), 'utf8')) as Catalogue;
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * What the page shows before its JavaScript runs: the app's name and purpose in both languages
 * (from the i18n catalogues), so the first paint does not wait for React on a slow phone.
 */
function staticShell(): Plugin {
  return {
    name: 'static-shell',
    transformIndexHtml: (html) => {
      const [en, vi] = [readCatalogue('en'), readCatalogue('vi')];
      const shell = `<div class="boot">
      <header class="app-header"><div class="app-header__inner"><p class="app-title">${escapeHtml(en.app.title)}</p></div></header>
      <main class="app-main">
        <h1>${escapeHtml(en.app.title)}</h1>
        <p class="lead">${escapeHtml(en.app.tagline)}</p>
        <p class="lead" lang="vi">${escapeHtml(vi.app.tagline)}</p>
        <p role="status">${escapeHtml(en.app.loading)} · <span lang="vi">${escapeHtml(vi.app.loading)}</span></p>
      </main>
    </div>`;
      return html.replace('<div id="root"></div>', `<div id="root">${shell}</div>`);
    },
  };
}

export default defineConfig({
  // Relative asset URLs, so the built dist/ works from any path of any static host.
  base: './',
  plugins: [
    react(),
    bundledCriteria(),
    contentSecurityPolicy(),
    staticShell(),
    VitePWA({
      // Never a silent reload that could lose a half-typed answer: the app asks first.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'ICF community self-assessment',
        short_name: 'ICF self-assessment',
        description:
          "Assess a community against the Intelligent Community Forum's six criteria, in English and Vietnamese.",
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f3f5f9',
        theme_color: '#0b5cad',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // Everything the app can need offline, the PDF code and fonts included…
        globPatterns: ['**/*.{js,css,html,svg,ttf,webmanifest}'],
        // …but not jsPDF's optional chunks (html2canvas, canvg, DOMPurify), which the app never loads.
        globIgnores: ['**/html2canvas-*.js', '**/purify.es-*.js', '**/index.es-*.js'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    modulePreload: { polyfill: false },
    // Shared modules of under 4 KB are copied into the chunks that use them (one state through
    // rolldown's registry) instead of being chunks of their own: 128 chunks become 80, so a cold
    // start fetches, compiles and links fewer files. Chunks holding styles stay files, as Vite's
    // CSS handling needs.
    rolldownOptions: {
      output: {
        codeSplitting: {
          experimentalInlineCommonChunks: {
            maxSize: 4096,
            exclude: /\.(css|scss|sass|less|styl|stylus|pcss|postcss|sss)(\?|$)/,
          },
        },
      },
    },
  },
  test: {
    // vitest's default is one worker fewer than the cores: one, on the two-core machines we run on.
    maxWorkers: 2,
    // Spies and stubbed globals never outlive their test: files share a worker (isolate: false).
    restoreMocks: true,
    unstubGlobals: true,
    // expect.poll waits for a state, as Playwright's waits do: its 1 s default is a tight timeout on
    // a busy machine (a deletion stored after 1.2 s failed a correct tree), so the same 30 s margin.
    expect: { poll: { timeout: 30_000, interval: 50 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          // Files share their worker's modules instead of importing everything afresh: half the
          // time. Tests hold no state between them (renderApp resets the store and storage).
          isolate: false,
          // Room for a machine busy with other work (a PDF built in a beforeAll takes ≈ 1 s here).
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          setupFiles: ['tests/setup-dom.ts'],
          isolate: false,
          // A screen test takes a second or two; the margin is for a machine busy with other work.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/serve-built-app.ts'],
          // Each browser test takes at most about 20 s on a quiet machine with two files running at
          // once (each file its own Chromium): room for one 4× slower. The files ran one at a time
          // until a run showed the machine two-thirds idle while Chromium waited on itself.
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
