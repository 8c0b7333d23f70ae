// Teamwork through the team server: two or three Yjs clients (as the app's provider) in one room.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import { assessmentSchema } from '../../src/domain/assessment/assessment-schema';
import { TEAM_REFUSAL } from '../../src/domain/team/team-protocol';
import { readAssessmentData, writeAssessment } from '../../src/persistence/assessment-doc';
import { readBundledFramework, readExampleAssessment } from '../factories/example-files';
import {
  cleanUp,
  connectClient,
  connectTwo,
  makeCredential,
  makeRoom,
  startTestServer,
  WAIT,
  waitUntilConverged,
  waitUntilSynced,
} from './team-test-kit';

afterEach(cleanUp);

const values = (doc: Y.Doc) => doc.getMap('answer:value').toJSON();
const narrative = (doc: Y.Doc) => doc.getText('narrative:broadband').toJSON();

describe('the team server: working together', () => {
  it('merges edits to different answers made at once by three clients', async () => {
    const { server } = await startTestServer();
    const room = makeRoom();
    const clients = [1, 2, 3].map(() => connectClient(server.url, room));
    await waitUntilSynced(...clients);
    clients.forEach((client, index) => {
      for (let question = 0; question < 20; question += 1)
        client.doc.getMap('answer:value').set(`q${index}-${question}`, question);
    });
    await waitUntilConverged(...clients.map((client) => client.doc));
    for (const client of clients) expect(Object.keys(values(client.doc))).toHaveLength(60);
  });

  it('settles edits to the same answer on one value, the same for everyone', async () => {
    const { server } = await startTestServer();
    const room = makeRoom();
    const [alice, bob, carol] = [1, 2, 3].map(() => connectClient(server.url, room));
    if (!alice || !bob || !carol) throw new Error('three clients');
    await waitUntilSynced(alice, bob, carol);
    alice.doc.getMap('answer:value').set('broadband.availability', 70);
    bob.doc.getMap('answer:value').set('broadband.availability', 85);
    carol.doc.getMap('answer:notes').set('broadband.availability', 'From the 2023 VNPT survey');
    await waitUntilConverged(alice.doc, bob.doc, carol.doc);
    const settled = values(alice.doc)['broadband.availability'] as unknown;
    expect([70, 85]).toContain(settled);
    expect(values(bob.doc)['broadband.availability']).toBe(settled);
    expect(values(carol.doc)['broadband.availability']).toBe(settled);
    // Another field of the same answer is a key of its own: never overwritten.
    expect(alice.doc.getMap('answer:notes').get('broadband.availability')).toBe('From the 2023 VNPT survey');
  });

  it('keeps every word three clients type into the same narrative at once', async () => {
    const { server } = await startTestServer();
    const room = makeRoom();
    const clients = ['An', 'Binh', 'Chi'].map((name) => ({ name, ...connectClient(server.url, room) }));
    await waitUntilSynced(...clients);
    clients[0]?.doc.getText('narrative:broadband').insert(0, 'Start. ');
    await waitUntilConverged(...clients.map((client) => client.doc));
    for (let word = 0; word < 10; word += 1) {
      for (const { name, doc } of clients) {
        const text = doc.getText('narrative:broadband');
        text.insert(word % 2 === 0 ? 0 : text.length, `${name}${word} `);
      }
    }
    await waitUntilConverged(...clients.map((client) => client.doc));
    const merged = narrative(clients[0]?.doc ?? new Y.Doc());
    for (const { name, doc } of clients) {
      expect(narrative(doc)).toBe(merged);
      for (let word = 0; word < 10; word += 1) expect(merged).toContain(`${name}${word} `);
    }
    expect(merged).toContain('Start. ');
  });

  it('merges what a client edited while disconnected with what the others did meanwhile', async () => {
    const { server } = await startTestServer();
    const room = makeRoom();
    const [alice, bob] = connectTwo(server.url, room);
    await waitUntilSynced(alice, bob);
    alice.doc.getText('narrative:broadband').insert(0, 'Fibre in every commune.');
    await waitUntilConverged(alice.doc, bob.doc);

    bob.disconnect();
    await vi.waitFor(() => expect(bob.provider.isAuthenticated).toBe(false), WAIT);
    for (let edit = 0; edit < 30; edit += 1) {
      alice.doc.getMap('answer:value').set(`online-${edit}`, edit);
      bob.doc.getMap('answer:value').set(`offline-${edit}`, edit);
    }
    alice.doc.getText('narrative:broadband').insert(0, 'Online: ');
    const bobText = bob.doc.getText('narrative:broadband');
    bobText.insert(bobText.length, ' Offline.');
    expect(bob.provider.hasUnsyncedChanges).toBe(true);

    await bob.connect();
    await waitUntilSynced(alice, bob);
    await waitUntilConverged(alice.doc, bob.doc);
    expect(Object.keys(values(alice.doc))).toHaveLength(60);
    expect(narrative(alice.doc)).toBe('Online: Fibre in every commune. Offline.');
  });

  it("carries the app's assessment whole: written by one client, read back by another", async () => {
    const framework = readBundledFramework();
    const assessment = readExampleAssessment(framework, 'vi');
    const testServer = await startTestServer();
    const room = makeRoom();
    const author = connectClient(testServer.server.url, room);
    await waitUntilSynced(author);
    writeAssessment(author.doc, assessment);
    const reader = connectClient(testServer.server.url, room);
    await waitUntilSynced(author, reader);
    await waitUntilConverged(author.doc, reader.doc);
    expect(assessmentSchema.parse(readAssessmentData(reader.doc))).toEqual(assessment);

    // And from the file, after a restart, to someone who was not there.
    author.destroy();
    reader.destroy();
    const restarted = await testServer.restart();
    const latecomer = connectClient(restarted.url, room);
    await waitUntilSynced(latecomer);
    expect(assessmentSchema.parse(readAssessmentData(latecomer.doc))).toEqual(assessment);
  });
});

describe('the team server: keys', () => {
  it('refuses a wrong key with the reason "wrong-key", and the room keeps working', async () => {
    const { server } = await startTestServer();
    const room = makeRoom();
    const owner = connectClient(server.url, room);
    await waitUntilSynced(owner);
    owner.doc.getText('narrative:broadband').insert(0, 'Fibre reaches every commune.');
    const intruder = connectClient(server.url, { room: room.room, key: makeCredential() });
    await vi.waitFor(() => expect(intruder.refusals).toEqual([TEAM_REFUSAL.wrongKey]), WAIT);
    intruder.doc.getText('narrative:broadband').insert(0, 'Taken over. ');
    const friend = connectClient(server.url, room);
    await waitUntilSynced(owner, friend);
    await waitUntilConverged(owner.doc, friend.doc);
    expect(narrative(friend.doc)).toBe('Fibre reaches every commune.');
    expect(intruder.provider.isAuthenticated).toBe(false);
    expect(narrative(intruder.doc)).toBe('Taken over. ');
  });

  it.each([
    ['a room id that is too short', { room: 'abc', key: makeCredential() }, TEAM_REFUSAL.invalidRoomId],
    [
      'a room id with other characters',
      { room: `${makeCredential()}/..`, key: makeCredential() },
      TEAM_REFUSAL.invalidRoomId,
    ],
    ['a key that is too short', { room: makeCredential(), key: 'secret' }, TEAM_REFUSAL.invalidKey],
    ['an empty key', { room: makeCredential(), key: '' }, TEAM_REFUSAL.invalidKey],
  ])('refuses %s', async (_case, room, reason) => {
    const { server } = await startTestServer();
    const client = connectClient(server.url, room);
    await vi.waitFor(() => expect(client.refusals).toEqual([reason]), WAIT);
    expect(client.provider.isAuthenticated).toBe(false);
  });
});
