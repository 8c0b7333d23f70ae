import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  createConnectionFacts,
  describeConnection,
  readRefusal,
  updateConnection,
  type ConnectionEvent,
  type ConnectionFacts,
} from '../../../src/domain/team/connection-state';

const run = (events: ConnectionEvent[], start: ConnectionFacts = createConnectionFacts(true)) =>
  describeConnection(events.reduce(updateConnection, start));

const event = fc.oneof(
  fc.constantFrom<ConnectionEvent>(
    { type: 'socket', status: 'connecting' },
    { type: 'socket', status: 'open' },
    { type: 'socket', status: 'closed' },
    { type: 'synced' },
    { type: 'network', isOnline: true },
    { type: 'network', isOnline: false },
  ),
  fc.nat(50).map((count): ConnectionEvent => ({ type: 'pending', count })),
);

describe('the connection state shown to the user', () => {
  it('is "connecting" at first, and "connected" only once the socket is open and synced', () => {
    expect(run([])).toEqual({ kind: 'connecting', pending: 0 });
    expect(run([{ type: 'socket', status: 'open' }])).toEqual({ kind: 'connecting', pending: 0 });
    expect(run([{ type: 'socket', status: 'open' }, { type: 'synced' }])).toEqual({
      kind: 'connected',
      pending: 0,
    });
  });

  it('is "server unreachable" after a failed attempt or a dropped connection, while retrying, with what waits', () => {
    expect(run([{ type: 'socket', status: 'closed' }])).toEqual({ kind: 'unreachable', pending: 0 });
    expect(
      run([
        { type: 'socket', status: 'open' },
        { type: 'synced' },
        { type: 'socket', status: 'closed' },
        { type: 'pending', count: 3 },
        { type: 'socket', status: 'connecting' },
      ]),
    ).toEqual({ kind: 'unreachable', pending: 3 });
  });

  it('is "offline, N changes to send" whenever the browser has no network, whatever the socket says', () => {
    expect(
      run([
        { type: 'socket', status: 'open' },
        { type: 'synced' },
        { type: 'network', isOnline: false },
        { type: 'pending', count: 2 },
      ]),
    ).toEqual({ kind: 'offline', pending: 2 });
    expect(run([], createConnectionFacts(false, 5))).toEqual({ kind: 'offline', pending: 5 });
  });

  it('becomes "connected" again after a reconnection, still counting what is not yet confirmed', () => {
    expect(
      run([
        { type: 'socket', status: 'closed' },
        { type: 'pending', count: 4 },
        { type: 'socket', status: 'open' },
        { type: 'synced' },
      ]),
    ).toEqual({ kind: 'connected', pending: 4 });
  });

  it('stays "refused" with its reason, whatever happens next, and never goes below zero changes', () => {
    fc.assert(
      fc.property(fc.array(event), (events) => {
        const state = run([{ type: 'refused', reason: 'wrong-key' }, ...events]);
        expect(state).toEqual({ kind: 'refused', reason: 'wrong-key' });
      }),
    );
    expect(run([{ type: 'pending', count: -3 }])).toEqual({ kind: 'connecting', pending: 0 });
  });

  it('is "connected" only when the last socket event was an opening followed by a sync', () => {
    fc.assert(
      fc.property(fc.array(event), (events) => {
        const facts = events.reduce(updateConnection, createConnectionFacts(true));
        const state = describeConnection(facts);
        if (state.kind === 'connected') {
          expect(facts.socket).toBe('open');
          expect(facts.isSynced).toBe(true);
          expect(facts.isBrowserOnline).toBe(true);
        }
        if (state.kind !== 'refused') expect(state.pending).toBe(facts.pending);
      }),
    );
  });

  it('reads the server’s reasons for a refusal', () => {
    expect(readRefusal('wrong-key')).toBe('wrong-key');
    expect(readRefusal('permission-denied')).toBe('wrong-key');
    expect(readRefusal('invalid-key')).toBe('invalid-link');
    expect(readRefusal('invalid-room-id')).toBe('invalid-link');
    expect(readRefusal('document-too-large')).toBe('too-large');
    expect(readRefusal('something else')).toBe('other');
  });
});
