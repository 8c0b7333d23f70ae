import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

import { openRoomStore } from '../../src/server/room-store';
import { makeCredential } from './team-test-kit';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function makeDbPath(): string {
  const folder = mkdtempSync(join(tmpdir(), 'room-store-'));
  folders.push(folder);
  return join(folder, 'team.sqlite');
}

describe('the room store', () => {
  it('creates a room with the first key it is given, then admits that key and only that key', () => {
    const store = openRoomStore(makeDbPath());
    const [room, key, otherKey] = [makeCredential(), makeCredential(), makeCredential()];
    expect(store.admitKey(room, key)).toBe('created');
    expect(store.admitKey(room, key)).toBe('admitted');
    expect(store.admitKey(room, otherKey)).toBe('wrong-key');
    // A key one character off is as wrong as any other.
    expect(store.admitKey(room, `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`)).toBe('wrong-key');
    expect(store.countRooms()).toBe(1);
    store.close();
  });

  it('keeps rooms, keys and documents across a reopening, and never the key itself', () => {
    const path = makeDbPath();
    const [room, key] = [makeCredential(), makeCredential()];
    const first = openRoomStore(path);
    first.admitKey(room, key);
    expect(first.readDocument(room)).toBeNull();
    first.writeDocument(room, Uint8Array.from([1, 2, 3]));
    first.close();

    const second = openRoomStore(path);
    expect(second.admitKey(room, key)).toBe('admitted');
    expect(second.readDocument(room)).toEqual(Uint8Array.from([1, 2, 3]));
    second.close();
    expect(readFileSync(path).includes(key)).toBe(false);
  });

  it('hashes the same key differently in two rooms: each room has a salt of its own', () => {
    const path = makeDbPath();
    const store = openRoomStore(path);
    const key = makeCredential();
    store.admitKey(makeCredential(), key);
    store.admitKey(makeCredential(), key);
    store.close();
    const db = new Database(path, { readonly: true });
    const hashes = db.prepare<[], { key_hash: Buffer }>('SELECT key_hash FROM rooms').all();
    db.close();
    expect(hashes).toHaveLength(2);
    expect(hashes[0]?.key_hash.equals(hashes[1]?.key_hash ?? Buffer.alloc(0))).toBe(false);
  });

  it('refuses a file written by a newer server rather than guess at its layout', () => {
    const path = makeDbPath();
    openRoomStore(path).close();
    const db = new Database(path);
    db.pragma('user_version = 2');
    db.close();
    expect(() => openRoomStore(path)).toThrow(/newer team server/);
  });
});
