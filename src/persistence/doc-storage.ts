import { IndexeddbPersistence, PREFERRED_TRIM_SIZE, storeState } from 'y-indexeddb';
import * as Y from 'yjs';

import { nameError } from './name-error';

export const docDatabaseName = (id: string) => `icf-self-assessment:${id}`;

/** How writes are going, reported so the header can tell the truth. */
export type WriteReport = {
  started: () => void;
  finished: () => void;
  failed: (reason: string) => void;
};

export type DocStorage = {
  /** Resolves once what IndexedDB held is in the document; rejects when IndexedDB cannot be used. */
  loaded: Promise<void>;
  /** The origin of the updates that come from IndexedDB, which are not news to other tabs. */
  origin: unknown;
  destroy: () => Promise<void>;
};

const COMPACT_DELAY_MS = 1000;

/**
 * Keeps a document in IndexedDB with y-indexeddb's layout and loading, but with writes this app can
 * watch: each update is written at once in its own transaction (no debounce, so a crash right
 * after typing loses nothing), its success or failure is reported, and after a failure the whole
 * state is written again so that nothing a failed write held stays missing.
 */
export function attachDocStorage(doc: Y.Doc, id: string, report: WriteReport): DocStorage {
  const persistence = new IndexeddbPersistence(docDatabaseName(id), doc);
  doc.off('update', persistence._storeUpdate);
  let needsWholeState = true;
  let compactTimer: ReturnType<typeof setTimeout> | undefined;

  const write = (update: Uint8Array) => {
    const db = persistence.db;
    if (!db || persistence._destroyed) return;
    const isWholeState = needsWholeState;
    report.started();
    try {
      const transaction = db.transaction(['updates'], 'readwrite');
      transaction.objectStore('updates').add(isWholeState ? Y.encodeStateAsUpdate(doc) : update);
      transaction.oncomplete = () => {
        if (isWholeState) needsWholeState = false;
        report.finished();
      };
      transaction.onabort = () => {
        needsWholeState = true;
        report.failed(nameError(transaction.error));
      };
    } catch (error) {
      needsWholeState = true;
      report.failed(nameError(error));
      return;
    }
    persistence._dbsize += 1;
    if (persistence._dbsize >= PREFERRED_TRIM_SIZE && compactTimer === undefined) {
      compactTimer = setTimeout(() => {
        compactTimer = undefined;
        if (!persistence._destroyed) void storeState(persistence, false).catch(() => undefined);
      }, COMPACT_DELAY_MS);
    }
  };

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== persistence) write(update);
  };
  doc.on('update', onUpdate);

  const loaded = new Promise<void>((resolve, reject) => {
    persistence._db.catch((error: unknown) =>
      reject(error instanceof Error ? error : new Error(nameError(error))),
    );
    void persistence.whenSynced.then(() => {
      // Whatever was typed before the database opened: written now, and watched like any write.
      write(Y.encodeStateAsUpdate(doc));
      resolve();
    });
  });

  return {
    loaded,
    origin: persistence,
    destroy: async () => {
      clearTimeout(compactTimer);
      doc.off('update', onUpdate);
      await persistence.destroy().catch(() => undefined);
    },
  };
}
