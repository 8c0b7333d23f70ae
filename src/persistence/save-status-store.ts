import { create } from 'zustand';

export type SaveStatus = 'saved' | 'pending' | 'failed';

/** Transient: how saving is going, and what was wrong with the stored data at start-up. Never persisted. */
export type SaveStatusState = {
  status: SaveStatus;
  /** Why the last write failed (quota, private mode, another tab), for the warning. */
  failure: string | null;
  /** Fields on screen whose text is not valid, so not saved: the header must not say all is saved. */
  heldBackFields: number;
};

export const useSaveStatusStore = create<SaveStatusState>()(() => ({
  status: 'saved',
  failure: null,
  heldBackFields: 0,
}));
