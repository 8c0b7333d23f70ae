import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';

import {
  createConnectionFacts,
  describeConnection,
  readRefusal,
  updateConnection,
  type ConnectionEvent,
  type ConnectionState,
} from '../domain/team/connection-state';
import { TEAM_CLOSE_CODE } from '../domain/team/team-protocol';
import { isEmptyDoc } from '../persistence/assessment-doc';
import { MAX_NAME_LENGTH } from './team-bindings';

/**
 * Keeps one Yjs document in step with a room on a Hocuspocus server: the provider attaches to the
 * very document stored in IndexedDB, so the local copy stays the user's and works offline; what
 * was edited meanwhile merges both ways when the connection comes back (Yjs exchanges what each
 * side lacks). Loaded only when a user works with a team.
 */

/** Someone in the room, as their own app describes itself: shown as text, never trusted further. */
export type Peer = { clientId: number; name: string; step: string | null; isSelf: boolean };
export type RoomView = { state: ConnectionState; peers: Peer[] };
export type Presence = { name: string; step: string | null };

/** What the sync needs from its surroundings: the browser's, or a test's. */
export type SyncEnvironment = {
  isOnline: () => boolean;
  /** Calls back when the network comes or goes; returns the function that stops listening. */
  onNetworkChange: (listener: (isOnline: boolean) => void) => () => void;
  /** A WebSocket class for Node; the browser's own by default. */
  WebSocket?: unknown;
};

export const browserEnvironment = (): SyncEnvironment => ({
  isOnline: () => navigator.onLine,
  onNetworkChange: (listener) => {
    const online = () => listener(true);
    const offline = () => listener(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  },
});

export type RoomOptions = {
  doc: Y.Doc;
  server: string;
  room: string;
  key: string;
  presence: Presence;
  /** Local changes the server had not confirmed when the page last closed. */
  pending?: number;
  onView: (view: RoomView) => void;
  /** Hears the count of unconfirmed local changes, to keep it across reloads. */
  onPending?: (count: number) => void;
  environment?: SyncEnvironment;
};

export type RoomConnection = {
  setPresence: (presence: Presence) => void;
  /** The view as it is now. */
  view: () => RoomView;
  close: () => void;
};

// Retries back off to at most every 10 s: a team server is usually on the same network, and a
// restarted one should see its clients back soon.
const MAX_RETRY_DELAY_MS = 10_000;
const MAX_STEP_LENGTH = 100;
const OFFLINE_CLOSE: Parameters<HocuspocusProviderWebsocket['onClose']>[0]['event'] = {
  code: 1000,
  reason: 'offline',
};

function readPeers(provider: HocuspocusProvider, self: number): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of provider.awareness?.getStates() ?? []) {
    const user = (state as { user?: unknown }).user;
    if (typeof user !== 'object' || user === null) continue;
    const { name, step } = user as { name?: unknown; step?: unknown };
    if (typeof name !== 'string' || name.trim() === '') continue;
    peers.push({
      clientId,
      name: name.slice(0, MAX_NAME_LENGTH),
      step: typeof step === 'string' && /^[a-z0-9-]+$/.test(step) ? step.slice(0, MAX_STEP_LENGTH) : null,
      isSelf: clientId === self,
    });
  }
  return peers.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
}

export function connectToRoom(options: RoomOptions): RoomConnection {
  const { doc, server, room, key, onView, onPending } = options;
  const environment = options.environment ?? browserEnvironment();
  let facts = createConnectionFacts(environment.isOnline(), options.pending ?? 0);
  let peers: Peer[] = [];
  let isClosed = false;
  const view = (): RoomView => ({ state: describeConnection(facts), peers });
  const emit = () => {
    if (!isClosed) onView(view());
  };
  const apply = (event: ConnectionEvent) => {
    facts = updateConnection(facts, event);
    emit();
  };

  const setPending = (count: number) => {
    if (count === facts.pending) return;
    apply({ type: 'pending', count });
    onPending?.(count);
  };
  // Callbacks can run while the provider is being built (its first connection attempt starts there).
  let provider: HocuspocusProvider | null = null;
  const socket = new HocuspocusProviderWebsocket({
    url: server,
    maxDelay: MAX_RETRY_DELAY_MS,
    // Offline, no attempt is made: the socket would only hang until the network returns.
    autoConnect: facts.isBrowserOnline,
    ...(environment.WebSocket ? { WebSocketPolyfill: environment.WebSocket } : {}),
  });
  provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    token: key,
    onStatus: ({ status }) =>
      apply({
        type: 'socket',
        status:
          status === WebSocketStatus.Connected
            ? 'open'
            : status === WebSocketStatus.Connecting
              ? 'connecting'
              : 'closed',
      }),
    onSynced: () => apply({ type: 'synced' }),
    onClose: ({ event }) => {
      // The team server closes with this code when an update would take the document past its
      // cap: sending it again would only be refused again.
      if (event.code === TEAM_CLOSE_CODE.documentTooLarge) {
        apply({ type: 'refused', reason: 'too-large' });
        socket.disconnect();
      } else if (socket.status === WebSocketStatus.Connected) {
        // The server closed this room but not the socket (it is shutting down, or unloaded the
        // room): close the socket too, so the provider reconnects, authenticates and syncs afresh.
        socket.webSocket?.close();
      }
    },
    onAuthenticationFailed: ({ reason }) => {
      apply({ type: 'refused', reason: readRefusal(reason) });
      // A wrong key stays wrong: no retrying until the user acts.
      socket.disconnect();
    },
    onUnsyncedChanges: ({ number }) => {
      // The server has applied everything this copy sent since the connection opened, and the
      // sync at opening sent whatever it lacked from before: nothing is waiting any more.
      if (number === 0 && provider?.isSynced) setPending(0);
    },
    onAwarenessChange: () => {
      if (!provider) return;
      peers = readPeers(provider, doc.clientID);
      emit();
    },
  });
  const connected = provider;
  connected.setAwarenessField('user', options.presence);
  connected.attach();

  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== connected) setPending(facts.pending + 1);
  };
  doc.on('update', onUpdate);

  const stopListening = environment.onNetworkChange((isOnline) => {
    apply({ type: 'network', isOnline });
    if (isOnline) {
      if (!facts.refusal) void socket.connect();
      return;
    }
    // An open socket may outlive the network for a long while without noticing: close it, so
    // what is typed meanwhile waits in the local copy and goes in one sync on return. Nor is its
    // close handshake awaited (on a lost network it may never come): the socket counts as closed
    // now, so that the return of the network can open a new one at once.
    socket.disconnect();
    if (socket.status !== WebSocketStatus.Disconnected) {
      socket.onClose({ event: OFFLINE_CLOSE });
      // What the socket's close event would have told the provider: not synced any more, so the
      // next connection syncs afresh and says so.
      connected.onClose();
    }
  });

  emit();
  return {
    setPresence: (presence) => connected.setAwarenessField('user', presence),
    view,
    close: () => {
      isClosed = true;
      stopListening();
      doc.off('update', onUpdate);
      connected.destroy();
      socket.destroy();
    },
  };
}

export type JoinedRoom = { update: Uint8Array; assessmentId: string };

/**
 * Fetches a room's assessment into a document of its own, before anything is stored: resolves once
 * the server has sent it; reports the connection meanwhile (refused, unreachable, an empty room).
 */
export function fetchRoom(
  options: Omit<RoomOptions, 'doc' | 'pending' | 'onPending' | 'onView'> & {
    onView: (view: RoomView & { isEmpty: boolean }) => void;
    signal: AbortSignal;
  },
): Promise<JoinedRoom | null> {
  return new Promise((resolve) => {
    const doc = new Y.Doc();
    let connection: RoomConnection | null = null;
    const finish = (result: JoinedRoom | null) => {
      doc.off('update', check);
      connection?.close();
      doc.destroy();
      resolve(result);
    };
    const check = () => {
      const current = connection?.view();
      if (!current || current.state.kind !== 'connected' || isEmptyDoc(doc)) return false;
      const id = doc.getMap('meta').get('id');
      if (typeof id !== 'string') return false;
      finish({ update: Y.encodeStateAsUpdate(doc), assessmentId: id });
      return true;
    };
    doc.on('update', check);
    connection = connectToRoom({
      ...options,
      doc,
      onView: (view) => {
        if (!check()) options.onView({ ...view, isEmpty: isEmptyDoc(doc) });
      },
    });
    options.signal.addEventListener('abort', () => finish(null), { once: true });
  });
}
