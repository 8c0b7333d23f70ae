import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

import Database from 'better-sqlite3';

/**
 * The team server's one file: a SQLite table of rooms, each with its key's hash and its Yjs
 * document (the whole state, as one update). Nothing else is stored: no names, no addresses.
 *
 * The key is kept as HMAC-SHA-256 under a random salt of the room's own. A fast hash is enough
 * because the app makes keys of at least 128 random bits: guessing one takes ~2^127 tries whatever
 * each costs, and a slow hash (scrypt) would only give a stranger a lever to burn the server's CPU
 * with connection attempts. The salt keeps equal keys from showing as equal hashes.
 */
export type RoomStore = {
  /** Lets this key into the room, creating the room with it when the room is new. */
  admitKey(roomId: string, key: string): 'created' | 'admitted' | 'wrong-key';
  /** The room's stored document (a Yjs update), or null if nothing was stored yet. */
  readDocument(roomId: string): Uint8Array | null;
  writeDocument(roomId: string, state: Uint8Array): void;
  countRooms(): number;
  close(): void;
};

const SCHEMA_VERSION = 1;

function hashKey(key: string, salt: Buffer): Buffer {
  return createHmac('sha256', salt).update(key, 'utf8').digest();
}

export function openRoomStore(path: string): RoomStore {
  const db = new Database(path);
  // WAL: readers never wait for the writer; NORMAL is safe against a crash of the process (an OS
  // crash may lose the last writes, which the clients still hold and send again on reconnect).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    db.close();
    throw new Error(`${path} was written by a newer team server (schema ${version})`);
  }
  db.exec(`
    CREATE TABLE IF NOT EXISTS rooms (
      id TEXT PRIMARY KEY,
      key_salt BLOB NOT NULL,
      key_hash BLOB NOT NULL,
      document BLOB,
      created_at TEXT NOT NULL,
      updated_at TEXT
    ) STRICT;
  `);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);

  const findRoom = db.prepare<[string], { key_salt: Buffer; key_hash: Buffer }>(
    'SELECT key_salt, key_hash FROM rooms WHERE id = ?',
  );
  // OR IGNORE: of two first connections racing with different keys (two server processes sharing
  // the file), one creates the room and the other is then compared against it.
  const insertRoom = db.prepare<[string, Buffer, Buffer, string]>(
    'INSERT OR IGNORE INTO rooms (id, key_salt, key_hash, created_at) VALUES (?, ?, ?, ?)',
  );
  const selectDocument = db.prepare<[string], { document: Buffer | null }>(
    'SELECT document FROM rooms WHERE id = ?',
  );
  const updateDocument = db.prepare<[Buffer, string, string]>(
    'UPDATE rooms SET document = ?, updated_at = ? WHERE id = ?',
  );
  const countRooms = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM rooms');

  return {
    admitKey(roomId, key) {
      let room = findRoom.get(roomId);
      let isCreated = false;
      if (room === undefined) {
        const salt = randomBytes(16);
        isCreated = insertRoom.run(roomId, salt, hashKey(key, salt), new Date().toISOString()).changes === 1;
        room = findRoom.get(roomId);
        if (room === undefined) throw new Error(`room ${roomId} vanished while being created`);
      }
      const hash = hashKey(key, room.key_salt);
      const isMatching = hash.length === room.key_hash.length && timingSafeEqual(hash, room.key_hash);
      if (!isMatching) return 'wrong-key';
      return isCreated ? 'created' : 'admitted';
    },
    readDocument(roomId) {
      const document = selectDocument.get(roomId)?.document;
      return document ? new Uint8Array(document) : null;
    },
    writeDocument(roomId, state) {
      updateDocument.run(
        Buffer.from(state.buffer, state.byteOffset, state.byteLength),
        new Date().toISOString(),
        roomId,
      );
    },
    countRooms: () => countRooms.get()?.count ?? 0,
    close: () => db.close(),
  };
}
