import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';

import { createTeamTestStore } from '../team-sync/team-test-server';
import { startTeamServerProcess, type TeamServerProcess } from '../team-sync/team-server-process';
import { readStoredAssessments } from './app-actions';
import { launchBrowser } from './browser';
import {
  chooseLevel,
  CONNECTED,
  joinTeam,
  LEVEL_QUESTIONS,
  openBroadband,
  openPerson,
  readAssessmentId,
  readLevel,
  startTeam,
} from './team-sync-actions';

const baseUrl = inject('baseUrl');
const [first, second, third] = LEVEL_QUESTIONS;
if (!first || !second || !third) throw new Error('three level questions are needed');

let browser: Browser;
let server: TeamServerProcess;
const people: Page[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startTeamServerProcess()]);
});
afterAll(async () => {
  await Promise.all([browser.close(), server.stop()]);
});
afterEach(async () => {
  await Promise.all(people.splice(0).map((page) => page.context().close()));
});

async function person(locale?: string, width?: number): Promise<Page> {
  const page = await openPerson(browser, locale, width);
  people.push(page);
  return page;
}

/** Lan starts a team on a new assessment and Minh joins; both are on its broadband step. */
async function startPair(
  serverUrl = server.url,
): Promise<{ lan: Page; minh: Page; id: string; link: string }> {
  const [lan, minh] = await Promise.all([person(), person()]);
  const link = await startTeam(lan, baseUrl, serverUrl);
  const id = readAssessmentId(lan);
  await joinTeam(minh, link, 'Minh');
  expect(readAssessmentId(minh)).toBe(id);
  await Promise.all([openBroadband(lan, baseUrl, id), openBroadband(minh, baseUrl, id)]);
  await Promise.all([lan.getByText(CONNECTED).waitFor(), minh.getByText(CONNECTED).waitFor()]);
  return { lan, minh, id, link };
}

/** Waits until the question shows this level on the page. */
async function waitForLevel(page: Page, prompt: string, level: number): Promise<void> {
  await expect.poll(() => readLevel(page, prompt), { timeout: 30_000, interval: 100 }).toBe(level);
}

const narrative = (page: Page) => page.getByLabel('Narrative');

/** What each person's browser has stored (as "Export all" gives it back), for one assessment. */
async function readStored(page: Page, id: string): Promise<Record<string, unknown> | undefined> {
  return (await readStoredAssessments(page))[id];
}

describe('a team working live', () => {
  it('merges concurrent edits to different answers, to the same answer and to the same narrative', async () => {
    const { lan, minh, id } = await startPair();
    // Presence: each sees the other on the broadband step, by name.
    await lan.getByText('Minh: Broadband').waitFor();
    await minh.getByText('Lan: Broadband').waitFor();

    // Different answers, at the same moment.
    await Promise.all([chooseLevel(lan, first.prompt, 3), chooseLevel(minh, second.prompt, 1)]);
    // The same answer, at the same moment: one value wins, the same on both sides.
    await Promise.all([chooseLevel(lan, third.prompt, 4), chooseLevel(minh, third.prompt, 2)]);
    // The same narrative, typed into at the same moment at both ends.
    await narrative(lan).fill('Cáp quang đến mọi xã.');
    await expect.poll(() => narrative(minh).inputValue(), { timeout: 30_000 }).toBe('Cáp quang đến mọi xã.');
    await narrative(minh).press('End');
    await narrative(lan).press('Home');
    await Promise.all([
      narrative(lan).pressSequentially('Lan: ', { delay: 20 }),
      narrative(minh).pressSequentially(' (Minh)', { delay: 20 }),
    ]);

    for (const page of [lan, minh]) {
      await waitForLevel(page, first.prompt, 3);
      await waitForLevel(page, second.prompt, 1);
    }
    const agreed = await readLevel(lan, third.prompt);
    expect([4, 2]).toContain(agreed);
    await waitForLevel(minh, third.prompt, agreed ?? -1);
    const expected = 'Lan: Cáp quang đến mọi xã. (Minh)';
    await expect.poll(() => narrative(lan).inputValue(), { timeout: 30_000 }).toBe(expected);
    await expect.poll(() => narrative(minh).inputValue(), { timeout: 30_000 }).toBe(expected);

    // Each browser's own copy holds all of it.
    await Promise.all([lan.getByText(CONNECTED).waitFor(), minh.getByText(CONNECTED).waitFor()]);
    const [lanCopy, minhCopy] = await Promise.all([readStored(lan, id), readStored(minh, id)]);
    expect(lanCopy?.answers).toEqual(minhCopy?.answers);
    expect(lanCopy?.narratives).toEqual({ broadband: expected });
    expect(minhCopy?.narratives).toEqual({ broadband: expected });
  });

  it('keeps what is edited offline, says how much waits, and merges it on return', async () => {
    const { lan, minh, id } = await startPair();
    await chooseLevel(lan, first.prompt, 2);
    await waitForLevel(minh, first.prompt, 2);

    await minh.context().setOffline(true);
    await minh.getByText('Team: offline, no change waiting to be sent').waitFor();
    await chooseLevel(minh, second.prompt, 4);
    await narrative(minh).fill('Viết khi mất mạng.');
    await minh.getByText(/Team: offline, \d+ changes? to send$/).waitFor();
    // Meanwhile Lan goes on, online.
    await chooseLevel(lan, third.prompt, 1);
    await chooseLevel(lan, first.prompt, 3);
    await lan.getByText(CONNECTED).waitFor();
    expect(await readLevel(lan, second.prompt)).toBeNull();

    await minh.context().setOffline(false);
    await minh.getByText(CONNECTED).waitFor();
    for (const page of [lan, minh]) {
      await waitForLevel(page, first.prompt, 3);
      await waitForLevel(page, second.prompt, 4);
      await waitForLevel(page, third.prompt, 1);
      await expect.poll(() => narrative(page).inputValue(), { timeout: 30_000 }).toBe('Viết khi mất mạng.');
    }
    const [lanCopy, minhCopy] = await Promise.all([readStored(lan, id), readStored(minh, id)]);
    expect(lanCopy?.answers).toEqual(minhCopy?.answers);
  });

  it('loses nothing when the server is killed mid-session and started again', async () => {
    const store = createTeamTestStore();
    let own = await startTeamServerProcess({ store });
    try {
      const { lan, minh, id } = await startPair(own.url);
      await chooseLevel(lan, first.prompt, 1);
      await waitForLevel(minh, first.prompt, 1);

      await own.kill();
      await Promise.all([
        lan.getByText(/Team: server unreachable/).waitFor(),
        minh.getByText(/Team: server unreachable/).waitFor(),
      ]);
      await chooseLevel(lan, second.prompt, 2);
      await chooseLevel(minh, third.prompt, 3);
      await narrative(minh).fill('Trong lúc máy chủ khởi động lại.');
      await lan.getByText(/Team: server unreachable, trying again; \d+ changes? to send/).waitFor();

      own = await startTeamServerProcess({ store, port: own.port });
      await Promise.all([lan.getByText(CONNECTED).waitFor(), minh.getByText(CONNECTED).waitFor()]);
      for (const page of [lan, minh]) {
        await waitForLevel(page, first.prompt, 1);
        await waitForLevel(page, second.prompt, 2);
        await waitForLevel(page, third.prompt, 3);
        await expect
          .poll(() => narrative(page).inputValue(), { timeout: 30_000 })
          .toBe('Trong lúc máy chủ khởi động lại.');
      }
      // A newcomer after the restart gets all of it from the server's file.
      const an = await person();
      const link = await lan.evaluate(() => window.location.href);
      expect(link).not.toContain('key=');
      const teamLink = await (async () => {
        await lan.getByRole('link', { name: 'Work with your team' }).click();
        return lan.getByLabel('Team link').inputValue();
      })();
      await joinTeam(an, teamLink, 'An');
      await openBroadband(an, baseUrl, id);
      await waitForLevel(an, second.prompt, 2);
      await waitForLevel(an, third.prompt, 3);
    } finally {
      await own.stop();
    }
  });

  it('refuses a wrong key with a message, and stores nothing', async () => {
    const [lan, mallory] = await Promise.all([person(), person('vi-VN')]);
    const link = await startTeam(lan, baseUrl, server.url);
    const wrong = link.replace(/key=[\w-]+/, `key=${'A'.repeat(43)}`);
    await mallory.goto(wrong);
    await mallory.getByRole('heading', { level: 1, name: 'Tham gia nhóm' }).waitFor();
    await mallory.getByLabel('Họ tên của bạn').fill('Mallory');
    await mallory.getByRole('button', { name: 'Tham gia nhóm' }).click();
    await mallory.getByText(/Nhóm: bị từ chối, sai khóa/).waitFor();
    expect(mallory.url()).not.toContain('key=');
    expect(await readStoredAssessments(mallory)).toEqual({});
  });

  it('leaves the team and keeps the local copy, which no longer follows the team', async () => {
    const { lan, minh, id } = await startPair();
    await chooseLevel(lan, first.prompt, 2);
    await waitForLevel(minh, first.prompt, 2);

    await minh.getByRole('link', { name: 'Work with your team' }).click();
    await minh.getByRole('button', { name: 'Leave the team' }).click();
    await minh
      .getByRole('dialog', { name: 'Leave the team?' })
      .getByRole('button', { name: 'Leave the team' })
      .click();
    await minh.getByText(/^You left the team\. Your copy of “Thừa Thiên Huế” stays/).waitFor();

    await chooseLevel(lan, first.prompt, 4);
    await lan.getByText(CONNECTED).waitFor();
    await openBroadband(minh, baseUrl, id);
    expect(await readLevel(minh, first.prompt)).toBe(2);
    await minh.getByRole('link', { name: 'Work with your team' }).waitFor();
    const copy = await readStored(minh, id);
    expect((copy?.answers as Record<string, { value: number }>)[first.id]?.value).toBe(2);
  });
});

describe('the team server is the only other origin', () => {
  it('lets the page connect to its team server and to nothing else, with no policy violation of its own', async () => {
    const other = await startTeamServerProcess();
    try {
      const lan = await person();
      const foreign: string[] = [];
      const sockets: string[] = [];
      const violations: string[] = [];
      lan.on('websocket', (socket) => sockets.push(socket.url()));
      const origin = new URL(baseUrl).origin;
      lan.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
          foreign.push(url);
      });
      lan.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      const probe = (url: string) =>
        lan.evaluate(
          (target) =>
            new Promise<string>((resolve) => {
              const onViolation = (event: SecurityPolicyViolationEvent) => {
                if (event.blockedURI.startsWith(target.replace(/\/$/, ''))) resolve('blocked');
              };
              document.addEventListener('securitypolicyviolation', onViolation, { once: true });
              const socket = new WebSocket(target);
              socket.onopen = () => {
                socket.close();
                resolve('open');
              };
              socket.onerror = () => setTimeout(() => resolve('failed'), 200);
            }),
          url,
        );

      // Before any team: no WebSocket anywhere, the team server included.
      await lan.goto(baseUrl);
      await lan.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await probe(server.url)).toBe('blocked');
      violations.length = 0;

      await startTeam(lan, baseUrl, server.url);
      expect(await lan.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(2);
      await lan.getByText(CONNECTED).waitFor();
      expect(violations).toEqual([]);
      expect(foreign).toEqual([]);
      expect(sockets.length).toBeGreaterThan(0);
      expect(sockets.every((url) => url.startsWith(server.url))).toBe(true);

      // The chosen server: yes. Another server, or a web request to it: blocked.
      expect(await probe(server.url)).toBe('open');
      expect(await probe(other.url)).toBe('blocked');
      const fetched = await lan.evaluate(
        (target) =>
          fetch(target.replace(/^ws/, 'http')).then(
            () => 'fetched',
            () => 'blocked',
          ),
        other.url,
      );
      expect(fetched).toBe('blocked');
    } finally {
      await other.stop();
    }
  });
});
