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

type RoomState = {
  phase: 'pending' | 'open' | 'refused';
  messagesBeforeAuthentication: number;
  isLeaving: boolean;
};

/**
 * Stands between one WebSocket and Hocuspocus: every frame passes here first.
 *
 * - Rate: two token buckets (messages, bytes). A client over its rate is not cut off and loses
 *   nothing: the server stops reading its socket until the buckets refill, so TCP slows the client
 *   down and everyone else is served meanwhile.
 * - Shape: a frame that is not a Hocuspocus message closes the connection (4400) before
 *   Hocuspocus parses it.
 * - Rooms: after a refused key, the client's further messages for that room are dropped
 *   (Hocuspocus would queue them for ever, waiting for an authentication that cannot come).
 *
 * Hocuspocus reads frames through the socket's "message" event, so the guard wraps the socket's
 * `emit`: a frame it does not admit never reaches Hocuspocus's listener.
 */
export class ConnectionGuard {
  private readonly rooms = new Map<string, RoomState>();
  /** Frames Hocuspocus queued before authentication and emits again: admitted once, counted once. */
  private readonly admitted = new WeakSet<object>();
  private messageTokens: number;
  private byteTokens: number;
  private lastRefill: number;
  private resumeTimer: NodeJS.Timeout | undefined;
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
    socket.emit = ((event: string | symbol, ...args: unknown[]) => {
      if (event === 'message' && !this.admit(args[0], args[1] !== false)) return false;
      return emit(event, ...args);
    }) as WebSocket['emit'];
    socket.once('close', () => this.dispose());
  }

  get isOpen(): boolean {
    return !this.isClosing && this.socket.readyState === this.socket.OPEN;
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
    this.clearResumeTimer();
    // A paused socket could not read the client's answer to the close.
    this.socket.resume();
    this.socket.close(code, reason);
  }

  private admit(data: unknown, isBinary: boolean): boolean {
    if (typeof data !== 'object' || data === null) return false;
    if (this.admitted.has(data)) return true;
    if (this.isClosing) return false;
    if (!isBinary || !(data instanceof Uint8Array)) {
      this.close(TEAM_CLOSE_CODE.malformedMessage, TEAM_REFUSAL.malformedMessage);
      return false;
    }
    this.spend(data.byteLength);
    let room: string;
    let type: number;
    try {
      ({ room, type } = readMessageEnvelope(data));
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
    this.admitted.add(data);
    return true;
  }

  /** Takes one message of this size from the buckets. */
  private spend(bytes: number): void {
    this.refill();
    this.messageTokens -= 1;
    this.byteTokens -= bytes;
    this.pauseWhileInDebt();
  }

  private refill(): void {
    const now = this.now();
    const seconds = (now - this.lastRefill) / 1000;
    this.lastRefill = now;
    const { messagesPerSecond, messageBurst, bytesPerSecond, maxMessageBytes } = this.limits;
    this.messageTokens = Math.min(messageBurst, this.messageTokens + seconds * messagesPerSecond);
    this.byteTokens = Math.min(maxMessageBytes, this.byteTokens + seconds * bytesPerSecond);
  }

  /** Stops reading the socket until both buckets are out of debt. */
  private pauseWhileInDebt(): void {
    const waitSeconds = Math.max(
      -this.messageTokens / this.limits.messagesPerSecond,
      -this.byteTokens / this.limits.bytesPerSecond,
    );
    if (waitSeconds <= 0 || this.resumeTimer !== undefined) return;
    this.socket.pause();
    this.resumeTimer = setTimeout(() => {
      this.resumeTimer = undefined;
      if (this.isClosing) return;
      // Frames read just before the pause may have deepened the debt.
      this.refill();
      this.pauseWhileInDebt();
      if (this.resumeTimer === undefined) this.socket.resume();
    }, waitSeconds * 1000);
  }

  private clearResumeTimer(): void {
    if (this.resumeTimer !== undefined) clearTimeout(this.resumeTimer);
    this.resumeTimer = undefined;
  }

  private dispose(): void {
    this.isClosing = true;
    this.clearResumeTimer();
    this.rooms.clear();
  }
}
