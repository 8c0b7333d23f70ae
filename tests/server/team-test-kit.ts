// Starts team servers on free loopback ports with a SQLite file in a temporary folder, and Yjs
// clients that speak to them through @hocuspocus/provider, as the app does.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { vi } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

import { startTeamServer, type TeamServer, type TeamServerOptions } from '../../src/server/team-server';

/** Generous: the CI machine may be three times slower than this one, and busy. */
export const WAIT = { timeout: 30_000, interval: 20 };

/** What the app makes: 128 random bits, base64url. */
export const makeCredential = () => randomBytes(16).toString('base64url');

export const makeRoom = () => ({ room: makeCredential(), key: makeCredential() });

export type TestServer = {
  server: TeamServer;
  dbPath: string;
  /** Stops the server (if running) and starts another on the same port and file. */
  restart(): Promise<TeamServer>;
  stop(): Promise<void>;
};

const cleanups: (() => Promise<void> | void)[] = [];

/** Stops every server and client the test started; call from afterEach. */
export async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
}

export async function startTestServer(
  options: Omit<TeamServerOptions, 'dbPath'> & { dbPath?: string } = {},
): Promise<TestServer> {
  const folder = mkdtempSync(join(tmpdir(), 'team-server-'));
  const dbPath = options.dbPath ?? join(folder, 'team.sqlite');
  let server = await startTeamServer({ ...options, dbPath, host: '127.0.0.1' });
  let isRunning = true;
  const stop = async () => {
    if (isRunning) await server.stop();
    isRunning = false;
  };
  cleanups.push(async () => {
    await stop();
    rmSync(folder, { recursive: true, force: true });
  });
  return {
    get server() {
      return server;
    },
    dbPath,
    async restart() {
      await stop();
      server = await startTeamServer({ ...options, dbPath, host: '127.0.0.1', port: server.port });
      isRunning = true;
      return server;
    },
    stop,
  };
}

export type TestClient = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Reasons given to this client: permission denied, or the close of its connection. */
  refusals: string[];
  closeCodes: number[];
  disconnect(): void;
  connect(): Promise<void>;
  destroy(): void;
};

export function connectClient(
  url: string,
  { room, key }: { room: string; key: string },
  doc: Y.Doc = new Y.Doc(),
): TestClient {
  const refusals: string[] = [];
  const closeCodes: number[] = [];
  const socket = new HocuspocusProviderWebsocket({
    url,
    // Node 20 has no WebSocket of its own.
    WebSocketPolyfill: WebSocket,
    // Reconnect soon after a restart, without the browser's growing back-off.
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    token: key,
    document: doc,
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
    onClose: ({ event }) => {
      closeCodes.push(event.code);
      if (event.reason) refusals.push(event.reason);
    },
  });
  provider.attach();
  let isDestroyed = false;
  const destroy = () => {
    if (isDestroyed) return;
    isDestroyed = true;
    // A socket still connecting (a reconnection under way) reports its closing as an error event
    // on the next tick, when the provider no longer listens: uncaught, it failed a whole run.
    (socket.webSocket as unknown as { on?: (event: 'error', listener: () => void) => void } | null)?.on?.(
      'error',
      () => undefined,
    );
    provider.destroy();
    socket.destroy();
  };
  cleanups.push(destroy);
  return {
    doc,
    provider,
    refusals,
    closeCodes,
    disconnect: () => socket.disconnect(),
    connect: async () => {
      await socket.connect();
    },
    destroy,
  };
}

/** Two clients of one room. */
export const connectTwo = (url: string, room: { room: string; key: string }): [TestClient, TestClient] => [
  connectClient(url, room),
  connectClient(url, room),
];

/** Waits until the client is authenticated, synced and has sent everything. */
export async function waitUntilSynced(...clients: TestClient[]): Promise<void> {
  await vi.waitFor(() => {
    for (const { provider } of clients) {
      if (!provider.isAuthenticated || !provider.isSynced || provider.hasUnsyncedChanges)
        throw new Error('not synced yet');
    }
  }, WAIT);
}

/** Waits until every document holds the same state as the first. */
export async function waitUntilConverged(...docs: Y.Doc[]): Promise<void> {
  await vi.waitFor(() => {
    const [first, ...others] = docs.map((doc) => Buffer.from(Y.encodeStateVector(doc)).toString('hex'));
    for (const other of others) if (other !== first) throw new Error('not converged yet');
  }, WAIT);
}

/** lib0's encoding, as Hocuspocus frames use it: 7-bit groups, length-prefixed strings and bytes. */
function encodeVarUint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push((rest % 128) | 0x80);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return bytes;
}

function encodeBytes(bytes: Uint8Array): number[] {
  return [...encodeVarUint(bytes.length), ...bytes];
}

const encodeString = (text: string) => encodeBytes(new TextEncoder().encode(text));

/** A frame as a Hocuspocus provider would send it. */
export const frames = {
  authenticate: (room: string, key: string) =>
    Uint8Array.from([...encodeString(room), 2, 0, ...encodeString(key)]),
  syncStep1: (room: string, stateVector: Uint8Array) =>
    Uint8Array.from([...encodeString(room), 0, 0, ...encodeBytes(stateVector)]),
  update: (room: string, update: Uint8Array) =>
    Uint8Array.from([...encodeString(room), 0, 2, ...encodeBytes(update)]),
  awareness: (room: string, payload: Uint8Array) =>
    Uint8Array.from([...encodeString(room), 1, ...encodeBytes(payload)]),
};

export type RawSocket = {
  socket: WebSocket;
  /** Frames the server sent. */
  received: Uint8Array[];
  closed: Promise<{ code: number; reason: string }>;
  send(frame: Uint8Array | string): void;
};

/** A bare WebSocket, for frames no provider would send. */
export async function openRawSocket(url: string): Promise<RawSocket> {
  const socket = new WebSocket(url);
  const received: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
  // The server may cut the connection while frames are on their way: that is what is tested.
  socket.on('error', () => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  cleanups.push(() => socket.terminate());
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return {
    socket,
    received,
    closed,
    send: (frame) => socket.send(frame, () => undefined),
  };
}
