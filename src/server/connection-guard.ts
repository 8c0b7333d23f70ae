import type { WebSocket } from 'ws';

import { TEAM_CLOSE_CODE, TEAM_REFUSAL } from '../domain/team/team-protocol';
import { MalformedMessageError, MESSAGE_TYPE, readMessageEnvelope } from './message-envelope';

export type GuardLimits = {
  /** Messages a second a connection may send on average… */
  messagesPerSecond: number;
  /** …and in a burst. */
  messageBurst: number;
  /** Bytes a second a connection may send on average (a burst may be one message of the largest size). */
  bytesPerSecond: number;
  maxMessageBytes: number;
  /** Rooms one connection may join (Hocuspocus lets one WebSocket carry several documents). */
  maxRoomsPerConnection: number;
  /** Messages a connection may send for a room before that room lets it in. */
  maxMessagesBeforeAuthentication: number;
};

/** Far more than one read from the socket can hold; a client never gets near it. */
const MAX_WAITING_FRAMES = 10_000;

type RoomState = {
  phase: 'pending' | 'open' | 'refused';
  messagesBeforeAuthentication: number;
  isLeaving: boolean;
};

/**
 * Stands between one WebSocket and Hocuspocus: every frame passes here first.
 *
 * - Rate: two token buckets (messages, bytes). A frame the buckets cannot pay for yet waits here,
 *   and the server stops reading the socket until it has passed: a client over its rate is slowed
 *   down by TCP, is not cut off and loses nothing, and everyone else is served meanwhile.
 * - Shape: a frame that is not a Hocuspocus message closes the connection (4400) before
 *   Hocuspocus parses it.
 * - Rooms: after a refused key, the client's further messages for that room are dropped
 *   (Hocuspocus would queue them for ever, waiting for an authentication that cannot come).
 *
 * Hocuspocus reads frames through the socket's "message" event, so the guard wraps the socket's
 * `emit`: a frame reaches Hocuspocus's listener when, and only if, the guard passes it on.
 */
export class ConnectionGuard {
  private readonly rooms = new Map<string, RoomState>();
  /** Frames Hocuspocus queued before authentication and emits again: passed once, counted once. */
  private readonly passed = new WeakSet<object>();
  /** Frames read from the socket that the buckets cannot pay for yet, in order. */
  private readonly waiting: Uint8Array[] = [];
  private readonly deliver: (frame: Uint8Array) => void;
  private messageTokens: number;
  private byteTokens: number;
  private lastRefill: number;
  private drainTimer: NodeJS.Timeout | undefined;
  private isClosing = false;

  constructor(
    private readonly socket: WebSocket,
    private readonly limits: GuardLimits,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.messageTokens = limits.messageBurst;
    this.byteTokens = limits.maxMessageBytes;
    this.lastRefill = now();
    const emit = socket.emit.bind(socket) as (event: string | symbol, ...args: unknown[]) => boolean;
    this.deliver = (frame) => void emit('message', frame, true);
    socket.emit = ((event: string | symbol, ...args: unknown[]) => {
      if (event !== 'message') return emit(event, ...args);
      this.receive(args[0], args[1] !== false);
      return true;
    }) as WebSocket['emit'];
    socket.once('close', () => this.dispose());
  }

  /** The key was accepted: the room's messages flow. */
  openRoom(room: string): void {
    const state = this.rooms.get(room);
    if (state) state.phase = 'open';
  }

  /** The key was refused: the client's further messages for the room are dropped. */
  refuseRoom(room: string): void {
    const state = this.rooms.get(room);
    if (state) state.phase = 'refused';
  }

  /**
   * Hocuspocus closed the room's connection. Unless the client asked for it (or the socket is
   * closing anyway), the server could not handle a message: the socket is closed so the client
   * reconnects and syncs afresh, rather than talk to a room that no longer listens.
   */
  onRoomClosed(room: string): void {
    const state = this.rooms.get(room);
    this.rooms.delete(room);
    if (state?.phase === 'open' && !state.isLeaving)
      this.close(TEAM_CLOSE_CODE.connectionReset, TEAM_REFUSAL.connectionReset);
  }

  close(code: number, reason: string): void {
    if (this.isClosing) return;
    this.isClosing = true;
    this.dispose();
    // A paused socket could not read the client's answer to the close.
    this.socket.resume();
    this.socket.close(code, reason);
  }

  private receive(data: unknown, isBinary: boolean): void {
    if (typeof data !== 'object' || data === null || this.isClosing) return;
    if (this.passed.has(data)) {
      this.deliver(data as Uint8Array);
      return;
    }
    if (!isBinary || !(data instanceof Uint8Array)) {
      this.close(TEAM_CLOSE_CODE.malformedMessage, TEAM_REFUSAL.malformedMessage);
      return;
    }
    // Only what was read before the socket paused can pile up here; this bounds it regardless.
    if (this.waiting.length >= MAX_WAITING_FRAMES) {
      this.close(TEAM_CLOSE_CODE.tooManyRequests, TEAM_REFUSAL.tooManyRequests);
      return;
    }
    this.waiting.push(data);
    if (this.drainTimer === undefined) this.drain();
  }

  /** Passes on the waiting frames the buckets can pay for; pauses the socket while any wait. */
  private drain(): void {
    this.drainTimer = undefined;
    this.refill();
    while (this.waiting.length > 0 && this.messageTokens >= 1 && this.byteTokens >= 0) {
      const frame = this.waiting.shift() as Uint8Array;
      this.messageTokens -= 1;
      this.byteTokens -= frame.byteLength;
      if (this.check(frame)) {
        this.passed.add(frame);
        this.deliver(frame);
      }
      if (this.isClosing) return;
    }
    if (this.waiting.length === 0) {
      this.socket.resume();
      return;
    }
    this.socket.pause();
    const seconds = Math.max(
      (1 - this.messageTokens) / this.limits.messagesPerSecond,
      -this.byteTokens / this.limits.bytesPerSecond,
    );
    this.drainTimer = setTimeout(() => this.drain(), Math.ceil(seconds * 1000));
  }

  /** Whether a frame goes on to Hocuspocus; closes the connection for one that must not. */
  private check(frame: Uint8Array): boolean {
    let room: string;
    let type: number;
    try {
      ({ room, type } = readMessageEnvelope(frame));
    } catch (error) {
      if (!(error instanceof MalformedMessageError)) throw error;
      this.close(TEAM_CLOSE_CODE.malformedMessage, TEAM_REFUSAL.malformedMessage);
      return false;
    }
    let state = this.rooms.get(room);
    if (state === undefined) {
      if (this.rooms.size >= this.limits.maxRoomsPerConnection) {
        this.close(TEAM_CLOSE_CODE.tooManyRequests, TEAM_REFUSAL.tooManyRequests);
        return false;
      }
      state = { phase: 'pending', messagesBeforeAuthentication: 0, isLeaving: false };
      this.rooms.set(room, state);
    }
    if (state.phase === 'refused') return false;
    if (state.phase === 'pending') {
      state.messagesBeforeAuthentication += 1;
      if (state.messagesBeforeAuthentication > this.limits.maxMessagesBeforeAuthentication) {
        this.close(TEAM_CLOSE_CODE.tooManyRequests, TEAM_REFUSAL.tooManyRequests);
        return false;
      }
    }
    if (type === MESSAGE_TYPE.close) state.isLeaving = true;
    return true;
  }

  private refill(): void {
    const now = this.now();
    const seconds = (now - this.lastRefill) / 1000;
    this.lastRefill = now;
    const { messagesPerSecond, messageBurst, bytesPerSecond, maxMessageBytes } = this.limits;
    this.messageTokens = Math.min(messageBurst, this.messageTokens + seconds * messagesPerSecond);
    this.byteTokens = Math.min(maxMessageBytes, this.byteTokens + seconds * bytesPerSecond);
  }

  private dispose(): void {
    this.isClosing = true;
    if (this.drainTimer !== undefined) clearTimeout(this.drainTimer);
    this.drainTimer = undefined;
    this.waiting.length = 0;
    this.rooms.clear();
  }
}
