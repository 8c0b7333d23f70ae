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
/**
 * 2: entries keep their answers apart (see StoredEntry). Entries of 1 read as they are; the version
 * is raised so that a tab still running the earlier app, which cannot read the new entries, is told
 * a newer version runs elsewhere and lets go, instead of listing them as unreadable.
 */
const INDEX_VERSION = 2;
const ENTRIES = 'entries';

export type IndexDatabase = {
  readAll: () => Promise<IndexEntry[]>;
  put: (entry: IndexEntry) => Promise<void>;
  remove: (id: string) => Promise<void>;
  close: () => void;
};

export type OpenProblem = 'unavailable' | 'blocked' | 'newer-elsewhere';

/**
 * An entry as stored. The summary's answers (and respondents' answers) are kept apart, as UTF-8 JSON
 * bytes, and read only when something asks for them: the list orders a thousand assessments by their
 * head (name, year, last edit) and scores only the cards it draws. Parsing every entry's answers took
 * more of a cold start at 1,000 assessments than anything else (3.5 MB, 60–190 ms here), and byte
 * arrays come back from IndexedDB far quicker than objects of sixty answers each. Entries earlier
 * versions stored (the whole summary as bytes, or as an object) are read as they are.
 */
type StoredEntry =
  | { id: string; kind: 'ok'; head: SummaryHead; answers: Uint8Array; hasResponses: boolean }
  | { id: string; kind: 'ok'; bytes: Uint8Array }
  | { id: string; kind: 'ok'; summary: Assessment }
  | Extract<IndexEntry, { kind: 'unreadable' }>;

type SummaryHead = Omit<Assessment, 'answers' | 'responses'>;
type SummaryAnswers = Pick<Assessment, 'answers' | 'responses'>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function toStored(entry: IndexEntry): StoredEntry {
  if (entry.kind !== 'ok') return entry;
  const { answers, responses, ...head } = entry.summary;
  const hasResponses = responses !== undefined;
  const kept: SummaryAnswers = hasResponses ? { answers, responses } : { answers };
  return { id: entry.id, kind: 'ok', head, answers: encoder.encode(JSON.stringify(kept)), hasResponses };
}

/**
 * The summary with its answers read on first use. The index is derived from the documents: answers
 * that cannot be parsed (only a damaged database holds such bytes) read as none until the document
 * is next opened, which writes its entry afresh. The head, with the name, is intact either way.
 */
function withAnswersOnDemand(head: SummaryHead, bytes: Uint8Array, hasResponses: boolean): Assessment {
  let read: SummaryAnswers | undefined;
  const readAnswers = (): SummaryAnswers => {
    if (read) return read;
    try {
      read = JSON.parse(decoder.decode(bytes)) as SummaryAnswers;
    } catch {
      read = { answers: {} };
    }
    return read;
  };
  const summary = { ...head } as Assessment;
  Object.defineProperty(summary, 'answers', {
    enumerable: true,
    configurable: true,
    get: () => readAnswers().answers,
  });
  if (hasResponses)
    Object.defineProperty(summary, 'responses', {
      enumerable: true,
      configurable: true,
      get: () => readAnswers().responses,
    });
  return summary;
}

function fromStored(stored: StoredEntry): IndexEntry {
  if (stored.kind !== 'ok' || 'summary' in stored) return stored;
  if ('head' in stored)
    return {
      id: stored.id,
      kind: 'ok',
      summary: withAnswersOnDemand(stored.head, stored.answers, stored.hasResponses),
    };
  const text = decoder.decode(stored.bytes);
  try {
    return { id: stored.id, kind: 'ok', summary: JSON.parse(text) as Assessment };
  } catch (error) {
    // Only a damaged database gets here: the entry is shown as unreadable rather than hidden.
    return {
      id: stored.id,
      kind: 'unreadable',
      name: stored.id,
      reason: error instanceof Error ? error.message : String(error),
      data: text,
    };
  }
}

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
        readAll: async () =>
          (
            await settle(db.transaction(ENTRIES).objectStore(ENTRIES).getAll() as IDBRequest<StoredEntry[]>)
          ).map(fromStored),
        put: (entry) => write((store) => store.put(toStored(entry))),
        remove: (id) => write((store) => store.delete(id)),
        close: () => db.close(),
      });
    };
  });
}
