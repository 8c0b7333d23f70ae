// What a team server meets on an open network: garbage, broken updates, huge frames, an
// over-size document, a client that floods it. It refuses each with a reason and keeps serving.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import { TEAM_CLOSE_CODE, TEAM_REFUSAL } from '../../src/domain/team/team-protocol';
import {
  cleanUp,
  connectClient,
  connectTwo,
  frames,
  makeRoom,
  openRawSocket,
  type RawSocket,
  startTestServer,
  WAIT,
  waitUntilConverged,
  waitUntilSynced,
} from './team-test-kit';

// Hocuspocus logs every connection it closes, with a stack: these tests close many on purpose.
beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(cleanUp);

const values = (doc: Y.Doc) => doc.getMap('answer:value').toJSON();

/** Two clients in a room of their own edit and see each other's edit: the server still serves. */
async function expectStillServing(url: string): Promise<void> {
  const room = makeRoom();
  const [alice, bob] = connectTwo(url, room);
  await waitUntilSynced(alice, bob);
  alice.doc.getMap('answer:value').set('still-serving', true);
  await waitUntilConverged(alice.doc, bob.doc);
  expect(values(bob.doc)).toEqual({ 'still-serving': true });
  alice.destroy();
  bob.destroy();
}

/** A raw socket let into a room, as a provider would be. */
async function openAuthenticatedSocket(url: string, room: { room: string; key: string }): Promise<RawSocket> {
  const raw = await openRawSocket(url);
  raw.send(frames.authenticate(room.room, room.key));
  await vi.waitFor(() => expect(raw.received.length).toBeGreaterThan(0), WAIT);
  return raw;
}

/** A Yjs update as the app sends them: some text in a narrative. */
function makeUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('narrative:broadband').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('the team server and malformed messages', () => {
  it.each([
    ['a text frame', 'hello'],
    ['an empty frame', new Uint8Array()],
    ['a truncated room name', Uint8Array.from([40, 65, 66])],
    [
      'a room name of a thousand bytes',
      Uint8Array.from([0xe8, 0x07, ...new Array<number>(1000).fill(65), 2]),
    ],
    [
      'an unknown message type',
      Uint8Array.from([...frames.authenticate('a'.repeat(22), 'b'.repeat(22)).slice(0, 23), 42]),
    ],
    ['an integer that never ends', Uint8Array.from(new Array<number>(20).fill(0xff))],
  ])('closes a connection that sends %s, and serves the others', async (_case, frame) => {
    const { server } = await startTestServer();
    const raw = await openRawSocket(server.url);
    raw.send(frame);
    expect(await raw.closed).toEqual({
      code: TEAM_CLOSE_CODE.malformedMessage,
      reason: TEAM_REFUSAL.malformedMessage,
    });
    await expectStillServing(server.url);
  });

  it('closes a connection that sends a truncated Yjs update, unapplied; the room and its document are unharmed', async () => {
    const { server } = await startTestServer();
    const room = makeRoom();
    const owner = connectClient(server.url, room);
    await waitUntilSynced(owner);
    owner.doc.getMap('answer:value').set('broadband.availability', 80);
    await waitUntilSynced(owner);

    const raw = await openAuthenticatedSocket(server.url, room);
    const update = makeUpdate('A narrative that will arrive cut in half.');
    raw.send(frames.update(room.room, update.subarray(0, Math.floor(update.length / 2))));
    expect(await raw.closed).toEqual({
      code: TEAM_CLOSE_CODE.malformedMessage,
      reason: TEAM_REFUSAL.malformedMessage,
    });

    owner.doc.getMap('answer:value').set('innovation.hubs', 2);
    const latecomer = connectClient(server.url, room);
    await waitUntilSynced(owner, latecomer);
    await waitUntilConverged(owner.doc, latecomer.doc);
    expect(values(latecomer.doc)).toEqual({ 'broadband.availability': 80, 'innovation.hubs': 2 });
  });

  it('survives random and mangled Yjs updates from a client it let in', async () => {
    const { server } = await startTestServer();
    const room = makeRoom();
    const genuine = makeUpdate('Cáp quang đến mọi xã, phường và thị trấn.');
    const payloads = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      // A real update cut short, or with one byte changed.
      fc.nat({ max: genuine.length - 1 }).map((end) => genuine.slice(0, end)),
      fc
        .tuple(fc.nat({ max: genuine.length - 1 }), fc.integer({ min: 0, max: 255 }))
        .map(([at, byte]) => Uint8Array.from(genuine, (value, index) => (index === at ? byte : value))),
    );
    let raw = await openAuthenticatedSocket(server.url, room);
    for (const payload of fc.sample(payloads, { numRuns: 150, seed: 14 })) {
      if (raw.socket.readyState !== raw.socket.OPEN) raw = await openAuthenticatedSocket(server.url, room);
      const answered = raw.received.length;
      raw.send(frames.update(room.room, payload));
      // Each update is either acknowledged (applied) or ends the connection.
      await Promise.race([
        raw.closed,
        vi.waitFor(() => expect(raw.received.length).toBeGreaterThan(answered), WAIT),
      ]);
    }
    raw.socket.close();
    // The room itself still takes edits, and so does the server.
    const [alice, bob] = connectTwo(server.url, room);
    await waitUntilSynced(alice, bob);
    alice.doc.getMap('answer:value').set('after-the-noise', 1);
    await waitUntilConverged(alice.doc, bob.doc);
    expect(values(bob.doc)).toMatchObject({ 'after-the-noise': 1 });
    await expectStillServing(server.url);
  });

  it('cuts a frame over the size cap (1009) without reading it whole', async () => {
    const { server } = await startTestServer({
      limits: { maxMessageBytes: 64 * 1024, maxDocumentBytes: 32 * 1024 },
    });
    const raw = await openRawSocket(server.url);
    raw.send(new Uint8Array(1024 * 1024));
    expect((await raw.closed).code).toBe(TEAM_CLOSE_CODE.messageTooBig);
    await expectStillServing(server.url);
  });
});

describe('the team server and its limits', () => {
  it('refuses an update that would take a document past the cap, and the room carries on', async () => {
    const testServer = await startTestServer({ limits: { maxDocumentBytes: 50_000 } });
    const room = makeRoom();
    const [alice, bob] = connectTwo(testServer.server.url, room);
    await waitUntilSynced(alice, bob);
    alice.doc.getText('narrative:broadband').insert(0, 'Short and sweet. ');
    await waitUntilConverged(alice.doc, bob.doc);

    alice.doc.getText('narrative:innovation').insert(0, 'x'.repeat(60_000));
    await vi.waitFor(() => expect(alice.refusals).toContain(TEAM_REFUSAL.documentTooLarge), WAIT);
    expect(alice.closeCodes).toContain(TEAM_CLOSE_CODE.documentTooLarge);
    alice.destroy();

    bob.doc.getMap('answer:value').set('broadband.availability', 75);
    const carol = connectClient(testServer.server.url, room);
    await waitUntilSynced(bob, carol);
    await waitUntilConverged(bob.doc, carol.doc);
    expect(carol.doc.getText('narrative:innovation').toJSON()).toBe('');
    expect(carol.doc.getText('narrative:broadband').toJSON()).toBe('Short and sweet. ');
    expect(values(carol.doc)).toEqual({ 'broadband.availability': 75 });
    await expectStillServing(testServer.server.url);

    // Nor was it written to the file.
    bob.destroy();
    carol.destroy();
    const restarted = await testServer.restart();
    const dave = connectClient(restarted.url, room);
    await waitUntilSynced(dave);
    expect(dave.doc.getText('narrative:innovation').toJSON()).toBe('');
    expect(Y.encodeStateAsUpdate(dave.doc).length).toBeLessThan(50_000);
  });

  it('refuses a presence state over its cap', async () => {
    const { server } = await startTestServer({ limits: { maxAwarenessBytes: 4096 } });
    const room = makeRoom();
    const client = connectClient(server.url, room);
    await waitUntilSynced(client);
    client.provider.setAwarenessField('user', { name: 'An', criterion: 'broadband' });
    client.provider.setAwarenessField('notes', 'y'.repeat(10_000));
    await vi.waitFor(() => expect(client.refusals).toContain(TEAM_REFUSAL.presenceTooLarge), WAIT);
    await expectStillServing(server.url);
  });

  it('slows a client over its message rate down, loses none of its edits, and serves others meanwhile', async () => {
    const messagesPerSecond = 20;
    const burst = 10;
    const { server } = await startTestServer({ limits: { messagesPerSecond, messageBurst: burst } });
    const room = makeRoom();
    const [flooder, watcher] = connectTwo(server.url, room);
    const otherRoom = makeRoom();
    const [writer, reader] = connectTwo(server.url, otherRoom);
    await waitUntilSynced(flooder, watcher, writer, reader);

    const edits = 80;
    const started = performance.now();
    // One transaction each: one message each.
    for (let edit = 0; edit < edits; edit += 1) flooder.doc.getMap('answer:value').set(`edit-${edit}`, edit);
    writer.doc.getMap('answer:value').set('meanwhile', true);
    await vi.waitFor(() => expect(values(reader.doc)).toEqual({ meanwhile: true }), WAIT);
    // The other room was served while the flood was still being read, a message at a time.
    expect(Object.keys(values(watcher.doc)).length).toBeLessThan(edits);

    await vi.waitFor(() => expect(Object.keys(values(watcher.doc))).toHaveLength(edits), WAIT);
    const seconds = (performance.now() - started) / 1000;
    // At most `burst` messages at once, then `messagesPerSecond`: never faster, whatever the machine.
    expect(seconds).toBeGreaterThanOrEqual(((edits - burst) / messagesPerSecond) * 0.95);
    expect(flooder.closeCodes).toEqual([]);
  });

  it('closes a connection that sends message after message without a key', async () => {
    const { server } = await startTestServer({ limits: { maxMessagesBeforeAuthentication: 50 } });
    const raw = await openRawSocket(server.url);
    const { room } = makeRoom();
    for (let message = 0; message < 60; message += 1) raw.send(frames.syncStep1(room, Uint8Array.from([0])));
    expect(await raw.closed).toEqual({
      code: TEAM_CLOSE_CODE.tooManyRequests,
      reason: TEAM_REFUSAL.tooManyRequests,
    });
    await expectStillServing(server.url);
  });

  it('closes a connection that asks for more rooms than a client needs', async () => {
    const { server } = await startTestServer({ limits: { maxRoomsPerConnection: 3 } });
    const raw = await openRawSocket(server.url);
    for (let room = 0; room < 4; room += 1) {
      const { room: id, key } = makeRoom();
      raw.send(frames.authenticate(id, key));
    }
    expect(await raw.closed).toEqual({
      code: TEAM_CLOSE_CODE.tooManyRequests,
      reason: TEAM_REFUSAL.tooManyRequests,
    });
  });
});
