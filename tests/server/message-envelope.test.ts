import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { MalformedMessageError, MESSAGE_TYPE, readMessageEnvelope } from '../../src/server/message-envelope';
import { frames, makeCredential } from './team-test-kit';

describe('reading a message envelope', () => {
  it('reads the room, the type and the Yjs update of the frames a provider sends', () => {
    const room = makeCredential();
    const doc = new Y.Doc();
    doc.getText('narrative:broadband').insert(0, 'Một đoạn văn.');
    const update = Y.encodeStateAsUpdate(doc);

    expect(readMessageEnvelope(frames.update(room, update))).toEqual({
      room,
      type: MESSAGE_TYPE.sync,
      payload: update,
      isDocumentUpdate: true,
    });
    expect(readMessageEnvelope(frames.syncStep1(room, Y.encodeStateVector(doc)))).toMatchObject({
      type: MESSAGE_TYPE.sync,
      isDocumentUpdate: false,
    });
    expect(readMessageEnvelope(frames.authenticate(room, makeCredential()))).toMatchObject({
      room,
      type: MESSAGE_TYPE.auth,
      payload: new Uint8Array(),
    });
    expect(readMessageEnvelope(frames.awareness(room, Uint8Array.from([1, 2, 3])))).toMatchObject({
      type: MESSAGE_TYPE.awareness,
      payload: Uint8Array.from([1, 2, 3]),
    });
  });

  it('reads a payload longer than 127 bytes (a length of two 7-bit groups)', () => {
    const payload = new Uint8Array(300).fill(7);
    expect(readMessageEnvelope(frames.update(makeCredential(), payload)).payload).toEqual(payload);
  });

  it('throws nothing but MalformedMessageError, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          const envelope = readMessageEnvelope(bytes);
          expect(envelope.type).toBeLessThanOrEqual(MESSAGE_TYPE.close);
          expect(envelope.payload.length).toBeLessThanOrEqual(bytes.length);
        } catch (error) {
          expect(error).toBeInstanceOf(MalformedMessageError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finds every frame cut short malformed', () => {
    const frame = frames.update(makeCredential(), Y.encodeStateAsUpdate(new Y.Doc()));
    for (let end = 0; end < frame.length; end += 1)
      expect(() => readMessageEnvelope(frame.subarray(0, end))).toThrow(MalformedMessageError);
  });
});
