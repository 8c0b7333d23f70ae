import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  createInvite,
  formatTeamLink,
  KEY_BYTES,
  MIN_TOKEN_LENGTH,
  parseServerAddress,
  parseTeamLink,
  ROOM_BYTES,
} from '../../src/team-sync/team-link';
import { readServerOrigin } from '../../src/team-sync/team-policy';

const APP = 'https://plan.example.gov.vn/icf/';

describe('a team server address', () => {
  it.each([
    ['wss://team.example.gov.vn', 'wss://team.example.gov.vn'],
    ['  wss://team.example.gov.vn/  ', 'wss://team.example.gov.vn'],
    ['wss://team.example.gov.vn:8443/collab/', 'wss://team.example.gov.vn:8443/collab'],
    ['WSS://Team.Example.gov.vn', 'wss://team.example.gov.vn'],
    ['ws://127.0.0.1:1234', 'ws://127.0.0.1:1234'],
    ['ws://localhost:1234', 'ws://localhost:1234'],
  ])('accepts %j as %j', (text, address) => {
    expect(parseServerAddress(text, 'https:')).toEqual({ ok: true, value: address });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['team.example.gov.vn', 'not-websocket'],
    ['https://team.example.gov.vn', 'not-websocket'],
    ['http://127.0.0.1:1234', 'not-websocket'],
    ['wss://', 'not-address'],
    ['wss://user:secret@team.example.gov.vn', 'credentials'],
    ['wss://team.example.gov.vn/?room=1', 'query'],
    ['wss://team.example.gov.vn/#x', 'query'],
    ['wss://[2001:db8::1]:1234', 'ipv6'],
    ['ws://team.example.gov.vn', 'insecure'],
    [`wss://${'a'.repeat(500)}.vn`, 'too-long'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseServerAddress(text, 'https:')).toEqual({ ok: false, errors: [problem] });
  });

  it('allows plain ws:// to another machine only from a page that is not itself https', () => {
    expect(parseServerAddress('ws://10.0.0.5:1234', 'http:')).toEqual({
      ok: true,
      value: 'ws://10.0.0.5:1234',
    });
    expect(parseServerAddress('ws://10.0.0.5:1234', 'https:').ok).toBe(false);
  });

  it('always yields an address whose origin the page policy can name, and nothing that could add a directive', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('ws://', 'wss://', 'WSS://'), (text, scheme) => {
        const parsed = parseServerAddress(`${scheme}${text}`, 'http:');
        if (parsed.ok) {
          const origin = readServerOrigin(parsed.value);
          expect(origin).toMatch(/^wss?:\/\/[a-z0-9.-]+(:\d+)?$/);
          expect(parsed.value.startsWith(origin ?? '-')).toBe(true);
        }
      }),
    );
    expect(readServerOrigin('wss://x.vn; connect-src *')).toBeNull();
  });
});

describe('a team link', () => {
  it('carries a random room id of 128 bits and a key of 256 bits, from the cryptographic generator', () => {
    const asked: number[] = [];
    const invite = createInvite('wss://team.example.gov.vn', (length) => {
      asked.push(length);
      return new Uint8Array(length).fill(0xff);
    });
    expect(asked).toEqual([ROOM_BYTES, KEY_BYTES]);
    expect(ROOM_BYTES * 8).toBeGreaterThanOrEqual(128);
    expect(KEY_BYTES * 8).toBeGreaterThanOrEqual(128);
    expect([...Buffer.from(invite.room, 'base64url')]).toEqual(Array(ROOM_BYTES).fill(0xff));
    expect([...Buffer.from(invite.key, 'base64url')]).toEqual(Array(KEY_BYTES).fill(0xff));
    const a = createInvite('wss://x.vn');
    const b = createInvite('wss://x.vn');
    expect(new Set([a.room, a.key, b.room, b.key]).size).toBe(4);
    expect(a.room).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(a.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('keeps everything in the fragment, and reads back what it was made from', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 48, maxLength: 48 }), (bytes) => {
        let offset = 0;
        const invite = createInvite('wss://team.example.gov.vn:8443/collab', (length) => {
          offset += length;
          return bytes.subarray(offset - length, offset);
        });
        const link = formatTeamLink(`${APP}#/assessments/a1/team`, invite);
        const url = new URL(link);
        expect(`${url.origin}${url.pathname}`).toBe(APP);
        expect(url.search).toBe('');
        expect(url.hash.startsWith('#/team/join?')).toBe(true);
        expect(parseTeamLink(link, 'https:')).toEqual({ ok: true, value: invite });
        expect(parseTeamLink(url.hash.slice(1), 'https:')).toEqual({ ok: true, value: invite });
      }),
    );
  });

  const good = { server: 'wss://team.example.gov.vn', room: 'r'.repeat(22), key: 'k'.repeat(43) };
  const link = (parts: Record<string, string>, extra = '') =>
    `${APP}#/team/join?${new URLSearchParams(parts).toString()}${extra}`;

  it.each([
    ['another app link', `${APP}#/assessments/a1/profile`, { part: 'link', code: 'not-team-link' }],
    ['no fragment', APP, { part: 'link', code: 'not-team-link' }],
    ['no server', link({ room: good.room, key: good.key }), { part: 'server', code: 'missing' }],
    [
      'a web address as server',
      link({ ...good, server: 'https://team.example.gov.vn' }),
      { part: 'server', code: 'not-websocket' },
    ],
    ['two servers', link(good, '&server=wss%3A%2F%2Fother.vn'), { part: 'server', code: 'repeated' }],
    ['no room', link({ server: good.server, key: good.key }), { part: 'room', code: 'missing' }],
    [
      'a short room',
      link({ ...good, room: 'r'.repeat(MIN_TOKEN_LENGTH - 1) }),
      { part: 'room', code: 'too-short' },
    ],
    [
      'a room with other characters',
      link({ ...good, room: `${'r'.repeat(22)}+/` }),
      { part: 'room', code: 'characters' },
    ],
    ['no key', link({ server: good.server, room: good.room }), { part: 'key', code: 'missing' }],
    ['a key cut short', link({ ...good, key: good.key.slice(0, 20) }), { part: 'key', code: 'too-short' }],
    ['a key too long', link({ ...good, key: 'k'.repeat(65) }), { part: 'key', code: 'too-long' }],
    ['two keys', link(good, `&key=${'x'.repeat(43)}`), { part: 'key', code: 'repeated' }],
  ])('refuses a link with %s, naming the part', (_what, text, problem) => {
    expect(parseTeamLink(text, 'https:')).toEqual({ ok: false, errors: [problem] });
  });
});
