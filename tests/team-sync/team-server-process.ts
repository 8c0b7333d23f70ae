import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

import { createTeamTestStore, type TeamTestStore } from './team-test-server';

export type TeamServerProcess = {
  url: string;
  port: number;
  /** SIGTERM: the server closes its connections and writes every room. */
  stop: () => Promise<void>;
  /** SIGKILL: the process dies at once, as on a crash or a pulled plug. */
  kill: () => Promise<void>;
};

const ROOT = join(import.meta.dirname, '../..');
const READY = /Team server ready: (ws:\/\/\S+)/;

/**
 * `npm run server` as its own process on a free loopback port (or the given one, to restart it
 * where the clients expect it), keeping its rooms in the store's SQLite file.
 */
export async function startTeamServerProcess(
  options: { port?: number; store?: TeamTestStore } = {},
): Promise<TeamServerProcess> {
  const store = options.store ?? createTeamTestStore();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(options.port ?? 0), HOST: '127.0.0.1', TEAM_DB: store.dbPath },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match?.[1]) {
        child.stdout.off('data', onData);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`team server exited (${code}) before it was ready:\n${output}`)),
    );
  });
  const exited = once(child, 'exit');
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { url, port: Number(new URL(url).port), stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
