// `npm run bench -- team`: the team server over loopback. The server runs in a process of its own
// (as in use), the Yjs clients in this one.
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

import type { Assessment } from '../src/domain/assessment/assessment-schema';
import { writeAssessment } from '../src/persistence/assessment-doc';

const root = fileURLToPath(new URL('..', import.meta.url));
const makeCredential = () => randomBytes(16).toString('base64url');

type MemoryUsage = { rss: number; heapUsed: number; heapTotal: number; external: number };

type BenchServer = { url: string; measureMemory(): Promise<MemoryUsage>; stop(): Promise<void> };

/** The server in a child process that answers "memory" on stdin with its usage after a GC. */
async function spawnBenchServer(dbPath: string): Promise<BenchServer> {
  const program = `
    import { createInterface } from 'node:readline';
    import { startTeamServer } from './src/server/team-server.ts';
    const server = await startTeamServer({ dbPath: process.env.TEAM_DB });
    console.log('url ' + server.url);
    createInterface({ input: process.stdin }).on('line', async (line) => {
      if (line === 'memory') {
        globalThis.gc();
        console.log('memory ' + JSON.stringify(process.memoryUsage()));
      } else if (line === 'stop') {
        await server.stop();
        process.exit(0);
      }
    });`;
  const child: ChildProcessByStdio<Writable, Readable, null> = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', '--input-type=module', '--eval', program],
    { cwd: root, env: { ...process.env, TEAM_DB: dbPath }, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines: Interface = createInterface({ input: child.stdout });
  const nextLine = (prefix: string) =>
    new Promise<string>((resolve) => {
      const onLine = (line: string) => {
        if (!line.startsWith(prefix)) return;
        lines.off('line', onLine);
        resolve(line.slice(prefix.length));
      };
      lines.on('line', onLine);
    });
  const url = await nextLine('url ');
  return {
    url,
    async measureMemory() {
      const answer = nextLine('memory ');
      child.stdin.write('memory\n');
      return JSON.parse(await answer) as MemoryUsage;
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin.write('stop\n');
      await exited;
    },
  };
}

export type BenchClient = { doc: Y.Doc; synced: Promise<void>; hasUnsentChanges(): boolean; destroy(): void };

export function connect(url: string, room: string, key: string): BenchClient {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  let onSynced = () => undefined as void;
  const synced = new Promise<void>((resolve) => (onSynced = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    token: key,
    document: doc,
    onSynced: () => onSynced(),
  });
  provider.attach();
  return {
    doc,
    synced,
    hasUnsentChanges: () => provider.hasUnsyncedChanges,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

export const percentile = (values: number[], fraction: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * fraction))] ?? 0;

const waitFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Edit → visible: one client sets an answer, the others wait for it; 100 edits a typist's pace apart. */
async function measureLatency(url: string, clientCount: number): Promise<void> {
  const room = makeCredential();
  const key = makeCredential();
  const clients = Array.from({ length: clientCount }, () => connect(url, room, key));
  await Promise.all(clients.map((client) => client.synced));
  const [writer, ...readers] = clients;
  if (!writer || readers.length === 0) throw new Error('two clients at least');
  const toFirst: number[] = [];
  const toAll: number[] = [];
  for (let edit = 0; edit < 100; edit += 1) {
    const key = `edit-${edit}`;
    const started = performance.now();
    const seen = readers.map(
      (reader) =>
        new Promise<number>((resolve) => {
          const values = reader.doc.getMap('answer:value');
          const onChange = () => {
            if (!values.has(key)) return;
            values.unobserve(onChange);
            resolve(performance.now() - started);
          };
          values.observe(onChange);
        }),
    );
    writer.doc.getMap('answer:value').set(key, edit);
    const times = await Promise.all(seen);
    toFirst.push(times[0] ?? 0);
    toAll.push(Math.max(...times));
    // Someone typing fast: about 20 keys a second.
    await waitFor(50);
  }
  for (const client of clients) client.destroy();
  const format = (values: number[]) =>
    `median ${percentile(values, 0.5).toFixed(1)} ms, p95 ${percentile(values, 0.95).toFixed(1)} ms`;
  console.log(
    `  ${String(clientCount).padStart(2)} clients: edit → visible in another client ${format(toFirst)}`,
  );
  if (readers.length > 1)
    console.log(`              edit → visible in all ${readers.length} others ${format(toAll)}`);
}

/** Memory with 100 rooms open, each holding the example assessment and one client. */
async function measureRooms(server: BenchServer, assessment: Assessment): Promise<void> {
  const before = await server.measureMemory();
  const clients: BenchClient[] = [];
  for (let room = 0; room < 100; room += 1) {
    const client = connect(server.url, makeCredential(), makeCredential());
    clients.push(client);
    await client.synced;
    writeAssessment(client.doc, { ...assessment, id: `bench-${room}` });
  }
  // Until the server has applied every room's document.
  while (clients.some((client) => client.hasUnsentChanges())) await waitFor(20);
  const after = await server.measureMemory();
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const documentBytes = Y.encodeStateAsUpdate(clients[0]?.doc ?? new Y.Doc()).length;
  console.log(
    `  100 open rooms (the example assessment in each, ${(documentBytes / 1024).toFixed(1)} KB encoded; one client each):`,
  );
  console.log(
    `    RSS ${mb(before.rss)} → ${mb(after.rss)}; heap used ${mb(before.heapUsed)} → ${mb(after.heapUsed)} (+${((after.heapUsed - before.heapUsed) / 1024 / 100).toFixed(0)} KB a room)`,
  );
  for (const client of clients) client.destroy();
}

export async function measureTeamServer(assessment: Assessment): Promise<void> {
  console.log('\nTeam server over loopback (server in its own process, Node Yjs clients)');
  const folder = mkdtempSync(join(tmpdir(), 'bench-team-'));
  const server = await spawnBenchServer(join(folder, 'team.sqlite'));
  try {
    await measureLatency(server.url, 2);
    await measureLatency(server.url, 20);
    await measureRooms(server, assessment);
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}
