import { openIndexDatabase, type IndexDatabase, type IndexEntry, type OpenProblem } from './index-database';
import { nameError } from './name-error';
import { openTabChannel, type TabChannel, type TabMessage } from './tab-sync';

/**
 * The first part of the storage's start: the tab channel and the list's index, opened without the
 * document code (Yjs, y-indexeddb, zod), so that the list can be drawn before that code has loaded.
 * What other tabs and the database say in the meantime is kept, and handed to the repository when it
 * takes them over.
 */
export type ListedIndex = {
  database: IndexDatabase | null;
  /** Why the database could not be opened, when it could not. */
  failure: string | null;
  index: ReadonlyMap<string, IndexEntry>;
  channel: TabChannel;
  /** Sends everything heard so far, then everything to come, to these listeners. */
  takeOver: (listeners: {
    onProblem: (problem: OpenProblem) => void;
    onTabMessage: (message: TabMessage) => void;
  }) => void;
};

export async function openListedIndex(
  factory: IDBFactory | undefined,
  channelName: string,
): Promise<ListedIndex> {
  const heard: ({ problem: OpenProblem } | { message: TabMessage })[] = [];
  let onProblem: (problem: OpenProblem) => void = (problem) => void heard.push({ problem });
  let onTabMessage: (message: TabMessage) => void = (message) => void heard.push({ message });
  // The channel opens before the index is read, so that no entry another tab writes in between is missed.
  const channel = openTabChannel(channelName, (message) => onTabMessage(message));
  let database: IndexDatabase | null = null;
  let failure: string | null = factory ? null : 'unavailable';
  if (factory) {
    try {
      database = await openIndexDatabase(factory, (problem) => onProblem(problem));
    } catch (error) {
      failure = nameError(error);
    }
  }
  const entries = database ? await database.readAll() : [];
  return {
    database,
    failure,
    index: new Map(entries.map((entry) => [entry.id, entry])),
    channel,
    takeOver: (listeners) => {
      ({ onProblem, onTabMessage } = listeners);
      for (const item of heard.splice(0)) {
        if ('problem' in item) onProblem(item.problem);
        else onTabMessage(item.message);
      }
    },
  };
}
