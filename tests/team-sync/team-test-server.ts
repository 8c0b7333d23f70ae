import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startTeamServer, type TeamServer } from '../../src/server/team-server';

export type TeamTestServer = TeamServer;

/** Where a test server keeps its rooms: a fresh SQLite file, kept across a restart. */
export type TeamTestStore = { dbPath: string };

export const createTeamTestStore = (): TeamTestStore => ({
  dbPath: join(mkdtempSync(join(tmpdir(), 'icf-team-')), 'team.sqlite'),
});

/**
 * The team server (src/server/team-server.ts) on a free loopback port. Pass the same store and port
 * to start it again after a stop, as a restarted server finds its database.
 */
export function startTeamTestServer(
  options: { port?: number; store?: TeamTestStore } = {},
): Promise<TeamTestServer> {
  const store = options.store ?? createTeamTestStore();
  return startTeamServer({
    port: options.port ?? 0,
    dbPath: store.dbPath,
    storeDelayMs: 50,
    maxStoreDelayMs: 200,
  });
}
