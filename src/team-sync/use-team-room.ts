import { useEffect } from 'react';

import { loadAssessmentDoc } from '../persistence/assessment-store';
import { findLocalStorage, readPending, writePending, type TeamBinding } from './team-bindings';
import { isServerAllowed } from './team-policy';
import { forgetRoom, onAssessmentRemoved, setRoomView, useTeamStore } from './team-store';
import type { RoomConnection, RoomView } from './team-sync';

/**
 * The open rooms of this page, one connection each, by room id. A connection outlives the screen
 * that opened it: the assessment keeps syncing while the user looks at the list or the method.
 */
const rooms = new Map<
  string,
  { connection: Promise<RoomConnection | null>; step: string | null; assessmentId: string }
>();
const storage = findLocalStorage();

function presence(step: string | null) {
  return { name: useTeamStore.getState().name, step };
}

/** Tells the room which step this user is on now; false when the room is not open here. */
function setStep(room: string, step: string | null): boolean {
  const entry = rooms.get(room);
  if (!entry) return false;
  entry.step = step;
  void entry.connection.then((connection) => connection?.setPresence(presence(step)));
  return true;
}

function openRoom(binding: TeamBinding & { assessmentId: string }, step: string | null): void {
  if (setStep(binding.room, step)) return;
  const entry = {
    connection: Promise.resolve<RoomConnection | null>(null),
    step,
    assessmentId: binding.assessmentId,
  };
  entry.connection = (async () => {
    // The provider (and its WebSocket code) loads only now, when a user works with a team.
    const [{ connectToRoom }, doc] = await Promise.all([
      import('./team-sync'),
      loadAssessmentDoc(binding.assessmentId),
    ]);
    if (!doc || rooms.get(binding.room) !== entry) return null;
    return connectToRoom({
      doc,
      server: binding.server,
      room: binding.room,
      key: binding.key,
      presence: presence(entry.step),
      pending: readPending(storage, binding.room),
      onView: (view) => setRoomView(binding.room, view),
      onPending: (count) => writePending(storage, binding.room, count),
    });
  })();
  rooms.set(binding.room, entry);
}

/** Stops syncing a room in this page (leaving it, or its assessment deleted). */
export function closeRoom(room: string): void {
  const entry = rooms.get(room);
  rooms.delete(room);
  void entry?.connection.then((connection) => connection?.close());
}

/** Stops every room of this page (a test's clean slate; the bindings stay). */
export function closeAllRooms(): void {
  for (const room of [...rooms.keys()]) closeRoom(room);
}

/** Leaves the team: no more syncing, the key forgotten; the local copy stays as it is. */
export function leaveTeam(room: string): void {
  closeRoom(room);
  forgetRoom(room);
}

// Presence carries the name: a new name is shown to the others at once.
useTeamStore.subscribe((state, previous) => {
  if (state.name === previous.name) return;
  for (const entry of rooms.values())
    void entry.connection.then((connection) => connection?.setPresence(presence(entry.step)));
});

// Deleted here or in another tab: the document is gone, so is its sync (deleting forgot the key).
onAssessmentRemoved((id) => {
  for (const [room, entry] of rooms) if (entry.assessmentId === id) leaveTeam(room);
});

export type TeamRoom = {
  binding: TeamBinding | undefined;
  view: RoomView | undefined;
  /** This page started before the server was chosen: its policy does not allow it until a reload. */
  isBlockedHere: boolean;
};

/**
 * The team of an assessment, kept in step while a screen of it is open, with the step the user is
 * on as their presence ("Lan: Innovation").
 */
export function useTeamRoom(assessmentId: string, step: string | null): TeamRoom {
  const binding = useTeamStore((s) => s.bindings.find((b) => b.assessmentId === assessmentId));
  const view = useTeamStore((s) => (binding ? s.views.get(binding.room) : undefined));
  const isBlockedHere = binding !== undefined && !isServerAllowed(binding.server);
  useEffect(() => {
    if (!binding || binding.assessmentId === null || isBlockedHere) return;
    openRoom({ ...binding, assessmentId: binding.assessmentId }, step);
    // Off the assessment's screens, the others see this user in the room but on no step.
    return () => {
      if (rooms.get(binding.room)?.step === step) setStep(binding.room, null);
    };
  }, [binding, step, isBlockedHere]);
  return { binding, view, isBlockedHere };
}
