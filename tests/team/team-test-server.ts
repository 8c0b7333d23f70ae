import { createHash } from 'node:crypto';

import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';

export type TeamTestServer = { url: string; port: number; stop: () => Promise<void> };

/** What survives a restart of the test server: each room's document and its key's hash, in memory. */
export type TeamTestStore = { documents: Map<string, Uint8Array>; keys: Map<string, string> };

export const createTeamTestStore = (): TeamTestStore => ({ documents: new Map(), keys: new Map() });

const hash = (key: string) => createHash('sha256').update(key).digest('hex');

/**
 * A Hocuspocus server on a free loopback port that keeps rooms as the team server does: the first
 * connection to an unknown room sets its key, a wrong key is refused with "wrong-key". Pass the
 * same store (and port) to start it again after a stop, as a restarted server with its database.
 */
export async function startTeamTestServer(
  options: { port?: number; store?: TeamTestStore } = {},
): Promise<TeamTestServer> {
  const store = options.store ?? createTeamTestStore();
  const server = new Server({
    port: options.port ?? 0,
    address: '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    debounce: 50,
    maxDebounce: 200,
    onAuthenticate: async ({ documentName, token }) => {
      const known = store.keys.get(documentName);
      if (known === undefined) store.keys.set(documentName, hash(token));
      // Hocuspocus sends the thrown value's `reason` to the provider, as the team server does.
      else if (known !== hash(token)) throw Object.assign(new Error('wrong key'), { reason: 'wrong-key' });
      await Promise.resolve();
    },
    onLoadDocument: async ({ document, documentName }) => {
      const saved = store.documents.get(documentName);
      if (saved) Y.applyUpdate(document, saved);
      await Promise.resolve();
      return document;
    },
    onStoreDocument: async ({ document, documentName }) => {
      store.documents.set(documentName, Y.encodeStateAsUpdate(document));
      await Promise.resolve();
    },
  });
  await server.listen();
  const { port } = server.address;
  return {
    url: `ws://127.0.0.1:${port}`,
    port,
    // As a stopped process: its rooms stored, then every socket cut.
    stop: async () => {
      await server.destroy();
      for (const client of server.webSocketServer.clients) client.terminate();
    },
  };
}
