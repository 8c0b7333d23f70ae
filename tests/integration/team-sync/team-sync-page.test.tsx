import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import { BrowserLikeWebSocket as WebSocket } from '../../team-sync/browser-like-websocket';

import type { Assessment } from '../../../src/domain/assessment/assessment-schema';
import { writeAssessment } from '../../../src/persistence/assessment-doc';
import { useAssessmentStore } from '../../../src/persistence/assessment-store';
import { readTeamSettings, TEAM_STORAGE_KEY, type TeamBinding } from '../../../src/team-sync/team-bindings';
import {
  createInvite,
  formatTeamLink,
  parseTeamLink,
  TEAM_JOIN_PATH,
} from '../../../src/team-sync/team-link';
import { useTeamStore } from '../../../src/team-sync/team-store';
import { connectToRoom, type RoomConnection } from '../../../src/team-sync/team-sync';
import { closeAllRooms } from '../../../src/team-sync/use-team-room';
import { readStoredAssessments, renderApp } from '../../render-app';
import { startTeamServerProcess, type TeamServerProcess } from '../../team-sync/team-server-process';

const NOW = '2026-12-01T00:00:00.000Z';
const assessment: Assessment = {
  id: 'team-screen-a1',
  profile: { name: 'Huế', year: 2026 },
  answers: { 'broadband.availability': { value: 40 } },
  createdAt: NOW,
  updatedAt: NOW,
};

// The team server in a process of its own: it is a Node program, and jsdom's globals are not Node's.
let server: TeamServerProcess | null = null;
const owners: RoomConnection[] = [];

beforeEach(() => {
  // jsdom's own WebSocket (undici's) cannot dispatch jsdom's events: Node's ws stands in for the browser's.
  vi.stubGlobal('WebSocket', WebSocket);
});
afterEach(async () => {
  closeAllRooms();
  for (const owner of owners.splice(0)) owner.close();
  useTeamStore.setState({ name: '', bindings: [], views: new Map() });
  await server?.stop();
  server = null;
});

/** This browser already works with a team on this assessment, as after making the link. */
function bindHere(binding: TeamBinding, name = 'Lan'): void {
  window.localStorage.setItem(TEAM_STORAGE_KEY, JSON.stringify({ name, bindings: [binding] }));
  useTeamStore.setState(readTeamSettings(window.localStorage));
}

/** Someone elsewhere who already holds the assessment in the room (a Node client). */
async function startOwner(): Promise<{ url: string; room: string; key: string }> {
  server = await startTeamServerProcess();
  const invite = createInvite(server.url);
  const doc = new Y.Doc();
  writeAssessment(doc, assessment);
  let isConnected = false;
  owners.push(
    connectToRoom({
      doc,
      ...invite,
      presence: { name: 'Minh', step: 'innovation' },
      onView: (view) => {
        isConnected ||= view.state.kind === 'connected';
      },
      environment: { isOnline: () => true, onNetworkChange: () => () => undefined, WebSocket },
    }),
  );
  await vi.waitFor(() => expect(isConnected).toBe(true), { timeout: 20_000 });
  return { url: server.url, room: invite.room, key: invite.key };
}

const joinRoute = (link: string) => link.slice(link.indexOf('#') + 1);

describe('work with your team', () => {
  it('makes a team link from a name and a server address, connects, and keeps the key out of the assessment', async () => {
    server = await startTeamServerProcess();
    const { user } = await renderApp({
      url: `/assessments/${assessment.id}/team-sync`,
      assessments: [assessment],
    });
    await screen.findByRole('heading', { level: 1, name: 'Work with your team: Huế 2026' });
    expect(screen.getByText(/receives the whole assessment in clear/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Team server address'), 'https://team.example.gov.vn');
    await user.click(screen.getByRole('button', { name: 'Make the team link' }));
    expect(screen.getByText('Enter your name, so that the others know who is editing.')).toBeInTheDocument();
    expect(screen.getByText(/starts with wss:\/\/ \(or ws:\/\/\), not with http/)).toBeInTheDocument();
    expect(useTeamStore.getState().bindings).toEqual([]);

    await user.type(screen.getByLabelText('Your name'), 'Lan');
    await user.clear(screen.getByLabelText('Team server address'));
    await user.type(screen.getByLabelText('Team server address'), `${server.url}/`);
    await user.click(screen.getByRole('button', { name: 'Make the team link' }));

    const link = await screen.findByLabelText<HTMLInputElement>('Team link');
    const invite = parseTeamLink(link.value, 'http:');
    if (!invite.ok) throw new Error('the page made a link it cannot read');
    expect(invite.value.server).toBe(server.url);
    expect(link.value).toContain(`#${TEAM_JOIN_PATH}?`);
    expect(await screen.findByText('Team: connected, every change is on the server')).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.getByText('Lan (you): the team page')).toBeInTheDocument();

    // The key is kept apart: not in the assessment, nor in the list's index.
    const stored = JSON.stringify([
      readStoredAssessments(),
      [...useAssessmentStore.getState().index.values()],
    ]);
    expect(stored).toContain('Huế');
    expect(stored).not.toContain(invite.value.key);
    expect(stored).not.toContain(invite.value.room);
  });

  it.each([
    [
      'en',
      'Team: server unreachable, trying again; no change waiting',
      'Team: server unreachable, trying again; 1 change to send',
      'Team: offline, 1 change to send',
    ],
    [
      'vi',
      'Nhóm: không kết nối được máy chủ, đang thử lại; không có thay đổi chờ gửi',
      'Nhóm: không kết nối được máy chủ, đang thử lại; 1 thay đổi chờ gửi',
      'Nhóm: mất kết nối mạng, 1 thay đổi chờ gửi',
    ],
  ] as const)(
    'says, on every screen of the assessment, when the server cannot be reached or the browser is offline, and what waits (%s)',
    async (language, unreachable, unreachableWithChange, offline) => {
      server = await startTeamServerProcess();
      const stopped = server;
      server = null;
      await stopped.stop();
      bindHere({ assessmentId: assessment.id, ...createInvite(stopped.url) });
      const { navigate } = await renderApp({
        url: `/assessments/${assessment.id}/broadband`,
        language,
        assessments: [assessment],
      });
      expect(await screen.findByText(unreachable)).toHaveAttribute('role', 'status');

      act(() => {
        useAssessmentStore.getState().updateAnswer(assessment.id, 'broadband.availability', { value: 55 });
      });
      expect(await screen.findByText(unreachableWithChange)).toBeInTheDocument();
      await navigate(`/assessments/${assessment.id}/results`);
      expect(await screen.findByText(unreachableWithChange)).toBeInTheDocument();

      vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
      act(() => {
        window.dispatchEvent(new Event('offline'));
      });
      expect(await screen.findByText(offline)).toHaveAttribute('role', 'status');
    },
  );

  it('joins from a link: says what will happen, asks for a name, copies the team’s assessment and opens it', async () => {
    const owner = await startOwner();
    const link = formatTeamLink('http://localhost:3000/', {
      server: owner.url,
      room: owner.room,
      key: owner.key,
    });
    const { user } = await renderApp({ url: joinRoute(link) });

    await screen.findByRole('heading', { level: 1, name: 'Join a team' });
    expect(screen.getByText(owner.url)).toBeInTheDocument();
    expect(
      screen.getByText('The team server receives the whole assessment in clear (it is not encrypted).'),
    ).toBeInTheDocument();
    expect(screen.getByText(/can leave the team at any time: your copy stays/)).toBeInTheDocument();
    expect(useAssessmentStore.getState().index.size).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Join the team' }));
    expect(screen.getByText('Enter your name, so that the others know who is editing.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Your name'), 'Lan');
    await user.click(screen.getByRole('button', { name: 'Join the team' }));

    await screen.findByRole('heading', { level: 1, name: 'Community profile' });
    expect(window.location.hash).toBe(`#/assessments/${assessment.id}/profile`);
    expect(readStoredAssessments()[assessment.id]?.answers).toEqual(assessment.answers);
    expect(await screen.findByText('Team: connected, every change is on the server')).toBeInTheDocument();
    expect(screen.getByText('Minh: Innovation')).toBeInTheDocument();
  });

  it('says "refused: wrong key" when the link’s key is not the room’s', async () => {
    const owner = await startOwner();
    const link = formatTeamLink('http://localhost:3000/', {
      server: owner.url,
      room: owner.room,
      key: createInvite(owner.url).key,
    });
    const { user } = await renderApp({ url: joinRoute(link), language: 'vi' });
    await user.type(await screen.findByLabelText('Họ tên của bạn'), 'Lan');
    await user.click(screen.getByRole('button', { name: 'Tham gia nhóm' }));
    expect(await screen.findByText(/^Nhóm: bị từ chối, sai khóa/)).toHaveAttribute('role', 'status');
    expect(useAssessmentStore.getState().index.size).toBe(0);
  });

  it.each([
    [
      'en',
      { key: 'short' },
      'This team link cannot be used',
      "Its key is too short: a team link's is at least 22 characters long.",
    ],
    [
      'vi',
      { server: 'http://x.vn' },
      'Không dùng được đường liên kết nhóm này',
      /^Không dùng được địa chỉ máy chủ: Địa chỉ máy chủ nhóm bắt đầu bằng wss/,
    ],
    ['en', { room: '' }, 'This team link cannot be used', 'Its room identifier is missing.'],
  ] as const)(
    'refuses a damaged link with a message naming what is wrong (%s)',
    async (language, change, heading, message) => {
      const good = createInvite('ws://127.0.0.1:1234');
      const link = formatTeamLink('http://localhost:3000/', { ...good, ...change });
      await renderApp({ url: joinRoute(link), language });
      const alert = await screen.findByRole('alert');
      expect(within(alert).getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      expect(within(alert).getByText(message)).toBeInTheDocument();
      expect(useTeamStore.getState().bindings).toEqual([]);
    },
  );

  it('leaves the team and keeps the local copy', async () => {
    server = await startTeamServerProcess();
    const binding: TeamBinding = { assessmentId: assessment.id, ...createInvite(server.url) };
    bindHere(binding);
    const { user } = await renderApp({
      url: `/assessments/${assessment.id}/team-sync`,
      assessments: [assessment],
    });
    await screen.findByText('Team: connected, every change is on the server');

    await user.click(screen.getByRole('button', { name: 'Leave the team' }));
    const dialog = screen.getByRole('dialog', { name: 'Leave the team?' });
    expect(within(dialog).getByText(/Your copy of “Huế” stays in this browser/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Leave the team' }));

    expect(
      await screen.findByText('You left the team. Your copy of “Huế” stays in this browser.'),
    ).toBeInTheDocument();
    expect(readTeamSettings(window.localStorage).bindings).toEqual([]);
    expect(window.localStorage.getItem(TEAM_STORAGE_KEY)).not.toContain(binding.key);
    expect(readStoredAssessments()[assessment.id]?.answers).toEqual(assessment.answers);
    expect(screen.getByRole('button', { name: 'Make the team link' })).toBeInTheDocument();
  });
});
