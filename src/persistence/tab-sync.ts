import type { IndexEntry } from './index-database';

/** What tabs of one browser tell each other. Documents travel as Yjs updates, which merge in any order. */
export type TabMessage =
  | { type: 'update'; id: string; update: Uint8Array }
  /** A tab that opened a document asks the others for anything it lacks. */
  | { type: 'hello'; id: string; stateVector: Uint8Array }
  | { type: 'index'; entry: IndexEntry }
  | { type: 'removed'; id: string };

export const TAB_CHANNEL = 'icf-self-assessment-tabs';

export type TabChannel = { post: (message: TabMessage) => void; close: () => void };

export function openTabChannel(name: string, onMessage: (message: TabMessage) => void): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent<TabMessage>) => onMessage(event.data);
  return {
    post: (message) => {
      try {
        channel.postMessage(message);
      } catch {
        // A closed channel (the page is going away) has no one left to tell.
      }
    },
    close: () => channel.close(),
  };
}
