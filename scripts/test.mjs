// The one test command (`npm test`): installs the system packages the browser and PDF tests need
// when they are missing, then runs every vitest project (unit, component, browser) and ends with
// the line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const REQUIRED = [
  { binary: '/usr/bin/chromium', pkg: 'chromium' },
  { binary: '/usr/bin/pdftoppm', pkg: 'poppler-utils' },
];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

const missing = REQUIRED.filter(({ binary }) => !existsSync(binary)).map(({ pkg }) => pkg);
if (missing.length > 0) {
  console.log(`Installing ${missing.join(', ')} with apt-get (needed by the browser and PDF tests)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (
    run('apt-get', ['update', '-qq'], { env }) !== 0 ||
    run('apt-get', ['install', '-y', '-qq', ...missing], { env }) !== 0
  ) {
    console.error(
      `Could not install ${missing.join(', ')}. Install them (apt-get install ${missing.join(' ')}) and run npm test again.`,
    );
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  }
}

const vitest = [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=./scripts/closing-reporter.ts',
  ...process.argv.slice(2),
];
process.exit(
  run(process.execPath, vitest, { env: { ...process.env, ...(process.env.CI ? { NO_COLOR: '1' } : {}) } }),
);
