import { create } from 'zustand';

import './team-i18n';

import { useAssessmentStore } from '../persistence/assessment-store';
import {
  findLocalStorage,
  MAX_NAME_LENGTH,
  readTeamSettings,
  TEAM_STORAGE_KEY,
  writePending,
  writeTeamSettings,
  type TeamBinding,
  type TeamSettings,
} from './team-bindings';
import { createInvite, type TeamInvite } from './team-link';
import type { RoomView } from './team-sync';

export type TeamStoreState = TeamSettings & {
  /** Each open room's connection and who is in it, by room id. */
  views: ReadonlyMap<string, RoomView>;
};

const storage = findLocalStorage();

export const useTeamStore = create<TeamStoreState>()(() => ({
  ...readTeamSettings(storage),
  views: new Map(),
}));

/** Writes the settings; false when this browser refused to keep them (nothing then changes). */
function save(next: TeamSettings): boolean {
  if (!writeTeamSettings(storage, next)) return false;
  useTeamStore.setState({ name: next.name, bindings: next.bindings });
  return true;
}

const settings = (): TeamSettings => {
  const { name, bindings } = useTeamStore.getState();
  return { name, bindings };
};

export function findBinding(assessmentId: string): TeamBinding | undefined {
  return useTeamStore.getState().bindings.find((binding) => binding.assessmentId === assessmentId);
}

export function saveTeamName(name: string): boolean {
  return save({ ...settings(), name: name.trim().slice(0, MAX_NAME_LENGTH) });
}

/** A new room for an assessment on a server; the assessment is not yet on the server. */
export function startTeam(assessmentId: string, server: string): TeamBinding | null {
  const binding: TeamBinding = { assessmentId, ...createInvite(server) };
  const others = settings().bindings.filter((b) => b.assessmentId !== assessmentId);
  if (!save({ ...settings(), bindings: [...others, binding] })) return null;
  // Everything this copy holds still has to reach the server.
  writePending(storage, binding.room, 1);
  return binding;
}

/** A room being joined: kept before its assessment arrives, so a reload can carry on. */
export function addJoin(invite: TeamInvite): boolean {
  const others = settings().bindings.filter((b) => b.room !== invite.room);
  return save({ ...settings(), bindings: [...others, { assessmentId: null, ...invite }] });
}

/** The room's assessment has arrived and is stored under this id. */
export function completeJoin(room: string, assessmentId: string): boolean {
  const bindings = settings()
    .bindings.filter((b) => b.room === room || b.assessmentId !== assessmentId)
    .map((b) => (b.room === room ? { ...b, assessmentId } : b));
  return save({ ...settings(), bindings });
}

/** Forgets a room: its key, server and count; the assessment itself stays in this browser. */
export function forgetRoom(room: string): void {
  save({ ...settings(), bindings: settings().bindings.filter((b) => b.room !== room) });
  writePending(storage, room, 0);
  const views = new Map(useTeamStore.getState().views);
  views.delete(room);
  useTeamStore.setState({ views });
}

export function setRoomView(room: string, view: RoomView): void {
  const views = new Map(useTeamStore.getState().views);
  views.set(room, view);
  useTeamStore.setState({ views });
}

// Another tab joined, left or renamed: this one follows.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === TEAM_STORAGE_KEY || event.key === null) {
      const { name, bindings } = readTeamSettings(storage);
      useTeamStore.setState({ name, bindings });
    }
  });
}

/** Hears of an assessment deleted from this browser: its team goes with it (the server keeps the room). */
export function onAssessmentRemoved(listener: (id: string) => void): () => void {
  return useAssessmentStore.subscribe((state, previous) => {
    if (state.storage !== 'ready' || previous.storage !== 'ready') return;
    for (const id of previous.index.keys()) if (!state.index.has(id)) listener(id);
  });
}
