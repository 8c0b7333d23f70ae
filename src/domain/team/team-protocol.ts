/**
 * What a team link carries and what the team server answers, shared by the app and the server
 * (src/server). The server speaks Hocuspocus's own protocol: the document name is the room id and
 * the provider's token is the room key.
 */

/**
 * A room id or key: at least 128 random bits as base64url (16 bytes give 22 characters), at most
 * 64 characters. The server refuses anything else before it looks a room up.
 */
export const TEAM_CREDENTIAL_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;

export function isTeamCredential(value: string): boolean {
  return TEAM_CREDENTIAL_PATTERN.test(value);
}

/**
 * Why the server refused a room. A refused authentication reaches the provider's
 * `onAuthenticationFailed({ reason })`; the others close the WebSocket with the code below and
 * this reason (the provider's `onClose({ event })`, `event.code` / `event.reason`).
 */
export const TEAM_REFUSAL = {
  /** The room exists and this is not its key. */
  wrongKey: 'wrong-key',
  /** The room id is not 22–64 base64url characters. */
  invalidRoomId: 'invalid-room-id',
  /** The key is not 22–64 base64url characters. */
  invalidKey: 'invalid-key',
  /** An update would take the room's document past the server's size cap; it was not applied. */
  documentTooLarge: 'document-too-large',
  /** A presence (awareness) state larger than the server accepts. */
  presenceTooLarge: 'presence-too-large',
  /** A frame that is not a Hocuspocus message (text, truncated, unknown type). */
  malformedMessage: 'malformed-message',
  /** More rooms on one connection, or more messages before authenticating, than a client needs. */
  tooManyRequests: 'too-many-requests',
  /** The server could not apply a message (e.g. a broken Yjs update): reconnect and sync again. */
  connectionReset: 'connection-reset',
  /** The server is stopping or restarting; the provider reconnects by itself. */
  serverStopping: 'server-stopping',
} as const;

export type TeamRefusal = (typeof TEAM_REFUSAL)[keyof typeof TEAM_REFUSAL];

/** WebSocket close codes that go with the reasons above (1009 is ws's own "message too big"). */
export const TEAM_CLOSE_CODE = {
  malformedMessage: 4400,
  documentTooLarge: 4413,
  presenceTooLarge: 4413,
  tooManyRequests: 4429,
  connectionReset: 4205,
  serverStopping: 1012,
  messageTooBig: 1009,
} as const;
