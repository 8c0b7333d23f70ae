import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { act, render, screen, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import i18next from 'i18next';

import { App } from '../src/app/app';
import { parseAssessmentFile } from '../src/domain/assessment/assessment-file';
import type { Assessment } from '../src/domain/assessment/assessment-schema';
import type { Framework } from '../src/domain/criteria/criterion-schema';
import type { Language } from '../src/domain/language';
import { bundledFramework } from '../src/framework/bundled-criteria';
import { loadBundledFramework } from '../src/framework/framework-promise';
import { changeLanguage, initI18n } from '../src/i18n/i18n';
import { IDBFactory } from 'fake-indexeddb';

import {
  startStorage,
  stopStorage,
  useAssessmentStore,
  waitForWrites,
} from '../src/persistence/assessment-store';
import { useSaveStatusStore } from '../src/persistence/save-status-store';
import { useAnsweringAsStore } from '../src/components/answering-as-store';

export type RenderAppOptions = {
  /** The hash route to open, e.g. `/assessments/a1/broadband`. */
  url?: string;
  language?: Language;
  /** Assessments already in the store when the screen opens. */
  assessments?: readonly Assessment[];
};

export type RenderedApp = RenderResult & {
  user: UserEvent;
  framework: Framework;
  /** The store's current copy of an assessment (what the screens would save). */
  readAssessment: (id: string) => Assessment | undefined;
  /** Moves the hash router to another route, as a link or the address bar would. */
  navigate: (url: string) => Promise<void>;
};

let isI18nReady = false;

async function switchLanguage(language: Language): Promise<void> {
  if (!isI18nReady) {
    await initI18n(language);
    isI18nReady = true;
  } else if (i18next.language !== language) {
    await changeLanguage(language);
  }
}

async function requireFramework(): Promise<Framework> {
  const result = await loadBundledFramework();
  if (!result.ok) throw new Error(`bundled criteria are invalid: ${JSON.stringify(result.errors)}`);
  return result.value;
}

let runs = 0;

/**
 * Empties the store and the browser storage behind it (a fresh IndexedDB, a channel of its own), so
 * each test starts as a first visit, then starts storage as the app does.
 */
export async function resetAppState(): Promise<void> {
  await stopStorage();
  window.localStorage.clear();
  window.sessionStorage.clear();
  useSaveStatusStore.setState({ status: 'saved', failure: null, heldBackFields: 0 });
  useAnsweringAsStore.setState({ byAssessment: {} });
  runs += 1;
  // y-indexeddb opens documents through the global factory: a fresh one per test, shared with the index.
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  await startStorage({ indexedDB: factory, channelName: `test-${process.pid}-${runs}` });
}

/**
 * Renders the whole app, as a user would open it, at a hash route, in a language, with the criteria
 * already loaded and a fresh store holding only the given assessments. Every screen test goes
 * through here, so each sees what the app gives it and nothing more.
 */
export async function renderApp(options: RenderAppOptions = {}): Promise<RenderedApp> {
  const { url = '/', language = 'en', assessments = [] } = options;
  await resetAppState();
  await switchLanguage(language);
  const framework = await requireFramework();
  const { addAssessment } = useAssessmentStore.getState();
  for (const assessment of assessments) addAssessment(structuredClone(assessment));
  window.location.hash = `#${url}`;

  const user = userEvent.setup();
  let rendered: RenderResult | undefined;
  // Screens are lazy chunks and the criteria a suspended promise: act() lets them settle.
  await act(async () => {
    rendered = render(<App />);
    await Promise.resolve();
  });
  if (!rendered) throw new Error('render did not run');
  // The shell is there once its main navigation is; each test then waits for its own screen.
  await screen.findByRole('navigation', { name: i18next.t('app.mainNavigation') });
  return {
    ...rendered,
    user,
    framework,
    readAssessment: (id) => {
      const view = useAssessmentStore.getState().documents.get(id);
      return view?.status === 'ready' ? view.assessment : undefined;
    },
    navigate: async (next) => {
      await act(async () => {
        window.location.hash = `#${next}`;
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        await Promise.resolve();
      });
    },
  };
}

/** A fixture of tests/fixtures/assessments, parsed as the app parses an imported file. */
export function readFixtureAssessment(name: string): Assessment {
  const text = readFileSync(join(import.meta.dirname, 'fixtures/assessments', name), 'utf8');
  const framework = bundledFramework;
  if (!framework.ok) throw new Error('bundled criteria are invalid');
  const parsed = parseAssessmentFile(JSON.parse(text), framework.value);
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.errors)}`);
  return parsed.value.file.assessment;
}

/** Every assessment the store holds now, by id, in full (the documents screens and actions opened). */
export function readStoredAssessments(): Record<string, Assessment> {
  const { index, documents } = useAssessmentStore.getState();
  const stored: Record<string, Assessment> = {};
  for (const id of index.keys()) {
    const view = documents.get(id);
    if (view?.status === 'ready') stored[id] = view.assessment;
  }
  return stored;
}

/** The ids of the stored assessments. */
export const readStoredIds = (): string[] => [...useAssessmentStore.getState().index.keys()];

/** What the next start of the app would read from this browser's IndexedDB (a new tab, in effect). */
export async function readAfterRestart(id: string): Promise<Assessment | null> {
  await waitForWrites();
  const { createRepository } = await import('../src/persistence/assessment-repository');
  const repository = await createRepository(
    {
      onIndex: () => undefined,
      onDocument: () => undefined,
      onWrites: () => undefined,
      onProblem: () => undefined,
    },
    { indexedDB: globalThis.indexedDB, channelName: `restart-${process.pid}-${runs}` },
  );
  try {
    return await repository.read(id);
  } finally {
    await repository.close();
  }
}
