import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import { BrowserLikeWebSocket as WebSocket } from './browser-like-websocket';

import type { Assessment } from '../../src/domain/assessment/assessment-schema';
import { applyChangeToDoc, readAssessmentData, writeAssessment } from '../../src/persistence/assessment-doc';
import { createInvite } from '../../src/team-sync/team-link';
import {
  connectToRoom,
  fetchRoom,
  type RoomConnection,
  type RoomView,
  type SyncEnvironment,
} from '../../src/team-sync/team-sync';
import { createTeamTestStore, startTeamTestServer, type TeamTestServer } from './team-test-server';

/** A network that a test switches off and on, as the browser's online and offline events do. */
function createNetwork(): SyncEnvironment & { set: (isOnline: boolean) => void } {
  let isOnline = true;
  const listeners = new Set<(isOnline: boolean) => void>();
  return {
    isOnline: () => isOnline,
    onNetworkChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    WebSocket,
    set: (next) => {
      isOnline = next;
      for (const listener of listeners) listener(next);
    },
  };
}

const WAIT = { timeout: 20_000, interval: 20 };
const NOW = '2026-12-01T00:00:00.000Z';

const assessment: Assessment = {
  id: 'team-a1',
  profile: { name: 'Huế', year: 2026 },
  answers: { 'broadband.availability': { value: 40 } },
  narratives: { broadband: 'Cáp quang đến mọi xã.' },
  createdAt: NOW,
  updatedAt: NOW,
};

type Client = {
  doc: Y.Doc;
  connection: RoomConnection;
  views: RoomView[];
  network: ReturnType<typeof createNetwork>;
};

const servers: TeamTestServer[] = [];
const clients: Client[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.connection.close();
  await Promise.all(servers.splice(0).map((server) => server.stop()));
});

async function startServer(options: Parameters<typeof startTeamTestServer>[0] = {}): Promise<TeamTestServer> {
  const server = await startTeamTestServer(options);
  servers.push(server);
  return server;
}

function join(
  server: { url: string },
  invite: { room: string; key: string },
  name: string,
  doc = new Y.Doc(),
): Client {
  const network = createNetwork();
  const views: RoomView[] = [];
  const connection = connectToRoom({
    doc,
    server: server.url,
    room: invite.room,
    key: invite.key,
    presence: { name, step: 'profile' },
    onView: (view) => views.push(view),
    environment: network,
  });
  const client = { doc, connection, views, network };
  clients.push(client);
  return client;
}

const answer = (client: Client, questionId: string, value: number) =>
  applyChangeToDoc(client.doc, { kind: 'answer', questionId, patch: { value } }, NOW);
const narrate = (client: Client, criterionId: string, text: string) =>
  applyChangeToDoc(client.doc, { kind: 'narrative', criterionId, text }, NOW);
const stateOf = (client: Client) => client.connection.view().state;
const read = (client: Client) => readAssessmentData(client.doc) as unknown as Assessment;

async function waitUntilConnected(...list: Client[]): Promise<void> {
  await vi.waitFor(() => {
    for (const client of list) expect(stateOf(client)).toEqual({ kind: 'connected', pending: 0 });
  }, WAIT);
}

/** A server, and Lan and Minh in one room, Lan having brought the assessment: both hold it. */
async function startPair(options: Parameters<typeof startTeamTestServer>[0] = {}) {
  const server = await startServer(options);
  const invite = createInvite(server.url);
  const first = new Y.Doc();
  writeAssessment(first, assessment);
  const lan = join(server, invite, 'Lan', first);
  const minh = join(server, invite, 'Minh');
  await waitUntilConnected(lan, minh);
  await vi.waitFor(() => expect(read(minh)).toEqual(read(lan)), WAIT);
  return { server, lan, minh };
}

describe('a team room', () => {
  it('brings the first copy to whoever joins, and each edit to the others', async () => {
    const { lan, minh } = await startPair();

    answer(minh, 'innovation.startups', 3);
    await vi.waitFor(() => expect(read(lan).answers['innovation.startups']).toEqual({ value: 3 }), WAIT);
    expect(lan.views.map((v) => v.state.kind)).toContain('connecting');
  });

  it('shows who is in the room and on which step, by name', async () => {
    const server = await startServer();
    const invite = createInvite(server.url);
    const lan = join(server, invite, 'Lan');
    const minh = join(server, invite, 'Minh');
    minh.connection.setPresence({ name: 'Minh', step: 'innovation' });
    await vi.waitFor(
      () =>
        expect(lan.connection.view().peers.map(({ name, step, isSelf }) => ({ name, step, isSelf }))).toEqual(
          [
            { name: 'Lan', step: 'profile', isSelf: true },
            { name: 'Minh', step: 'innovation', isSelf: false },
          ],
        ),
      WAIT,
    );
  });

  it('refuses a wrong key, says so, and stops trying', async () => {
    const server = await startServer();
    const invite = createInvite(server.url);
    const owner = join(server, invite, 'Lan');
    await waitUntilConnected(owner);
    const intruder = join(server, { room: invite.room, key: createInvite(server.url).key }, 'Mallory');
    writeAssessment(intruder.doc, { ...assessment, profile: { name: 'Taken over' } });
    await vi.waitFor(() => expect(stateOf(intruder)).toEqual({ kind: 'refused', reason: 'wrong-key' }), WAIT);
    // Nothing the refused copy holds reached the room.
    expect(read(owner).profile).toEqual({});
  });

  it('keeps edits made offline, counts them, and merges them with everyone else’s on return', async () => {
    const { lan, minh } = await startPair();

    minh.network.set(false);
    expect(stateOf(minh)).toEqual({ kind: 'offline', pending: 0 });
    answer(minh, 'innovation.startups', 2);
    narrate(minh, 'broadband', 'Minh: Cáp quang đến mọi xã.');
    answer(lan, 'advocacy.shared-vision', 4);
    narrate(lan, 'broadband', 'Cáp quang đến mọi xã. (Lan)');
    expect(stateOf(minh)).toEqual({ kind: 'offline', pending: 2 });
    // While offline, nothing of Minh's reaches Lan.
    await vi.waitFor(() => expect(stateOf(lan)).toEqual({ kind: 'connected', pending: 0 }), WAIT);
    expect(read(lan).answers['innovation.startups']).toBeUndefined();

    minh.network.set(true);
    await waitUntilConnected(lan, minh);
    await vi.waitFor(() => expect(read(lan)).toEqual(read(minh)), WAIT);
    const merged = read(lan);
    expect(merged.answers['innovation.startups']).toEqual({ value: 2 });
    expect(merged.answers['advocacy.shared-vision']).toEqual({ value: 4 });
    expect(merged.narratives?.broadband).toBe('Minh: Cáp quang đến mọi xã. (Lan)');
  });

  it('loses nothing when the server stops mid-session and comes back', async () => {
    const store = createTeamTestStore();
    const { server, lan, minh } = await startPair({ store });

    await servers.splice(servers.indexOf(server), 1)[0]?.stop();
    await vi.waitFor(() => expect(stateOf(lan).kind).toBe('unreachable'), WAIT);
    answer(lan, 'innovation.startups', 1);
    answer(minh, 'sustainability.plan', 3);
    await vi.waitFor(() => expect(stateOf(lan)).toEqual({ kind: 'unreachable', pending: 1 }), WAIT);

    await startServer({ store, port: server.port });
    await waitUntilConnected(lan, minh);
    await vi.waitFor(() => expect(read(lan)).toEqual(read(minh)), WAIT);
    expect(read(lan).answers['innovation.startups']).toEqual({ value: 1 });
    expect(read(lan).answers['sustainability.plan']).toEqual({ value: 3 });
  });

  it('fetches a room’s assessment for a newcomer, and says when the room is still empty', async () => {
    const server = await startServer();
    const invite = createInvite(server.url);
    const owner = join(server, invite, 'Lan');
    await waitUntilConnected(owner);

    const seen: { kind: string; isEmpty: boolean }[] = [];
    const fetched = fetchRoom({
      ...invite,
      presence: { name: 'Minh', step: null },
      onView: (view) => seen.push({ kind: view.state.kind, isEmpty: view.isEmpty }),
      signal: new AbortController().signal,
      environment: createNetwork(),
    });
    await vi.waitFor(() => expect(seen).toContainEqual({ kind: 'connected', isEmpty: true }), WAIT);
    writeAssessment(owner.doc, assessment);

    const joined = await fetched;
    expect(joined?.assessmentId).toBe(assessment.id);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, joined?.update ?? new Uint8Array());
    expect(readAssessmentData(copy)).toEqual(readAssessmentData(owner.doc));
  });
});
