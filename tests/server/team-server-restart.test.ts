// The team server stopped or killed mid-session: clients reconnect by themselves and nothing is lost.
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import { TEAM_CLOSE_CODE, TEAM_REFUSAL } from '../../src/domain/team/team-protocol';
import {
  cleanUp,
  connectClient,
  connectTwo,
  makeRoom,
  startTestServer,
  type TestClient,
  WAIT,
  waitUntilConverged,
  waitUntilSynced,
} from './team-test-kit';

const root = join(import.meta.dirname, '../..');
const children: ChildProcessByStdio<null, Readable, Readable>[] = [];
const folders: string[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await cleanUp();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const values = (doc: Y.Doc) => doc.getMap('answer:value').toJSON();

/** Reads a room's document straight from the SQLite file, as a restarted server would. */
function readStoredDocument(dbPath: string, room: string): Y.Doc {
  const db = new Database(dbPath, { readonly: true });
  try {
    const row = db
      .prepare<[string], { document: Buffer | null }>('SELECT document FROM rooms WHERE id = ?')
      .get(room);
    const doc = new Y.Doc();
    if (row?.document) Y.applyUpdate(doc, row.document);
    return doc;
  } finally {
    db.close();
  }
}

const waitUntilOffline = (...clients: TestClient[]) =>
  vi.waitFor(() => {
    for (const { provider } of clients) expect(provider.isAuthenticated).toBe(false);
  }, WAIT);

describe('the team server restarted mid-session', () => {
  it('tells the clients it is stopping, and they carry on where they were when it is back', async () => {
    const testServer = await startTestServer();
    const room = makeRoom();
    const [alice, bob] = connectTwo(testServer.server.url, room);
    await waitUntilSynced(alice, bob);
    alice.doc.getMap('answer:value').set('before', 1);
    await waitUntilConverged(alice.doc, bob.doc);

    await testServer.stop();
    await waitUntilOffline(alice, bob);
    expect(alice.closeCodes).toContain(TEAM_CLOSE_CODE.serverStopping);
    expect(alice.refusals).toContain(TEAM_REFUSAL.serverStopping);
    alice.doc.getMap('answer:value').set('while-down-alice', 2);
    bob.doc.getMap('answer:value').set('while-down-bob', 3);

    const restarted = await testServer.restart();
    await waitUntilSynced(alice, bob);
    await waitUntilConverged(alice.doc, bob.doc);
    const latecomer = connectClient(restarted.url, room);
    await waitUntilSynced(latecomer);
    expect(values(latecomer.doc)).toEqual({ before: 1, 'while-down-alice': 2, 'while-down-bob': 3 });
  });

  it('writes every pending change to the file when it stops, however long its write delay', async () => {
    const testServer = await startTestServer({ storeDelayMs: 600_000, maxStoreDelayMs: 600_000 });
    const room = makeRoom();
    const client = connectClient(testServer.server.url, room);
    await waitUntilSynced(client);
    client.doc.getText('narrative:innovation').insert(0, 'Hai vườn ươm khởi nghiệp.');
    // Synced: the server has acknowledged the change, and has not written it yet.
    await waitUntilSynced(client);
    expect(readStoredDocument(testServer.dbPath, room.room).getText('narrative:innovation').toJSON()).toBe(
      '',
    );
    await testServer.stop();
    expect(readStoredDocument(testServer.dbPath, room.room).getText('narrative:innovation').toJSON()).toBe(
      'Hai vườn ươm khởi nghiệp.',
    );
    // The file holds the key's hash, never the key.
    expect(readFileSync(testServer.dbPath).includes(room.key)).toBe(false);
  });
});

type ServerProcess = { child: ChildProcessByStdio<null, Readable, Readable>; url: string; output: string[] };

/** `npm run server`'s program, as one Node process (tsx's CLI would add a parent to it). */
async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const output: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      output.push(line);
      const ready = /^Team server ready: (ws:\/\/\S+) — enter this address in the app$/.exec(line);
      if (ready?.[1]) resolve(ready[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${output.join('\n')}`)));
  });
  return { child, url, output };
}

const exited = (child: ChildProcessByStdio<null, Readable, Readable>) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

describe('npm run server', () => {
  it('survives being killed: the clients reconnect to the new process and nothing is lost', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'team-server-'));
    folders.push(folder);
    const dbPath = join(folder, 'nested', 'team.sqlite');
    const first = await spawnServer({ PORT: '0', HOST: '127.0.0.1', TEAM_DB: dbPath });
    const port = new URL(first.url).port;
    const room = makeRoom();
    const [alice, bob] = connectTwo(first.url, room);
    await waitUntilSynced(alice, bob);
    alice.doc.getText('narrative:broadband').insert(0, 'Before the crash.');
    await waitUntilConverged(alice.doc, bob.doc);

    // No time to write anything: whatever the file lacks, the clients still hold.
    first.child.kill('SIGKILL');
    await exited(first.child);
    await waitUntilOffline(alice, bob);
    alice.doc.getText('narrative:broadband').insert(0, 'Alice offline. ');
    bob.doc.getMap('answer:value').set('broadband.availability', 91);

    const second = await spawnServer({ PORT: port, HOST: '127.0.0.1', TEAM_DB: dbPath });
    await waitUntilSynced(alice, bob);
    await waitUntilConverged(alice.doc, bob.doc);
    expect(bob.doc.getText('narrative:broadband').toJSON()).toBe('Alice offline. Before the crash.');
    expect(values(alice.doc)).toEqual({ 'broadband.availability': 91 });

    // SIGTERM: the process closes the connections, writes every room and exits 0.
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
    expect(second.output.join('\n')).toContain('Team server stopped.');
    const stored = readStoredDocument(dbPath, room.room);
    expect(stored.getText('narrative:broadband').toJSON()).toBe('Alice offline. Before the crash.');
    expect(values(stored)).toEqual({ 'broadband.availability': 91 });
  });
});
