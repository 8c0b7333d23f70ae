// `npm run server`: the team server on this machine. PORT (default 1234), HOST (default 127.0.0.1)
// and TEAM_DB (default data/team.sqlite) set where it listens and where it keeps the rooms.
import { resolve } from 'node:path';

import { startTeamServer } from './team-server';

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return 1234;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a whole number from 0 to 65535, not "${value}".`);
    process.exit(1);
  }
  return port;
}

const dbPath = resolve(process.env.TEAM_DB || 'data/team.sqlite');
const server = await startTeamServer({
  port: readPort(process.env.PORT),
  host: process.env.HOST || '127.0.0.1',
  dbPath,
});
console.log(`Team server ready: ${server.url} — enter this address in the app`);
console.log(`Rooms are kept in ${dbPath}. Stop with Ctrl+C.`);

let isStopping = false;
const stopOnSignal = (signal: NodeJS.Signals) => {
  if (isStopping) {
    console.log(`${signal} again: stopping without waiting.`);
    process.exit(1);
  }
  isStopping = true;
  console.log(`${signal}: closing connections and saving every room…`);
  server.stop().then(
    () => {
      console.log('Team server stopped.');
      process.exit(0);
    },
    (error: unknown) => {
      console.error('Team server did not stop cleanly:', error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', stopOnSignal);
process.on('SIGTERM', stopOnSignal);
