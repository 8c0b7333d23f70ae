// Part of `npm run bench -- team`: an edit in one Chromium → visible in another, through the team
// server over loopback, with the built app as users get it (`vite preview`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';

import { joinTeam, openBroadband, readAssessmentId, startTeam } from '../tests/e2e/team-sync-actions';
import { startTeamServerProcess } from '../tests/team-sync/team-server-process';
import { parseTeamLink } from '../src/team-sync/team-link';
import { connect, percentile } from './bench-team';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium-flags';

const root = fileURLToPath(new URL('..', import.meta.url));
const EDITS = 100;
// The second case: 20 connected clients, the two browsers and 18 Node Yjs clients.
const OTHER_CLIENTS = 18;

type TimedWindow = Window & { __sent?: number[]; __seen?: number[] };

/**
 * Each edit adds a word to the broadband narrative in Lan's browser; the time is taken in the page
 * at the key that makes the word (keydown) and in Minh's page when his word count changes. Both
 * clocks are the machine's (timeOrigin + now), so the two pages' times compare.
 */
async function timeEdits(lan: Page, minh: Page): Promise<number[]> {
  // A second run finds the listeners there already: it only starts the lists afresh.
  await lan.evaluate(() => {
    const w = window as TimedWindow;
    if (w.__sent) return void (w.__sent = []);
    w.__sent = [];
    document
      .querySelector<HTMLTextAreaElement>('.narrative textarea')
      ?.addEventListener('keydown', (event: KeyboardEvent) => {
        if (event.key === 'w') w.__sent?.push(performance.timeOrigin + performance.now());
      });
  });
  await minh.evaluate(() => {
    const w = window as TimedWindow;
    if (w.__seen) return void (w.__seen = []);
    w.__seen = [];
    const count = document.querySelector('.narrative__count');
    if (!count) throw new Error('no word count');
    new MutationObserver(() => w.__seen?.push(performance.timeOrigin + performance.now())).observe(count, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  const start = await minh.evaluate(
    () => document.querySelector<HTMLTextAreaElement>('.narrative textarea')?.value.length ?? 0,
  );
  const narrative = lan.getByLabel('Narrative');
  await narrative.focus();
  for (let edit = 0; edit < EDITS; edit += 1) {
    // The space first, not timed: the next key then makes a new word, which the count shows.
    await narrative.press('Space');
    await minh.waitForFunction(
      (length) =>
        (document.querySelector<HTMLTextAreaElement>('.narrative textarea')?.value.length ?? 0) >= length,
      start + edit * 2 + 1,
    );
    await narrative.press('w');
    await minh.waitForFunction((seen) => ((window as TimedWindow).__seen?.length ?? 0) >= seen, edit + 1);
  }
  const sent = await lan.evaluate(() => (window as TimedWindow).__sent ?? []);
  const seen = await minh.evaluate(() => (window as TimedWindow).__seen ?? []);
  return sent.map((time, i) => (seen[i] ?? Number.NaN) - time);
}

export async function measureTeamInBrowsers(): Promise<void> {
  console.log('\nTeam in the browser (2 Chromium contexts, built app, team server in its own process)');
  if (!existsSync(join(root, 'dist/index.html'))) await build({ root, logLevel: 'silent' });
  const app = await preview({ root, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
  const baseUrl = app.resolvedUrls?.local[0] ?? '';
  const team = await startTeamServerProcess();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const open = async () => (await browser.newContext({ locale: 'en-GB' })).newPage();
    const [lan, minh] = await Promise.all([open(), open()]);
    const link = await startTeam(lan, baseUrl, team.url);
    const id = readAssessmentId(lan);
    await joinTeam(minh, link, 'Minh');
    await Promise.all([openBroadband(lan, baseUrl, id), openBroadband(minh, baseUrl, id)]);
    const report = (times: number[], clients: number) => {
      const format = (fraction: number) => percentile(times, fraction).toFixed(1);
      console.log(
        `  ${clients} clients: edit → visible in the other browser, ${times.length} edits: median ${format(0.5)} ms, p95 ${format(0.95)} ms`,
      );
    };
    report(await timeEdits(lan, minh), 2);
    const invite = parseTeamLink(link, 'http:');
    if (!invite.ok) throw new Error('the team link does not parse');
    const others = Array.from({ length: OTHER_CLIENTS }, () =>
      connect(invite.value.server, invite.value.room, invite.value.key),
    );
    try {
      await Promise.all(others.map((client) => client.synced));
      report(await timeEdits(lan, minh), 2 + OTHER_CLIENTS);
    } finally {
      for (const client of others) client.destroy();
    }
  } finally {
    await browser.close();
    await team.stop();
    await app.close();
  }
}
