import * as Y from 'yjs';

import {
  applyChange,
  checkChange,
  type AssessmentChange,
  type ChangeProblem,
} from '../domain/assessment/assessment-change';
import { assessmentSchema, type Assessment } from '../domain/assessment/assessment-schema';
import { formatIssuePath } from '../domain/format-issue-path';
import { isSameData } from '../domain/is-same-data';
import { applyChangeToDoc, isEmptyDoc, readAssessmentData, writeAssessment } from './assessment-doc';
import { attachDocStorage, docDatabaseName, type DocStorage, type WriteReport } from './doc-storage';
import type { IndexDatabase, IndexEntry, OpenProblem } from './index-database';
import { readLegacySavedState } from './legacy-saved-state';
import { openListedIndex, type ListedIndex } from './listed-index';
import { nameError } from './name-error';
import { MOVED_KEY, STORAGE_KEY } from './persisted-state-key';
import { summarizeForIndex } from './summarize-for-index';
import { TAB_CHANNEL, type TabChannel, type TabMessage } from './tab-sync';

/** What a screen sees of one assessment's document. */
export type DocumentView =
  | { status: 'loading' }
  | { status: 'ready'; assessment: Assessment }
  | { status: 'unreadable'; reason: string; data: string }
  | { status: 'missing' };

export type RepositoryEvents = {
  onIndex: (index: ReadonlyMap<string, IndexEntry>) => void;
  onDocument: (id: string, view: DocumentView) => void;
  onWrites: (state: { pending: number; failure: string | null }) => void;
  onProblem: (problem: OpenProblem | 'refused') => void;
};

export type RepositoryOptions = {
  indexedDB?: IDBFactory | undefined;
  localStorage?: Storage | undefined;
  channelName?: string;
  now?: () => Date;
  /** The index and tab channel, when they were opened ahead of this code (see listed-index.ts). */
  listed?: ListedIndex;
};

type OpenDoc = { doc: Y.Doc; storage: DocStorage | null; loaded: Promise<void>; view: DocumentView };

/** The origin of updates that came from another tab: applied, stored, never sent back. */
const FROM_TAB = Symbol('from another tab');
/** Index entries whose only change is the time are rewritten at most this often. */
const INDEX_TIME_ONLY_INTERVAL_MS = 30_000;

export type Repository = ReturnType<typeof createRepository> extends Promise<infer R> ? R : never;

/**
 * Assessments kept one Yjs document each in IndexedDB, a small index for the list, and tabs kept in
 * step over a BroadcastChannel. When IndexedDB cannot be used, documents live in memory and the user
 * is told (and offered a download of everything).
 */
export async function createRepository(events: RepositoryEvents, options: RepositoryOptions = {}) {
  const factory = options.indexedDB ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
  const now = options.now ?? (() => new Date());
  const docs = new Map<string, OpenDoc>();
  let index: ReadonlyMap<string, IndexEntry> = new Map();
  let indexDb: IndexDatabase | null = null;
  let pending = 0;
  let failure: string | null = null;
  const indexedAt = new Map<string, number>();

  let idleWaiters: (() => void)[] = [];
  // A failure is kept until the same source writes successfully again: a document then writes its
  // whole state, so what the failed write held is in storage after all.
  const failures = new Map<string, string>();
  const settled = () => {
    failure = failures.values().next().value ?? null;
    events.onWrites({ pending, failure });
    if (pending > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };
  const reportFor = (source: string): WriteReport => ({
    started: () => {
      pending += 1;
      events.onWrites({ pending, failure });
    },
    finished: () => {
      pending -= 1;
      failures.delete(source);
      settled();
    },
    failed: (reason) => {
      pending -= 1;
      failures.set(source, reason);
      settled();
    },
  });
  /** Resolves once every write so far has succeeded or failed. */
  const waitForWrites = (): Promise<void> =>
    pending === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve));

  const track = async (write: Promise<void>, source = 'index') => {
    const report = reportFor(source);
    report.started();
    try {
      await write;
      report.finished();
    } catch (error) {
      report.failed(nameError(error));
    }
  };

  const listed = options.listed ?? (await openListedIndex(factory, options.channelName ?? TAB_CHANNEL));
  indexDb = listed.database;
  failure = listed.failure;
  if (!indexDb) events.onWrites({ pending, failure: failure ?? 'unavailable' });

  const setIndex = (next: ReadonlyMap<string, IndexEntry>) => {
    index = next;
    events.onIndex(index);
  };

  const putIndexEntry = (entry: IndexEntry, { isFromTab = false } = {}) => {
    const next = new Map(index);
    next.set(entry.id, entry);
    setIndex(next);
    if (isFromTab) return;
    if (indexDb) void track(indexDb.put(entry));
    channel.post({ type: 'index', entry });
  };

  const removeIndexEntry = (id: string, { isFromTab = false } = {}) => {
    if (!index.has(id)) return;
    const next = new Map(index);
    next.delete(id);
    setIndex(next);
    if (!isFromTab && indexDb) void track(indexDb.remove(id));
  };

  const setView = (id: string, open: OpenDoc, view: DocumentView) => {
    open.view = view;
    events.onDocument(id, view);
  };

  /** Reads the document through the one set of rules, and keeps the index in step with it. */
  const refresh = (id: string, open: OpenDoc, { isFromTab = false } = {}) => {
    if (isEmptyDoc(open.doc)) {
      setView(id, open, { status: 'missing' });
      return;
    }
    const data = readAssessmentData(open.doc);
    const parsed = assessmentSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const reason = issue ? `${formatIssuePath(issue.path)}: ${issue.message}` : 'invalid';
      setView(id, open, { status: 'unreadable', reason, data: JSON.stringify(data) });
      return;
    }
    setView(id, open, { status: 'ready', assessment: parsed.data });
    if (isFromTab) return;
    const summary = summarizeForIndex(parsed.data);
    const current = index.get(id);
    const isSame =
      current?.kind === 'ok' &&
      isSameData({ ...current.summary, updatedAt: undefined }, { ...summary, updatedAt: undefined });
    const time = Date.now();
    if (isSame && time - (indexedAt.get(id) ?? 0) < INDEX_TIME_ONLY_INTERVAL_MS) return;
    indexedAt.set(id, time);
    putIndexEntry({ id, kind: 'ok', summary });
  };

  const onTabMessage = (message: TabMessage) => {
    switch (message.type) {
      case 'update': {
        const open = docs.get(message.id);
        if (open) Y.applyUpdate(open.doc, message.update, FROM_TAB);
        break;
      }
      case 'hello': {
        const open = docs.get(message.id);
        if (open && !isEmptyDoc(open.doc)) {
          channel.post({
            type: 'update',
            id: message.id,
            update: Y.encodeStateAsUpdate(open.doc, message.stateVector),
          });
        }
        break;
      }
      case 'index':
        putIndexEntry(message.entry, { isFromTab: true });
        break;
      case 'removed': {
        removeIndexEntry(message.id, { isFromTab: true });
        const open = docs.get(message.id);
        if (open) {
          docs.delete(message.id);
          void open.storage?.destroy();
          events.onDocument(message.id, { status: 'missing' });
        }
        break;
      }
    }
  };
  const channel: TabChannel = listed.channel;
  // The very map the list may already show: no new one, so nothing draws twice. Before the tabs'
  // messages that came meanwhile, which change it.
  if (indexDb) setIndex(listed.index);
  listed.takeOver({
    onProblem: (problem) => {
      if (problem === 'newer-elsewhere') indexDb = null;
      events.onProblem(problem);
    },
    onTabMessage,
  });

  const deleteDatabase = (name: string): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (!factory) {
        resolve();
        return;
      }
      const request = factory.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('delete failed'));
    });

  /**
   * A document in memory, stored in IndexedDB when it can be, and in step with other tabs. `before`
   * is what must finish before storage attaches (clearing what a deleted assessment left).
   */
  const attach = (id: string, doc: Y.Doc, before: Promise<void> = Promise.resolve()): OpenDoc => {
    const opened: OpenDoc = { doc, storage: null, loaded: Promise.resolve(), view: { status: 'loading' } };
    if (indexDb && factory) {
      const report = reportFor(`document ${id}`);
      report.started();
      opened.loaded = before
        .then(() => {
          if (docs.get(id) !== opened) return;
          opened.storage = attachDocStorage(doc, id, report);
          return opened.storage.loaded;
        })
        .then(report.finished, (error: unknown) => report.failed(nameError(error)));
    }
    docs.set(id, opened);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_TAB && origin !== opened.storage?.origin)
        channel.post({ type: 'update', id, update });
      refresh(id, opened, { isFromTab: origin === FROM_TAB });
    });
    return opened;
  };

  const open = (id: string): OpenDoc | null => {
    const existing = docs.get(id);
    if (existing) return existing;
    // An id nobody stored (a mistyped link) must not create an empty database.
    if (!index.has(id)) return null;
    const opened = attach(id, new Y.Doc());
    void opened.loaded.then(() => {
      channel.post({ type: 'hello', id, stateVector: Y.encodeStateVector(opened.doc) });
      const entry = index.get(id);
      if (isEmptyDoc(opened.doc) && entry?.kind === 'unreadable') {
        setView(id, opened, { status: 'unreadable', reason: entry.reason, data: entry.data });
      } else {
        refresh(id, opened);
      }
    });
    return opened;
  };

  const put = (assessment: Assessment): void => {
    const { id } = assessment;
    const existing = docs.get(id);
    if (existing) {
      writeAssessment(existing.doc, assessment);
      return;
    }
    if (index.has(id)) {
      // Replaced in its own document, so tabs that hold it open end up with exactly this too.
      const opened = open(id);
      void opened?.loaded.then(() => writeAssessment(opened.doc, assessment));
      return;
    }
    const doc = new Y.Doc();
    writeAssessment(doc, assessment);
    // Anything a database under this id still holds (a deletion cut short) is cleared first.
    const opened = attach(
      id,
      doc,
      indexDb ? deleteDatabase(docDatabaseName(id)).catch(() => undefined) : undefined,
    );
    refresh(id, opened);
  };

  const loadedDocument = async (id: string): Promise<Assessment | null> => {
    const opened = open(id);
    if (!opened) return null;
    await opened.loaded;
    return opened.view.status === 'ready' ? opened.view.assessment : null;
  };

  // The first start after the move to IndexedDB: the old value is moved, checked, and only then
  // marked as moved; it is never deleted here. An interrupted move starts again from the top.
  const legacyStorage = options.localStorage;
  const legacyRaw = (() => {
    try {
      if (!legacyStorage) return null;
      if (legacyStorage.getItem(MOVED_KEY) === null) return legacyStorage.getItem(STORAGE_KEY);
      // Moved and checked on an earlier start: the old value has served its turn. Left in place it
      // would cost every start (the browser loads all of localStorage at once) and hold its quota.
      legacyStorage.removeItem(STORAGE_KEY);
      return null;
    } catch {
      return null;
    }
  })();

  if (legacyRaw !== null && indexDb) {
    const content = readLegacySavedState(legacyRaw);
    for (const assessment of content.assessments) put(assessment);
    for (const entry of content.unreadable) putIndexEntry(entry);
    const moved = await Promise.all(content.assessments.map((a) => loadedDocument(a.id)));
    const isComplete = moved.every((assessment, i) => {
      const original = content.assessments[i];
      return assessment !== null && original !== undefined && isSameData(assessment, original);
    });
    await waitForWrites();
    if (isComplete && failure === null) {
      try {
        legacyStorage?.setItem(MOVED_KEY, now().toISOString());
      } catch {
        // The marker could not be written: the next start moves again, which changes nothing.
      }
    }
  }

  return {
    index: () => index,
    /** Opens a document for a screen; its view arrives through `onDocument`. */
    open: (id: string) => {
      if (!open(id)) events.onDocument(id, { status: 'missing' });
    },
    view: (id: string): DocumentView | undefined => docs.get(id)?.view,
    /** Checks and applies a change; returns the problem when the change breaks the rules. */
    change: (id: string, change: AssessmentChange): ChangeProblem | null => {
      const checked = checkChange(change);
      if (!checked.ok) return checked.errors[0] ?? { field: '', message: 'invalid' };
      const opened = docs.get(id);
      if (!opened || opened.view.status !== 'ready') return { field: '', message: 'not open' };
      const next = applyChange(opened.view.assessment, checked.value);
      if (isSameData(next, opened.view.assessment)) return null;
      applyChangeToDoc(opened.doc, checked.value, now().toISOString());
      return null;
    },
    /** Makes the stored assessment exactly this one (new, restored, imported, or replaced). */
    put,
    /**
     * The document itself, once storage has loaded it: what a team's sync attaches to, so that
     * the local copy and the team's are one document. Null for an id nobody stored.
     */
    loadedDoc: async (id: string): Promise<Y.Doc | null> => {
      const opened = open(id);
      if (!opened) return null;
      await opened.loaded;
      return docs.get(id) === opened ? opened.doc : null;
    },
    /**
     * Merges a document's state (a team's copy, as it arrived) into the assessment with this id,
     * keeping its history, so later edits from either side merge item by item. A local copy that
     * shares no history with it (made apart, e.g. imported from a file) is left as it is: merging
     * two unrelated histories would set every narrative twice, one after the other.
     */
    mergeState: async (id: string, update: Uint8Array): Promise<'merged' | 'unrelated'> => {
      if (index.has(id) || docs.has(id)) {
        const opened = open(id) ?? docs.get(id);
        if (!opened) return 'unrelated';
        await opened.loaded;
        const local = Y.decodeStateVector(Y.encodeStateVector(opened.doc));
        const incoming = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update));
        const isRelated = [...incoming.keys()].some((client) => local.has(client));
        if (!isRelated && !isEmptyDoc(opened.doc)) return 'unrelated';
        Y.applyUpdate(opened.doc, update);
        return 'merged';
      }
      const doc = new Y.Doc();
      Y.applyUpdate(doc, update);
      const opened = attach(
        id,
        doc,
        indexDb ? deleteDatabase(docDatabaseName(id)).catch(() => undefined) : undefined,
      );
      refresh(id, opened);
      await opened.loaded;
      return 'merged';
    },
    read: loadedDocument,
    remove: async (id: string): Promise<void> => {
      const opened = docs.get(id);
      docs.delete(id);
      removeIndexEntry(id);
      channel.post({ type: 'removed', id });
      events.onDocument(id, { status: 'missing' });
      if (opened?.storage) await opened.storage.destroy();
      if (indexDb) await track(deleteDatabase(docDatabaseName(id)), `document ${id}`);
    },
    /** Every assessment in full, and what could not be read: for "Download all my data". */
    readAll: async (): Promise<{ assessments: Assessment[]; unreadable: string[] }> => {
      const assessments: Assessment[] = [];
      const unreadable: string[] = [];
      for (const entry of index.values()) {
        if (entry.kind === 'unreadable') {
          unreadable.push(entry.data);
          continue;
        }
        const assessment = await loadedDocument(entry.id);
        if (assessment) assessments.push(assessment);
      }
      for (const [id, opened] of docs) {
        if (!index.has(id) && opened.view.status === 'ready') assessments.push(opened.view.assessment);
      }
      return { assessments, unreadable };
    },
    waitForWrites,
    close: async () => {
      channel.close();
      await Promise.all([...docs.values()].map((opened) => opened.storage?.destroy() ?? Promise.resolve()));
      docs.clear();
      indexDb?.close();
    },
  };
}
