// Starts team servers on free loopback ports with a SQLite file in a temporary folder, and Yjs
// clients that speak to them through @hocuspocus/provider, as the app does.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { HocuspocusProvider } from '@hocuspocus/provider';
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
  const provider = new HocuspocusProvider({
    url,
    name: room,
    token: key,
    document: doc,
    WebSocketPolyfill: WebSocket,
    // Reconnect soon after a restart, without the browser's growing back-off.
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
    onClose: ({ event }) => {
      closeCodes.push(event.code);
      if (event.reason) refusals.push(event.reason);
    },
  });
  let isDestroyed = false;
  const destroy = () => {
    if (isDestroyed) return;
    isDestroyed = true;
    provider.destroy();
  };
  cleanups.push(destroy);
  return {
    doc,
    provider,
    refusals,
    closeCodes,
    disconnect: () => provider.disconnect(),
    connect: () => provider.connect(),
    destroy,
  };
}

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
