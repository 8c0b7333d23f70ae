import { TEAM_REFUSAL } from './team-protocol';

/**
 * What a user is told about the link between their copy of an assessment and the team server. The
 * facts come from the sync provider and the browser as events; the state shown is derived from
 * them alone, so the screens, the tests and the bench read the same thing.
 */

export type SocketStatus = 'connecting' | 'open' | 'closed';

/**
 * Why the server refused this copy: the room has another key; the link's id or key is not one a
 * server accepts; the document would grow past the server's cap; or another reason it gave.
 */
export type RefusalReason = 'wrong-key' | 'invalid-link' | 'too-large' | 'other';

export type ConnectionFacts = {
  socket: SocketStatus;
  /** The browser says it has a network (navigator.onLine). */
  isBrowserOnline: boolean;
  /** An attempt failed or a connection dropped since the last successful sync. */
  hasFailed: boolean;
  /** Since the socket opened, the server and this copy have exchanged what each lacked. */
  isSynced: boolean;
  /** Why the server refused this copy, if it did. Stays until the user does something about it. */
  refusal: RefusalReason | null;
  /** Local changes the server has not yet confirmed. */
  pending: number;
};

export type ConnectionEvent =
  | { type: 'socket'; status: SocketStatus }
  | { type: 'synced' }
  | { type: 'refused'; reason: RefusalReason }
  | { type: 'pending'; count: number }
  | { type: 'network'; isOnline: boolean };

export type ConnectionState =
  | { kind: 'connecting'; pending: number }
  | { kind: 'connected'; pending: number }
  | { kind: 'offline'; pending: number }
  | { kind: 'refused'; reason: RefusalReason }
  | { kind: 'unreachable'; pending: number };

export function createConnectionFacts(isBrowserOnline: boolean, pending = 0): ConnectionFacts {
  return {
    socket: 'connecting',
    isBrowserOnline,
    hasFailed: false,
    isSynced: false,
    refusal: null,
    pending: Math.max(0, pending),
  };
}

export function updateConnection(facts: ConnectionFacts, event: ConnectionEvent): ConnectionFacts {
  switch (event.type) {
    case 'socket':
      if (event.status === 'closed') {
        // A close before any sync is a failed attempt; after one, a dropped connection: both mean
        // the server cannot be reached right now.
        return { ...facts, socket: 'closed', isSynced: false, hasFailed: true };
      }
      return { ...facts, socket: event.status, isSynced: event.status === 'open' && facts.isSynced };
    case 'synced':
      return facts.socket === 'open' ? { ...facts, isSynced: true, hasFailed: false } : facts;
    case 'refused':
      return { ...facts, refusal: event.reason, isSynced: false };
    case 'pending':
      return { ...facts, pending: Math.max(0, event.count) };
    case 'network':
      return { ...facts, isBrowserOnline: event.isOnline };
  }
}

export function describeConnection(facts: ConnectionFacts): ConnectionState {
  const { pending } = facts;
  if (facts.refusal) return { kind: 'refused', reason: facts.refusal };
  if (!facts.isBrowserOnline) return { kind: 'offline', pending };
  if (facts.socket === 'open') return { kind: facts.isSynced ? 'connected' : 'connecting', pending };
  if (facts.hasFailed) return { kind: 'unreachable', pending };
  return { kind: 'connecting', pending };
}

/** The server's words for a refusal (the team server's own, or Hocuspocus's default), as a reason. */
export function readRefusal(reason: string): RefusalReason {
  if (reason === TEAM_REFUSAL.wrongKey || reason === 'permission-denied') return 'wrong-key';
  if (reason === TEAM_REFUSAL.invalidKey || reason === TEAM_REFUSAL.invalidRoomId) return 'invalid-link';
  if (reason === TEAM_REFUSAL.documentTooLarge) return 'too-large';
  return 'other';
}
