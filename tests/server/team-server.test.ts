import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import { TEAM_REFUSAL } from '../../src/domain/team/team-protocol';
import {
  cleanUp,
  connectClient,
  makeRoom,
  startTestServer,
  WAIT,
  waitUntilConverged,
  waitUntilSynced,
} from './team-test-kit';

afterEach(cleanUp);

describe('the team server', () => {
  it('lets two clients with the room key edit one document together', async () => {
    const { server } = await startTestServer();
    const room = makeRoom();
    const alice = connectClient(server.url, room);
    const bob = connectClient(server.url, room);
    await waitUntilSynced(alice, bob);
    alice.doc.getMap('answer:value').set('broadband.availability', 80);
    bob.doc.getMap('answer:value').set('innovation.hubs', 2);
    await waitUntilConverged(alice.doc, bob.doc);
    expect(bob.doc.getMap('answer:value').toJSON()).toEqual({
      'broadband.availability': 80,
      'innovation.hubs': 2,
    });
  });

  it('refuses a wrong key with the reason "wrong-key", and the room keeps working', async () => {
    const { server } = await startTestServer();
    const room = makeRoom();
    const owner = connectClient(server.url, room);
    await waitUntilSynced(owner);
    owner.doc.getText('narrative:broadband').insert(0, 'Fibre reaches every commune.');
    const intruder = connectClient(server.url, { room: room.room, key: makeRoom().key });
    await vi.waitFor(() => expect(intruder.refusals).toEqual([TEAM_REFUSAL.wrongKey]), WAIT);
    intruder.doc.getText('narrative:broadband').insert(0, 'Taken over. ');
    const friend = connectClient(server.url, room);
    await waitUntilSynced(owner, friend);
    await waitUntilConverged(owner.doc, friend.doc);
    expect(friend.doc.getText('narrative:broadband').toJSON()).toBe('Fibre reaches every commune.');
    expect(intruder.provider.isAuthenticated).toBe(false);
    expect(Y.encodeStateVector(intruder.doc)).not.toEqual(Y.encodeStateVector(owner.doc));
  });
});
