import { isTeamCredential } from '../domain/team/team-protocol';
import { parseServerAddress } from './team-link';
import { TEAM_STORAGE_KEY } from './team-policy';

export { TEAM_STORAGE_KEY };

/**
 * Which assessments work with a team, and how to reach it: kept in localStorage under a key of its
 * own, never in an assessment's document, the list's index or any file the app writes, so a team's
 * key cannot leave this browser in an export, a report or a share link. localStorage rather than
 * IndexedDB because the page's Content-Security-Policy must name the team servers before any code
 * could connect, and only localStorage can be read synchronously at start.
 */
/** Per room: how many local changes the server has not confirmed, kept across reloads. */
export const PENDING_KEY_PREFIX = 'icf-self-assessment:team-pending:';
export const MAX_NAME_LENGTH = 60;

export type TeamBinding = {
  /** The assessment kept in step with the room; null while joining, before the room's assessment has arrived. */
  assessmentId: string | null;
  server: string;
  room: string;
  key: string;
};

export type TeamSettings = {
  /** The name others see beside the step one is on. */
  name: string;
  bindings: TeamBinding[];
};

const EMPTY: TeamSettings = { name: '', bindings: [] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readBinding(value: unknown): TeamBinding | null {
  if (!isRecord(value)) return null;
  const { assessmentId, server, room, key } = value;
  if (typeof server !== 'string' || typeof room !== 'string' || typeof key !== 'string') return null;
  if (assessmentId !== null && typeof assessmentId !== 'string') return null;
  // Only an address the app itself would accept ever reaches the page's policy.
  const parsed = parseServerAddress(server, 'http:');
  if (!parsed.ok || parsed.value !== server) return null;
  if (!isTeamCredential(room) || !isTeamCredential(key)) return null;
  return { assessmentId, server, room, key };
}

/** What this browser holds; anything malformed (edited by hand, an older format) is left out. */
export function readTeamSettings(storage: Storage | undefined): TeamSettings {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(TEAM_STORAGE_KEY) ?? null;
  } catch {
    return EMPTY;
  }
  if (raw === null) return EMPTY;
  try {
    const data: unknown = JSON.parse(raw);
    if (!isRecord(data)) return EMPTY;
    const name = typeof data.name === 'string' ? data.name.slice(0, MAX_NAME_LENGTH) : '';
    const bindings = Array.isArray(data.bindings)
      ? data.bindings.map(readBinding).filter((b): b is TeamBinding => b !== null)
      : [];
    return { name, bindings };
  } catch {
    return EMPTY;
  }
}

/** Returns false when the browser refused to store it (private mode, full storage). */
export function writeTeamSettings(storage: Storage | undefined, settings: TeamSettings): boolean {
  try {
    storage?.setItem(TEAM_STORAGE_KEY, JSON.stringify(settings));
    return storage !== undefined;
  } catch {
    return false;
  }
}

export function readPending(storage: Storage | undefined, room: string): number {
  try {
    const count = Number(storage?.getItem(PENDING_KEY_PREFIX + room) ?? 0);
    return Number.isSafeInteger(count) && count > 0 ? count : 0;
  } catch {
    return 0;
  }
}

export function writePending(storage: Storage | undefined, room: string, count: number): void {
  try {
    if (count > 0) storage?.setItem(PENDING_KEY_PREFIX + room, String(count));
    else storage?.removeItem(PENDING_KEY_PREFIX + room);
  } catch {
    // The count is a courtesy: the sync itself compares states and sends whatever is missing.
  }
}

/** localStorage, or nothing when the browser forbids it. */
export function findLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * An assessment deleted from this browser leaves its team: the key is forgotten with it (the team
 * server keeps the team's copy). Undoing the deletion brings the assessment back, not the team.
 */
export function forgetAssessmentTeam(storage: Storage | undefined, assessmentId: string): void {
  const settings = readTeamSettings(storage);
  const gone = settings.bindings.filter((binding) => binding.assessmentId === assessmentId);
  if (gone.length === 0) return;
  writeTeamSettings(storage, {
    ...settings,
    bindings: settings.bindings.filter((binding) => binding.assessmentId !== assessmentId),
  });
  for (const binding of gone) writePending(storage, binding.room, 0);
}
