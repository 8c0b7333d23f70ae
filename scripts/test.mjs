// The one test command (`npm test`):
//  1. installs the system packages the browser and PDF tests need when they are missing;
//  2. runs the static checks (tsc for every tsconfig, ESLint, Prettier) as steps of their own, outside
//     any per-test timeout, alongside
//  3. the vitest projects: unit and component, then browser;
// and ends with the line "N passed, N failed", in which each static check counts as one test.
// Arguments go to vitest (e.g. `npm test -- tests/domain`); `--no-checks` skips step 2.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';

const REQUIRED = [
  { binary: '/usr/bin/chromium', pkg: 'chromium' },
  { binary: '/usr/bin/pdftoppm', pkg: 'poppler-utils' },
];

// Each check is a command of its own; a failing one prints what it found and counts as one failure.
// ESLint and Prettier keep caches under node_modules/.cache, so a second run checks only what changed.
// ESLint, the longest (it builds TypeScript 6 programs for its typed rules), starts first.
// The types are checked by TypeScript 7, the native compiler (`typescript-native`): the same checker,
// about a fifth of the CPU (17 CPU-s for the three projects instead of 72, measured here).
// TypeScript 6 stays for typescript-eslint, which does not run on 7 yet.
const TSC = 'node_modules/typescript-native/bin/tsc';
const STATIC_CHECKS = [
  {
    name: 'ESLint, zero warnings',
    args: [
      'node_modules/eslint/bin/eslint.js',
      '.',
      '--max-warnings=0',
      '--cache',
      '--cache-strategy=content',
      '--cache-location=node_modules/.cache/eslint/',
    ],
  },
  { name: 'types: src/domain (no DOM, no Node)', args: [TSC, '-p', 'tsconfig.domain.json'] },
  { name: 'types: the app', args: [TSC, '-p', 'tsconfig.app.json'] },
  { name: 'types: CLI, scripts and tests', args: [TSC, '-p', 'tsconfig.node.json'] },
  {
    name: 'Prettier formatting',
    args: [
      'node_modules/prettier/bin/prettier.cjs',
      '--check',
      '--log-level=warn',
      '--cache',
      '--cache-location=node_modules/.cache/prettier/.cache',
      '.',
    ],
  },
];

function runSync(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

/** The static checks still running, so their priority can be restored once the tests end. */
const runningChecks = new Set();
let areTestsDone = false;

/**
 * The browser tests are the longest chain; the static checks yield the CPU to them and fill the
 * time they spend waiting on Chromium. (Only the checks: they have no time limit, so on a machine
 * busy with other work they merely finish later, where a starved test could run out of time.)
 */
function setCheckPriority(child, priority) {
  try {
    if (child.pid !== undefined) setPriority(child.pid, priority);
  } catch {
    // Not allowed to change a priority here (raising one back needs root): only the run's length changes.
  }
}

/**
 * Once the tests are done nothing needs the CPU more than the checks: left yielding, they would crawl
 * beside whatever else the machine runs (ten minutes more beside two busy loops).
 */
function stopYielding() {
  for (const child of runningChecks) setCheckPriority(child, 0);
}

/** Runs a command with its output captured, so parallel checks never interleave their reports. */
function runCaptured(args) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    if (!areTestsDone) {
      setCheckPriority(child, 10);
      runningChecks.add(child);
    }
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: String(error), seconds: 0 }));
    child.on('close', (code) => {
      runningChecks.delete(child);
      resolve({ code: code ?? 1, output: output.trim(), seconds: (Date.now() - started) / 1000 });
    });
  });
}

/** The checks, two at a time (the machine has two cores), in the order listed. */
async function runStaticChecks() {
  const results = new Array(STATIC_CHECKS.length);
  let next = 0;
  const worker = async () => {
    while (next < STATIC_CHECKS.length) {
      const index = next++;
      results[index] = { ...STATIC_CHECKS[index], ...(await runCaptured(STATIC_CHECKS[index].args)) };
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

function runVitest(args, countsFile) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        'node_modules/vitest/vitest.mjs',
        'run',
        '--reporter=default',
        '--reporter=./scripts/closing-reporter.ts',
        ...args,
      ],
      {
        stdio: 'inherit',
        env: {
          ...process.env,
          CLOSING_COUNTS_FILE: countsFile,
          ...(process.env.CI ? { NO_COLOR: '1' } : {}),
        },
      },
    );
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // vitest ended before its reporter could count (a crash, a broken config): that is a failure.
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

const started = Date.now();
const missing = REQUIRED.filter(({ binary }) => !existsSync(binary)).map(({ pkg }) => pkg);
if (missing.length > 0) {
  console.log(`Installing ${missing.join(', ')} with apt-get (needed by the browser and PDF tests)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (
    runSync('apt-get', ['update', '-qq'], { env }) !== 0 ||
    runSync('apt-get', ['install', '-y', '-qq', ...missing], { env }) !== 0
  ) {
    console.error(
      `Could not install ${missing.join(', ')}. Install them (apt-get install ${missing.join(' ')}) and run npm test again.`,
    );
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  }
}

const args = process.argv.slice(2);
const isCheckingStatically = !args.includes('--no-checks');
const vitestArgs = args.filter((arg) => arg !== '--no-checks');
const countsDirectory = mkdtempSync(join(tmpdir(), 'icf-test-'));

// The static checks run beside the tests, yielding to them. The Node and jsdom tests run first, then
// the browser tests, each vitest run using both cores: run side by side, the two slowed each other
// more than they filled each other's gaps (on a quiet machine, 519 s and 984 CPU-s side by side,
// 460 s and 900 CPU-s in turn: jsdom's set-up alone took 170 s instead of 47, and every wait that
// polls polled longer). Given arguments, vitest runs once with them.
const vitestRuns =
  vitestArgs.length > 0
    ? [vitestArgs]
    : [
        ['--project', 'unit', '--project', 'component'],
        ['--project', 'browser'],
      ];
/** One vitest run after the other; every run goes ahead whether the one before passed or not. */
async function runInTurn() {
  const results = [];
  for (const [index, runArgs] of vitestRuns.entries()) {
    const file = join(countsDirectory, `counts-${index}.json`);
    const code = await runVitest(runArgs, file);
    results.push({ code, counts: readCounts(file) });
  }
  return results;
}
const testRuns = runInTurn().finally(() => {
  areTestsDone = true;
  stopYielding();
});
const [checks, vitestResults] = await Promise.all([
  isCheckingStatically ? runStaticChecks() : Promise.resolve([]),
  testRuns,
]);
rmSync(countsDirectory, { recursive: true, force: true });
const counts = { passed: 0, failed: 0, skipped: 0 };
for (const result of vitestResults) {
  counts.passed += result.counts.passed;
  counts.skipped += result.counts.skipped;
  // vitest failing with every test passed (an unhandled error it reported) still fails the run.
  counts.failed += result.counts.failed + (result.code !== 0 && result.counts.failed === 0 ? 1 : 0);
}

if (checks.length > 0) {
  console.log('\nStatic checks');
  for (const check of checks) {
    console.log(`  ${check.code === 0 ? '✓' : '×'} ${check.name} (${check.seconds.toFixed(1)} s)`);
    if (check.code !== 0) console.log(check.output.replace(/^/gm, '      '));
  }
}
const checksFailed = checks.filter((check) => check.code !== 0).length;
const passed = counts.passed + checks.length - checksFailed;
const failed = counts.failed + checksFailed;
console.log(`\nTook ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(`\n${passed} passed, ${failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
