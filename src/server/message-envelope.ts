/**
 * Reads the envelope of a Hocuspocus message without trusting it: the room (document name), the
 * message type and, for the messages that carry one, the size of the Yjs update or awareness
 * payload. Anything truncated, too long or of an unknown type is malformed. The format is lib0's:
 * unsigned integers in 7-bit groups, strings and byte arrays prefixed by their length.
 */

/** Hocuspocus 3's message types (@hocuspocus/server's MessageType); a client sends 0–7. */
export const MESSAGE_TYPE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  syncReply: 4,
  stateless: 5,
  broadcastStateless: 6,
  close: 7,
} as const;

/** y-protocols' sync message types: step 2 and update carry a Yjs update. */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export type MessageEnvelope = {
  room: string;
  type: number;
  /** The Yjs update (sync step 2, update), state vector (step 1) or awareness update; else empty. */
  payload: Uint8Array;
  /** Whether the payload is a Yjs update that would change the document. */
  isDocumentUpdate: boolean;
};

export class MalformedMessageError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true });
/** Room ids are at most 64 characters; a name many times longer is not a room. */
const MAX_ROOM_BYTES = 256;

class Reader {
  position = 0;
  constructor(private readonly bytes: Uint8Array) {}

  readVarUint(): number {
    let value = 0;
    let multiplier = 1;
    for (;;) {
      const byte = this.bytes[this.position];
      if (byte === undefined) throw new MalformedMessageError('truncated integer');
      this.position += 1;
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return value;
      multiplier *= 128;
      if (multiplier > 2 ** 53) throw new MalformedMessageError('integer out of range');
    }
  }

  readBytes(): Uint8Array {
    const length = this.readVarUint();
    if (length > this.bytes.length - this.position) throw new MalformedMessageError('truncated bytes');
    const bytes = this.bytes.subarray(this.position, this.position + length);
    this.position += length;
    return bytes;
  }
}

/** The envelope of one binary frame; throws MalformedMessageError for anything else. */
export function readMessageEnvelope(frame: Uint8Array): MessageEnvelope {
  const reader = new Reader(frame);
  const name = reader.readBytes();
  if (name.length > MAX_ROOM_BYTES) throw new MalformedMessageError('room name too long');
  let room: string;
  try {
    room = decoder.decode(name);
  } catch {
    throw new MalformedMessageError('room name is not UTF-8');
  }
  const type = reader.readVarUint();
  if (type > MESSAGE_TYPE.close) throw new MalformedMessageError(`unknown message type ${type}`);
  let payload: Uint8Array = new Uint8Array();
  let isDocumentUpdate = false;
  if (type === MESSAGE_TYPE.sync || type === MESSAGE_TYPE.syncReply) {
    const syncType = reader.readVarUint();
    if (syncType > SYNC_UPDATE) throw new MalformedMessageError(`unknown sync message type ${syncType}`);
    payload = reader.readBytes();
    isDocumentUpdate = syncType === SYNC_STEP_2 || syncType === SYNC_UPDATE;
  } else if (type === MESSAGE_TYPE.awareness) {
    payload = reader.readBytes();
  }
  return { room, type, payload, isDocumentUpdate };
}
