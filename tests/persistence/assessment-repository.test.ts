import 'fake-indexeddb/auto';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { assessmentSchema, type Assessment } from '../../src/domain/assessment/assessment-schema';
import { createCollectionFile, parseImportText } from '../../src/domain/assessment/import-file';
import { upgradeAssessmentTo2 } from '../../src/domain/criteria/bank-mapping';
import { bundledFramework } from '../../src/framework/bundled-criteria';
import {
  createRepository,
  type DocumentView,
  type Repository,
} from '../../src/persistence/assessment-repository';
import { INDEX_DATABASE, type IndexEntry } from '../../src/persistence/index-database';
import { MOVED_KEY } from '../../src/persistence/persisted-state-key';
import { STORAGE_KEY } from '../../src/persistence/persisted-state-key';
import { assessmentArbitrary } from '../factories/assessment-arbitraries';

if (!bundledFramework.ok) throw new Error('bundled criteria are invalid');
const framework = bundledFramework.value;
const LEGACY_FIXTURE = readFileSync(join(import.meta.dirname, '../fixtures/persisted/state-v1.json'), 'utf8');

/** A browser: one IndexedDB and one localStorage, shared by its tabs. */
function createBrowser() {
  const values = new Map<string, string>();
  const localStorage = {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
    clear: () => values.clear(),
    key: () => null,
    length: 0,
  } as unknown as Storage;
  return { indexedDB: new IDBFactory(), localStorage, values, channelName: `tabs-${Math.random()}` };
}
type Browser = ReturnType<typeof createBrowser>;

type Tab = {
  repository: Repository;
  index: () => ReadonlyMap<string, IndexEntry>;
  view: (id: string) => DocumentView | undefined;
  writes: () => { pending: number; failure: string | null };
  problems: string[];
};

const openTabs: Tab[] = [];

/** A tab of the app: its own repository over the browser's storage. */
async function openTab(browser: Browser): Promise<Tab> {
  // y-indexeddb opens documents through the global factory.
  globalThis.indexedDB = browser.indexedDB;
  let index: ReadonlyMap<string, IndexEntry> = new Map();
  const views = new Map<string, DocumentView>();
  let writes = { pending: 0, failure: null as string | null };
  const problems: string[] = [];
  const repository = await createRepository(
    {
      onIndex: (next) => (index = next),
      onDocument: (id, view) => views.set(id, view),
      onWrites: (state) => (writes = state),
      onProblem: (problem) => problems.push(problem),
    },
    { indexedDB: browser.indexedDB, localStorage: browser.localStorage, channelName: browser.channelName },
  );
  const tab = {
    repository,
    index: () => index,
    view: (id: string) => views.get(id),
    writes: () => writes,
    problems,
  };
  openTabs.push(tab);
  return tab;
}

async function closeTab(tab: Tab): Promise<void> {
  await tab.repository.waitForWrites();
  await tab.repository.close();
  openTabs.splice(openTabs.indexOf(tab), 1);
}

afterEach(async () => {
  for (const tab of [...openTabs]) await closeTab(tab);
});

const huế: Assessment = {
  id: 'a1',
  profile: { name: 'Thành phố Huế', year: 2025 },
  answers: { 'broadband.isp-competition': { value: 2, notes: 'Ba nhà mạng' } },
  createdAt: '2025-03-01T08:00:00.000Z',
};

async function readAfterRestart(browser: Browser, id: string): Promise<Assessment | null> {
  const tab = await openTab(browser);
  const assessment = await tab.repository.read(id);
  await closeTab(tab);
  return assessment;
}

describe('each assessment stored on its own in IndexedDB', () => {
  it('keeps any assessment accepted at the door through store, restart, export and import unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(assessmentArbitrary(framework), async (pasted) => {
        const accepted = assessmentSchema.safeParse(pasted);
        if (!accepted.success) return; // refused at the door: nothing to keep
        const browser = createBrowser();
        const tab = await openTab(browser);
        tab.repository.put(accepted.data);
        await closeTab(tab);
        const reloaded = await readAfterRestart(browser, accepted.data.id);
        expect(reloaded).toEqual(accepted.data);
        const file = JSON.stringify(createCollectionFile(framework, [reloaded as Assessment]));
        const imported = parseImportText(file, framework);
        expect(imported.ok && imported.value[0]?.assessment).toEqual(accepted.data);
      }),
      { numRuns: 25 },
    );
  });

  it('lists assessments from the index after a restart without opening their documents', async () => {
    const browser = createBrowser();
    const tab = await openTab(browser);
    tab.repository.put(huế);
    tab.repository.put({ ...huế, id: 'a2', profile: { name: 'Đà Nẵng' } });
    await closeTab(tab);
    const next = await openTab(browser);
    expect([...next.index().keys()].sort()).toEqual(['a1', 'a2']);
    const entry = next.index().get('a1');
    expect(entry?.kind === 'ok' && entry.summary.answers['broadband.isp-competition']).toEqual({ value: 2 });
    expect(next.view('a1')).toBeUndefined();
  });

  it('reads the index as an earlier version stored it, and shows a damaged entry without hiding the others', async () => {
    const browser = createBrowser();
    const tab = await openTab(browser);
    tab.repository.put(huế);
    await closeTab(tab);
    // As the earlier version stored entries (the summary an object), and one damaged.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = browser.indexedDB.open(INDEX_DATABASE);
      request.onsuccess = () => resolve(request.result);
    });
    const transaction = db.transaction('entries', 'readwrite');
    transaction.objectStore('entries').put({ id: 'old', kind: 'ok', summary: { ...huế, id: 'old' } });
    transaction
      .objectStore('entries')
      .put({ id: 'torn', kind: 'ok', bytes: new TextEncoder().encode('{"id":"torn","prof') });
    await new Promise((resolve) => (transaction.oncomplete = resolve));
    db.close();
    const next = await openTab(browser);
    const old = next.index().get('old');
    expect(old?.kind === 'ok' && old.summary.profile.name).toBe('Thành phố Huế');
    expect(old?.kind === 'ok' && old.summary.answers).toEqual(huế.answers);
    expect(next.index().get('torn')).toMatchObject({ kind: 'unreadable', data: '{"id":"torn","prof' });
    expect(next.index().get('a1')?.kind).toBe('ok');
  });

  it('opens an index the earlier app made (version 1) and reads its entries as they were', async () => {
    const browser = createBrowser();
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = browser.indexedDB.open(INDEX_DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('entries', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
    });
    const transaction = db.transaction('entries', 'readwrite');
    const { notes: _notes, ...answer } = huế.answers['broadband.isp-competition'] ?? { value: 'na' };
    const summary = { ...huế, answers: { 'broadband.isp-competition': answer } };
    transaction
      .objectStore('entries')
      .put({ id: 'a1', kind: 'ok', bytes: new TextEncoder().encode(JSON.stringify(summary)) });
    await new Promise((resolve) => (transaction.oncomplete = resolve));
    db.close();
    const tab = await openTab(browser);
    const entry = tab.index().get('a1');
    expect(entry?.kind === 'ok' && entry.summary).toEqual(summary);
  });

  it('reads an entry’s answers only when asked, and damaged answers as none, never hiding the entry', async () => {
    const browser = createBrowser();
    const tab = await openTab(browser);
    tab.repository.put(huế);
    tab.repository.put({ ...huế, id: 'other', profile: { name: 'Đà Nẵng', year: 2024 } });
    await closeTab(tab);
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = browser.indexedDB.open(INDEX_DATABASE);
      request.onsuccess = () => resolve(request.result);
    });
    const store = db.transaction('entries', 'readwrite').objectStore('entries');
    const stored = await new Promise<{ answers: Uint8Array }>((resolve) => {
      const request = store.get('other');
      request.onsuccess = () => resolve(request.result as { answers: Uint8Array });
    });
    store.put({ ...stored, answers: new TextEncoder().encode('{"answers":{"broad') });
    await new Promise((resolve) => (store.transaction.oncomplete = resolve));
    db.close();
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    const next = await openTab(browser);
    const other = next.index().get('other');
    const first = next.index().get('a1');
    expect(other?.kind === 'ok' && other.summary.profile.name).toBe('Đà Nẵng');
    // Opening the list read no answers; the first look at them does.
    expect(decode).not.toHaveBeenCalled();
    // The index keeps no long texts: the notes stay in the document.
    expect(first?.kind === 'ok' && first.summary.answers).toEqual({
      'broadband.isp-competition': { value: 2 },
    });
    expect(decode).toHaveBeenCalledTimes(1);
    expect(other?.kind === 'ok' && other.summary.answers).toEqual({});
    decode.mockRestore();
  });

  it('stores every change at once, with no delay in which a crash could lose it', async () => {
    const browser = createBrowser();
    const tab = await openTab(browser);
    tab.repository.put(huế);
    await tab.repository.waitForWrites();
    tab.repository.change('a1', {
      kind: 'answer',
      questionId: 'broadband.isp-competition',
      patch: { notes: 'Bốn' },
    });
    expect(tab.writes().pending).toBeGreaterThan(0);
    await tab.repository.waitForWrites();
    expect(tab.writes()).toEqual({ pending: 0, failure: null });
    const reloaded = await readAfterRestart(browser, 'a1');
    expect(reloaded?.answers['broadband.isp-competition']?.notes).toBe('Bốn');
  });

  it('refuses a change that breaks the rules and leaves the stored assessment as it was', async () => {
    const tab = await openTab(createBrowser());
    tab.repository.put(huế);
    const problem = tab.repository.change('a1', { kind: 'target', criterionId: 'broadband', target: 140 });
    expect(problem?.field).toBe('target');
    expect(await tab.repository.read('a1')).toEqual(huế);
  });

  it('normalises text at the door: Word line breaks become line breaks, control characters go', async () => {
    const tab = await openTab(createBrowser());
    tab.repository.put(huế);
    tab.repository.change('a1', { kind: 'narrative', criterionId: 'broadband', text: 'Một\u000bHai\u0007' });
    expect((await tab.repository.read('a1'))?.narratives).toEqual({ broadband: 'Một\nHai' });
  });

  it('deletes an assessment with its database, and a restart does not bring it back', async () => {
    const browser = createBrowser();
    const tab = await openTab(browser);
    tab.repository.put(huế);
    await tab.repository.waitForWrites();
    await tab.repository.remove('a1');
    await closeTab(tab);
    const next = await openTab(browser);
    expect(next.index().has('a1')).toBe(false);
    expect(await next.repository.read('a1')).toBeNull();
  });
});

describe('two tabs of one browser', () => {
  async function twoTabs() {
    const browser = createBrowser();
    const first = await openTab(browser);
    first.repository.put(huế);
    await first.repository.waitForWrites();
    const second = await openTab(browser);
    await second.repository.read('a1');
    return { browser, first, second };
  }

  it('keep both of two profile fields edited at the same time', async () => {
    const { browser, first, second } = await twoTabs();
    first.repository.change('a1', { kind: 'profile', patch: { region: 'Bắc Trung Bộ' } });
    second.repository.change('a1', { kind: 'profile', patch: { country: 'Việt Nam' } });
    const expected = { name: 'Thành phố Huế', year: 2025, region: 'Bắc Trung Bộ', country: 'Việt Nam' };
    await vi.waitFor(() => {
      for (const tab of [first, second]) {
        const view = tab.view('a1');
        expect(view?.status === 'ready' && view.assessment.profile).toEqual(expected);
      }
    });
    await closeTab(first);
    await closeTab(second);
    expect((await readAfterRestart(browser, 'a1'))?.profile).toEqual(expected);
  });

  it("keep both an answer's value and its notes edited at the same time", async () => {
    const { browser, first, second } = await twoTabs();
    const questionId = 'broadband.isp-competition';
    first.repository.change('a1', { kind: 'answer', questionId, patch: { value: 4 } });
    second.repository.change('a1', { kind: 'answer', questionId, patch: { notes: 'Năm nhà mạng' } });
    await vi.waitFor(() => {
      for (const tab of [first, second]) {
        const view = tab.view('a1');
        expect(view?.status === 'ready' && view.assessment.answers[questionId]).toEqual({
          value: 4,
          notes: 'Năm nhà mạng',
        });
      }
    });
    await closeTab(first);
    await closeTab(second);
    expect((await readAfterRestart(browser, 'a1'))?.answers[questionId]).toEqual({
      value: 4,
      notes: 'Năm nhà mạng',
    });
  });

  it('keep an answer confirmed in one tab and its source typed in the other, the mark a field of its own', async () => {
    const { browser, first, second } = await twoTabs();
    const questionId = 'broadband.isp-competition';
    const answerIn = (tab: Tab) => {
      const view = tab.view('a1');
      return view?.status === 'ready' ? view.assessment.answers[questionId] : undefined;
    };
    first.repository.change('a1', { kind: 'answer', questionId, patch: { carriedOver: { fromYear: 2024 } } });
    await vi.waitFor(() => expect(answerIn(second)?.carriedOver).toEqual({ fromYear: 2024 }));
    first.repository.change('a1', { kind: 'answer', questionId, patch: { carriedOver: undefined } });
    second.repository.change('a1', { kind: 'answer', questionId, patch: { source: 'Sở TT&TT' } });
    const expected = { value: 2, notes: 'Ba nhà mạng', source: 'Sở TT&TT' };
    await vi.waitFor(() => {
      for (const tab of [first, second]) expect(answerIn(tab)).toEqual(expected);
    });
    await closeTab(first);
    await closeTab(second);
    expect((await readAfterRestart(browser, 'a1'))?.answers[questionId]).toEqual(expected);
  });

  it('merge two people typing into one narrative', async () => {
    const { first, second } = await twoTabs();
    first.repository.change('a1', { kind: 'narrative', criterionId: 'broadband', text: 'Cáp quang.' });
    await vi.waitFor(() => expect(second.view('a1')?.status === 'ready').toBe(true));
    await vi.waitFor(() => {
      const view = second.view('a1');
      expect(view?.status === 'ready' && view.assessment.narratives?.broadband).toBe('Cáp quang.');
    });
    first.repository.change('a1', { kind: 'narrative', criterionId: 'broadband', text: 'Cáp quang. 5G.' });
    second.repository.change('a1', {
      kind: 'narrative',
      criterionId: 'broadband',
      text: 'Wi-Fi. Cáp quang.',
    });
    await vi.waitFor(() => {
      for (const tab of [first, second]) {
        const view = tab.view('a1');
        expect(view?.status === 'ready' && view.assessment.narratives?.broadband).toBe(
          'Wi-Fi. Cáp quang. 5G.',
        );
      }
    });
  });

  it('keep two respondents answering in two tabs at the same time, after a restart too', async () => {
    const { browser, first, second } = await twoTabs();
    for (const respondent of [
      { id: 'ict', name: 'Sở TT&TT' },
      { id: 'edu', name: 'Sở GD&ĐT' },
    ]) {
      first.repository.change('a1', { kind: 'add-respondent', respondent });
    }
    await vi.waitFor(() => {
      const view = second.view('a1');
      expect(view?.status === 'ready' && view.assessment.respondents?.length).toBe(2);
    });
    const questionId = 'broadband.provider-choice';
    first.repository.change('a1', { kind: 'response', respondentId: 'ict', questionId, patch: { value: 3 } });
    second.repository.change('a1', {
      kind: 'response',
      respondentId: 'edu',
      questionId,
      patch: { value: 1 },
    });
    const expected = { ict: { [questionId]: { value: 3 } }, edu: { [questionId]: { value: 1 } } };
    await vi.waitFor(() => {
      for (const tab of [first, second]) {
        const view = tab.view('a1');
        expect(view?.status === 'ready' && view.assessment.responses).toEqual(expected);
      }
    });
    await closeTab(first);
    await closeTab(second);
    expect((await readAfterRestart(browser, 'a1'))?.responses).toEqual(expected);
  });

  it('see an assessment deleted in the other tab leave the list', async () => {
    const { first, second } = await twoTabs();
    await first.repository.remove('a1');
    await vi.waitFor(() => expect(second.index().has('a1')).toBe(false));
    expect(second.view('a1')).toEqual({ status: 'missing' });
  });
});

describe('the move from localStorage (saved state version 1)', () => {
  const fixtureIds = Object.keys(
    (JSON.parse(LEGACY_FIXTURE) as { state: { assessments: object } }).state.assessments,
  );

  it('keeps every assessment of the frozen fixture (answers to changed questions kept for review), then marks the move done and leaves the old value', async () => {
    const browser = createBrowser();
    browser.values.set(STORAGE_KEY, LEGACY_FIXTURE);
    const tab = await openTab(browser);
    const original = JSON.parse(LEGACY_FIXTURE) as {
      state: { assessments: Record<string, { assessment: unknown }> };
    };
    for (const id of fixtureIds) {
      const expected = upgradeAssessmentTo2(
        assessmentSchema.parse(original.state.assessments[id]?.assessment),
      );
      expect(await tab.repository.read(id)).toEqual(expected);
    }
    expect(browser.values.get(MOVED_KEY)).toBeDefined();
    expect(browser.values.get(STORAGE_KEY)).toBe(LEGACY_FIXTURE);
    await closeTab(tab);
    const next = await openTab(browser);
    expect([...next.index().keys()]).toEqual(fixtureIds);
    // The start after the move lets the old value go.
    expect(browser.values.has(STORAGE_KEY)).toBe(false);
  });

  it('starts an interrupted move again cleanly, without doubling anything', async () => {
    const browser = createBrowser();
    browser.values.set(STORAGE_KEY, LEGACY_FIXTURE);
    const storage = browser.localStorage;
    const setItem = (key: string, value: string) => void browser.values.set(key, value);
    storage.setItem = () => {
      throw new DOMException('interrupted', 'QuotaExceededError');
    };
    await closeTab(await openTab(browser));
    expect(browser.values.has(MOVED_KEY)).toBe(false);
    storage.setItem = setItem;
    const tab = await openTab(browser);
    expect(browser.values.has(MOVED_KEY)).toBe(true);
    expect([...tab.index().keys()]).toEqual(fixtureIds);
  });

  it('keeps an assessment that breaks the rules aside, as unreadable, without hiding the others', async () => {
    const original = JSON.parse(LEGACY_FIXTURE) as {
      state: { assessments: Record<string, { assessment: { answers: Record<string, { notes?: string }> } }> };
    };
    const good = structuredClone(original.state.assessments[fixtureIds[0] ?? '']);
    if (!good) throw new Error('fixture is empty');
    const bad = structuredClone(good);
    (bad.assessment as unknown as { id: string }).id = 'too-long';
    bad.assessment.answers['broadband.isp-competition'] = { notes: 'x'.repeat(100_001) };
    original.state.assessments['too-long'] = bad;
    const browser = createBrowser();
    browser.values.set(STORAGE_KEY, JSON.stringify(original));
    const tab = await openTab(browser);
    expect(tab.index().get(fixtureIds[0] ?? '')?.kind).toBe('ok');
    const unreadable = [...tab.index().values()].filter((entry) => entry.kind === 'unreadable');
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]?.kind === 'unreadable' && unreadable[0].reason).toMatch(/notes.*at most 100000/);
    expect(unreadable[0]?.kind === 'unreadable' && JSON.parse(unreadable[0].data)).toEqual(bad.assessment);
  });

  it('keeps saved data that is not JSON once, not once per start, until the user removes it', async () => {
    const browser = createBrowser();
    browser.values.set(STORAGE_KEY, '{"state": {"assessments": broken');
    await closeTab(await openTab(browser));
    const tab = await openTab(browser);
    const unreadable = [...tab.index().values()].filter((entry) => entry.kind === 'unreadable');
    expect(unreadable).toHaveLength(1);
    await tab.repository.remove(unreadable[0]?.id ?? '');
    await closeTab(tab);
    expect((await openTab(browser)).index().size).toBe(0);
  });
});

describe('storage faults', () => {
  it('reports a full disk, keeps the change in memory, and writes it with the next change that fits', async () => {
    const browser = createBrowser();
    const tab = await openTab(browser);
    tab.repository.put(huế);
    await tab.repository.waitForWrites();
    const { IDBObjectStore } = await import('fake-indexeddb');
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    tab.repository.change('a1', { kind: 'profile', patch: { region: 'Bắc Trung Bộ' } });
    await tab.repository.waitForWrites();
    expect(tab.writes().failure).toBe('QuotaExceededError');
    spy.mockRestore();
    tab.repository.change('a1', { kind: 'profile', patch: { country: 'Việt Nam' } });
    await tab.repository.waitForWrites();
    expect(tab.writes()).toEqual({ pending: 0, failure: null });
    await closeTab(tab);
    expect((await readAfterRestart(browser, 'a1'))?.profile).toMatchObject({
      region: 'Bắc Trung Bộ',
      country: 'Việt Nam',
    });
  });

  it('works in memory and says so when IndexedDB cannot be opened', async () => {
    const browser = createBrowser();
    const broken = {
      open: () => {
        throw new DOMException('no storage here', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const tab = await openTab({ ...browser, indexedDB: broken });
    expect(tab.writes().failure).toBe('SecurityError');
    tab.repository.put(huế);
    tab.repository.change('a1', { kind: 'profile', patch: { region: 'Bắc Trung Bộ' } });
    expect((await tab.repository.read('a1'))?.profile.region).toBe('Bắc Trung Bộ');
    expect((await tab.repository.readAll()).assessments).toHaveLength(1);
  });

  it('lets go of the database when a newer version of the app asks for it in another tab', async () => {
    const browser = createBrowser();
    const tab = await openTab(browser);
    // A version above this app's own, as the next app's would be.
    const current = await new Promise<number>((resolve) => {
      const probe = browser.indexedDB.open(INDEX_DATABASE);
      probe.onsuccess = () => {
        probe.result.close();
        resolve(probe.result.version);
      };
    });
    const request = browser.indexedDB.open(INDEX_DATABASE, current + 1);
    await new Promise((resolve) => (request.onsuccess = resolve));
    request.result.close();
    expect(tab.problems).toEqual(['newer-elsewhere']);
  });
});
