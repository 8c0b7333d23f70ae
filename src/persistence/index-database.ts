import type { Assessment } from '../domain/assessment/assessment-schema';

/**
 * The list's index: one small record per assessment, so the list opens without reading every
 * document. It is derived from the documents (each tab rewrites an entry from its merged document),
 * so it needs no merging of its own.
 */
export type IndexEntry =
  | { id: string; kind: 'ok'; summary: Assessment }
  /** Kept as found, for the user to download and import back; never hides the others. */
  | { id: string; kind: 'unreadable'; name: string; reason: string; data: string };

export const INDEX_DATABASE = 'icf-self-assessment-index';
const INDEX_VERSION = 1;
const ENTRIES = 'entries';

export type IndexDatabase = {
  readAll: () => Promise<IndexEntry[]>;
  put: (entry: IndexEntry) => Promise<void>;
  remove: (id: string) => Promise<void>;
  close: () => void;
};

export type OpenProblem = 'unavailable' | 'blocked' | 'newer-elsewhere';

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function commit(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new DOMException('aborted', 'AbortError'));
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
  });
}

/**
 * Opens the index. `onProblem` hears of an upgrade blocked by another tab, and of another tab (a
 * newer version of the app) asking to upgrade: this tab then lets go of the database at once.
 */
export function openIndexDatabase(
  factory: IDBFactory,
  onProblem: (problem: OpenProblem) => void,
): Promise<IndexDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(INDEX_DATABASE, INDEX_VERSION);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(ENTRIES)) db.createObjectStore(ENTRIES, { keyPath: 'id' });
    };
    request.onblocked = () => onProblem('blocked');
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => {
        db.close();
        onProblem('newer-elsewhere');
      };
      const write = async (change: (store: IDBObjectStore) => void) => {
        const transaction = db.transaction(ENTRIES, 'readwrite');
        change(transaction.objectStore(ENTRIES));
        await commit(transaction);
      };
      resolve({
        readAll: () =>
          settle(db.transaction(ENTRIES).objectStore(ENTRIES).getAll() as IDBRequest<IndexEntry[]>),
        put: (entry) => write((store) => store.put(entry)),
        remove: (id) => write((store) => store.delete(id)),
        close: () => db.close(),
      });
    };
  });
}
