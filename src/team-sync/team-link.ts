import { fail, succeed, type Result } from '../domain/result';

/**
 * A team link: `<app>#/team/join?server=<ws(s) address>&room=<id>&key=<key>`. Everything is in
 * the fragment, which browsers never send to the server that hosts the app; the room id is the
 * document's name on the team server and the key its token. Both are random: 128 bits for the room
 * (it names the room, and is not secret on its own), 256 for the key (the server keeps only a hash).
 */
export const TEAM_JOIN_PATH = '/team/join';
export const ROOM_BYTES = 16;
export const KEY_BYTES = 32;
/** 128 bits in base64url take 22 characters: nothing shorter is accepted from a link. */
export const MIN_TOKEN_LENGTH = 22;
/** The team server accepts at most 64 characters (src/domain/team/team-protocol.ts on its side). */
const MAX_TOKEN_LENGTH = 64;
export const MAX_SERVER_LENGTH = 500;

export type TeamInvite = { server: string; room: string; key: string };

export type ServerProblem =
  'empty' | 'too-long' | 'not-address' | 'not-websocket' | 'credentials' | 'query' | 'ipv6' | 'insecure';

export type TokenProblem = 'missing' | 'repeated' | 'characters' | 'too-short' | 'too-long';

export type TeamLinkProblem =
  | { part: 'link'; code: 'not-team-link' }
  | { part: 'server'; code: ServerProblem | 'missing' | 'repeated' }
  | { part: 'room' | 'key'; code: TokenProblem };

const LOOPBACK = new Set(['localhost', '127.0.0.1']);

export function toBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * A team server's address as the app uses it: ws:// or wss://, no user name or password (they would
 * travel in clear, and the key is the room's only credential), no query or fragment, no trailing
 * slash. A page served over https may only open wss:// (the browser refuses plain ws:// from it),
 * except to this machine.
 */
export function parseServerAddress(text: string, pageProtocol: string): Result<string, ServerProblem> {
  const trimmed = text.trim();
  if (trimmed === '') return fail(['empty']);
  if (trimmed.length > MAX_SERVER_LENGTH) return fail(['too-long']);
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return fail([/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? 'not-address' : 'not-websocket']);
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return fail(['not-websocket']);
  if (url.hostname === '') return fail(['not-address']);
  if (url.username !== '' || url.password !== '') return fail(['credentials']);
  if (url.search !== '' || url.hash !== '' || trimmed.includes('?') || trimmed.includes('#'))
    return fail(['query']);
  // A Content-Security-Policy source cannot name an IPv6 address, so the app could not allow it.
  if (url.hostname.startsWith('[')) return fail(['ipv6']);
  // Only plain host names go into the policy: nothing that could end or add a policy directive.
  if (!/^[a-z0-9.-]+$/i.test(url.hostname)) return fail(['not-address']);
  if (pageProtocol === 'https:' && url.protocol === 'ws:' && !LOOPBACK.has(url.hostname))
    return fail(['insecure']);
  const path = url.pathname.replace(/\/+$/, '');
  return succeed(`${url.protocol}//${url.host}${path}`);
}

/** A fresh room on a server: random id and key from the browser's cryptographic generator. */
export function createInvite(
  server: string,
  randomBytes: (length: number) => Uint8Array = (length) => crypto.getRandomValues(new Uint8Array(length)),
): TeamInvite {
  return { server, room: toBase64Url(randomBytes(ROOM_BYTES)), key: toBase64Url(randomBytes(KEY_BYTES)) };
}

/** The link to give the team. `appAddress` is the app's own address without its fragment. */
export function formatTeamLink(appAddress: string, invite: TeamInvite): string {
  const query = new URLSearchParams({ server: invite.server, room: invite.room, key: invite.key });
  return `${appAddress.replace(/#.*$/, '')}#${TEAM_JOIN_PATH}?${query.toString()}`;
}

function checkToken(values: string[]): TokenProblem | null {
  if (values.length === 0) return 'missing';
  if (values.length > 1) return 'repeated';
  const [value = ''] = values;
  if (value === '') return 'missing';
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return 'characters';
  if (value.length < MIN_TOKEN_LENGTH) return 'too-short';
  if (value.length > MAX_TOKEN_LENGTH) return 'too-long';
  return null;
}

/**
 * Reads a team link: the whole link, its fragment, or the router's location (`/team/join?…`).
 * Every part is checked; the first problem found is returned, naming the part.
 */
export function parseTeamLink(input: string, pageProtocol: string): Result<TeamInvite, TeamLinkProblem> {
  const text = input.trim();
  const fragment = text.includes('#') ? text.slice(text.indexOf('#') + 1) : text;
  const match = /^\/?team\/join\?(.*)$/s.exec(fragment);
  if (!match) return fail([{ part: 'link', code: 'not-team-link' }]);
  const query = new URLSearchParams(match[1]);

  const servers = query.getAll('server');
  if (servers.length === 0 || servers[0] === '') return fail([{ part: 'server', code: 'missing' }]);
  if (servers.length > 1) return fail([{ part: 'server', code: 'repeated' }]);
  const server = parseServerAddress(servers[0] ?? '', pageProtocol);
  if (!server.ok) return fail([{ part: 'server', code: server.errors[0] ?? 'not-address' }]);

  for (const part of ['room', 'key'] as const) {
    const problem = checkToken(query.getAll(part));
    if (problem) return fail([{ part, code: problem }]);
  }
  return succeed({ server: server.value, room: query.get('room') ?? '', key: query.get('key') ?? '' });
}
