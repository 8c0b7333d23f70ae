import { create } from 'zustand';

import type { LoadProblem } from './persisted-state';

export type SaveStatus = 'saved' | 'pending' | 'failed';

/** Transient: how saving is going, and what was wrong with the stored data at start-up. Never persisted. */
export type SaveStatusState = {
  status: SaveStatus;
  /** Why the last write failed (quota, private mode), for the warning. */
  failure: string | null;
  loadProblem: LoadProblem | null;
  /** The unreadable stored text, offered as a download before anything replaces it. */
  unreadableData: string | null;
};

export const useSaveStatusStore = create<SaveStatusState>()(() => ({
  status: 'saved',
  failure: null,
  loadProblem: null,
  unreadableData: null,
}));
