import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';

import { Database } from '@hocuspocus/extension-database';
import { type Document, type Extension, Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';

import { isTeamCredential, TEAM_CLOSE_CODE, TEAM_REFUSAL } from '../domain/team/team-protocol';
import { ConnectionGuard, type GuardLimits } from './connection-guard';
import { MESSAGE_TYPE, readMessageEnvelope } from './message-envelope';
import { openRoomStore } from './room-store';

export type TeamServerLimits = GuardLimits & {
  /** The largest a room's document may grow (its whole Yjs state, encoded). */
  maxDocumentBytes: number;
  /** The largest presence (awareness) update a client may send. */
  maxAwarenessBytes: number;
};

export type TeamServerOptions = {
  /** 0 (the default) takes a free port. */
  port?: number;
  /** Default 127.0.0.1: only this machine. */
  host?: string;
  /** The SQLite file; its folder is created if missing. */
  dbPath: string;
  limits?: Partial<TeamServerLimits>;
  /** How long after the last change a room is written to the file (ms); at most maxStoreDelayMs. */
  storeDelayMs?: number;
  maxStoreDelayMs?: number;
};

export type TeamServer = {
  /** ws://host:port, the address to enter in the app. */
  url: string;
  port: number;
  /** Stops taking connections, closes the open ones, writes every room and closes the file. */
  stop(): Promise<void>;
};

const MIB = 1024 * 1024;

export const DEFAULT_LIMITS: TeamServerLimits = {
  maxDocumentBytes: 5 * MIB,
  // A first sync sends the whole document in one message.
  maxMessageBytes: 5 * MIB + 64 * 1024,
  maxAwarenessBytes: 64 * 1024,
  // A person typing sends a few messages a second (an update and a presence change per key).
  messagesPerSecond: 100,
  messageBurst: 400,
  bytesPerSecond: 1 * MIB,
  maxRoomsPerConnection: 8,
  maxMessagesBeforeAuthentication: 200,
};

type Context = { guard: ConnectionGuard };

/** A refusal Hocuspocus passes on: `reason` reaches the client. No message: Hocuspocus logs none. */
class Refusal extends Error {
  constructor(
    readonly reason: string,
    readonly code: number = TEAM_CLOSE_CODE.connectionReset,
  ) {
    super();
  }
}

function guardOf(context: unknown): ConnectionGuard | undefined {
  return (context as Partial<Context> | undefined)?.guard;
}

/**
 * Starts the team server: Hocuspocus over a WebSocket server of our own (so every frame passes the
 * ConnectionGuard and the frame size is capped), rooms and their documents in one SQLite file.
 */
export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const limits: TeamServerLimits = { ...DEFAULT_LIMITS, ...options.limits };
  if (options.dbPath !== ':memory:') mkdirSync(dirname(options.dbPath), { recursive: true });
  const store = openRoomStore(options.dbPath);

  /** An upper bound of each loaded document's encoded size, made exact when it nears the cap. */
  const documentBytes = new WeakMap<Document, number>();

  const access: Extension = {
    extensionName: 'team-room-access',
    // eslint-disable-next-line @typescript-eslint/require-await -- Hocuspocus awaits its hooks
    async onAuthenticate({ documentName, token, context }) {
      const guard = guardOf(context);
      const refuse = (reason: string) => {
        guard?.refuseRoom(documentName);
        return new Refusal(reason);
      };
      if (!isTeamCredential(documentName)) throw refuse(TEAM_REFUSAL.invalidRoomId);
      if (typeof token !== 'string' || !isTeamCredential(token)) throw refuse(TEAM_REFUSAL.invalidKey);
      if (store.admitKey(documentName, token) === 'wrong-key') throw refuse(TEAM_REFUSAL.wrongKey);
      guard?.openRoom(documentName);
    },
    // eslint-disable-next-line @typescript-eslint/require-await -- Hocuspocus awaits its hooks
    async afterLoadDocument({ document }) {
      documentBytes.set(document, Y.encodeStateAsUpdate(document).byteLength);
    },
    // Synchronous on purpose: Hocuspocus applies a message once this settles, and messages must
    // stay in the order they came.
    // eslint-disable-next-line @typescript-eslint/require-await -- Hocuspocus awaits its hooks
    async beforeHandleMessage({ update, document, context }) {
      const { type, payload, isDocumentUpdate } = readMessageEnvelope(update);
      const refuse = (code: number, reason: string) => {
        // The whole connection is closed, so the client hears why and reconnects afresh.
        guardOf(context)?.close(code, reason);
        return new Refusal(reason, code);
      };
      if (type === MESSAGE_TYPE.awareness && payload.length > limits.maxAwarenessBytes)
        throw refuse(TEAM_CLOSE_CODE.presenceTooLarge, TEAM_REFUSAL.presenceTooLarge);
      if (!isDocumentUpdate) return;
      // y-protocols would log a broken update, apply what it could read of it, and acknowledge it.
      try {
        Y.decodeUpdate(payload);
      } catch {
        throw refuse(TEAM_CLOSE_CODE.malformedMessage, TEAM_REFUSAL.malformedMessage);
      }
      let bytes = documentBytes.get(document) ?? 0;
      if (bytes + payload.length > limits.maxDocumentBytes) {
        // The running total only grows; deletions may have shrunk the document since.
        bytes = Y.encodeStateAsUpdate(document).byteLength;
        documentBytes.set(document, bytes);
        if (bytes + payload.length > limits.maxDocumentBytes)
          throw refuse(TEAM_CLOSE_CODE.documentTooLarge, TEAM_REFUSAL.documentTooLarge);
      }
      documentBytes.set(document, bytes + payload.length);
    },
    // eslint-disable-next-line @typescript-eslint/require-await -- Hocuspocus awaits its hooks
    async onDisconnect({ documentName, context }) {
      guardOf(context)?.onRoomClosed(documentName);
    },
  };

  const database = new Database({
    // eslint-disable-next-line @typescript-eslint/require-await -- better-sqlite3 is synchronous
    fetch: async ({ documentName }) => store.readDocument(documentName),
    // eslint-disable-next-line @typescript-eslint/require-await -- better-sqlite3 is synchronous
    store: async ({ documentName, state }) => store.writeDocument(documentName, state),
  });

  const hocuspocus = new Hocuspocus({
    quiet: true,
    // Written this soon after a change, so a server that dies loses little (and the clients still
    // hold it and send it again when they reconnect); on stop, every pending write is done first.
    debounce: options.storeDelayMs ?? 500,
    maxDebounce: options.maxStoreDelayMs ?? 2000,
    extensions: [access, database],
  });

  const httpServer = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('ICF team server: enter this address (ws:// or wss://) in the app.\n');
  });
  const webSocketServer = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });
  httpServer.on('upgrade', (request: IncomingMessage, socket, head) => {
    socket.on('error', () => socket.destroy());
    webSocketServer.handleUpgrade(request, socket, head, (webSocket) => {
      webSocketServer.emit('connection', webSocket, request);
    });
  });
  webSocketServer.on('connection', (webSocket: WebSocket, request: IncomingMessage) => {
    // A socket error (an over-size frame, a reset) closes the socket; unheard, it would end the process.
    webSocket.on('error', () => webSocket.terminate());
    const guard = new ConnectionGuard(webSocket, limits);
    hocuspocus.handleConnection(webSocket, request, { guard } satisfies Context);
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let stopping: Promise<void> | undefined;
  const stop = async () => {
    httpServer.close();
    // Write what is pending while the rooms are still loaded…
    await Promise.all(
      [...hocuspocus.documents.keys()].map((name): Promise<unknown> =>
        Promise.resolve(hocuspocus.debouncer.executeNow(`onStoreDocument-${name}`) as unknown),
      ),
    );
    // …then close every connection: Hocuspocus writes a room again if it changed meanwhile and
    // unloads it once its last connection is gone.
    const unloaded = new Promise<void>((resolve) => {
      if (hocuspocus.getDocumentsCount() === 0) resolve();
      hocuspocus.configuration.extensions.push({
        // eslint-disable-next-line @typescript-eslint/require-await -- Hocuspocus awaits its hooks
        async afterUnloadDocument({ instance }) {
          if (instance.getDocumentsCount() === 0) resolve();
        },
      });
    });
    const closed = [...webSocketServer.clients].map(
      (client) =>
        new Promise<void>((resolve) => {
          if (client.readyState === client.CLOSED) return resolve();
          // A client that does not answer the close is cut off.
          const deadline = setTimeout(() => client.terminate(), 2000);
          client.once('close', () => {
            clearTimeout(deadline);
            resolve();
          });
          client.resume();
          client.close(TEAM_CLOSE_CODE.serverStopping, TEAM_REFUSAL.serverStopping);
        }),
    );
    await Promise.all(closed);
    await unloaded;
    webSocketServer.close();
    store.close();
  };

  return {
    url: `ws://${host}:${address.port}`,
    port: address.port,
    stop: () => (stopping ??= stop()),
  };
}
