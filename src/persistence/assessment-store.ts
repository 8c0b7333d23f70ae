import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';

import type { Answer, Assessment, Profile } from '../domain/assessment/assessment-schema';
import { createId } from './create-id';
import {
  META_FIELD,
  PROFILE_FIELD,
  TARGETS_FIELD,
  WEIGHTS_FIELD,
  answerField,
  findLatestTime,
  mergePersistedStates,
  narrativeField,
} from './merge-persisted-states';
import {
  EMPTY_STATE,
  PERSISTED_STATE_VERSION,
  STORAGE_KEY,
  loadPersistedState,
  migratePersistedState,
  serializePersistedState,
  type PersistedState,
  type StoredAssessment,
} from './persisted-state';
import { useSaveStatusStore } from './save-status-store';

/** Typing is saved this long after the last keystroke (and at once when the page is hidden). */
export const SAVE_DELAY_MS = 300;

export type AnswerPatch = { [K in keyof Answer]?: Answer[K] | undefined };

export type AssessmentActions = {
  createAssessment: (profile: Profile) => string;
  updateProfile: (id: string, profile: Profile) => void;
  renameAssessment: (id: string, name: string) => void;
  /** Changes part of an answer; a key set to undefined is removed, and an empty answer disappears. */
  updateAnswer: (id: string, questionId: string, patch: AnswerPatch) => void;
  setNarrative: (id: string, criterionId: string, text: string) => void;
  /** What-if criterion weights; undefined goes back to the framework's (ICF's equal) weights. */
  setWeights: (id: string, weights: Record<string, number> | undefined) => void;
  /** The target score of one criterion; undefined removes it. */
  setTarget: (id: string, criterionId: string, target: number | undefined) => void;
  /** A copy for the next year: answers, evidence and narratives kept, year + 1, linked to its source. */
  startNextYear: (id: string) => string | null;
  deleteAssessment: (id: string) => StoredAssessment | null;
  restoreAssessment: (stored: StoredAssessment) => void;
  /** Adds a whole assessment (the illustrative example, an imported file) under its own id. */
  addAssessment: (assessment: Assessment) => void;
  /**
   * Puts the assessment in place of the one with its id, exactly as given: nothing of the old one
   * is kept or merged back. Returns the old one, so that the replacement can be undone (by
   * replacing again with it).
   */
  replaceAssessment: (assessment: Assessment) => StoredAssessment | null;
  /**
   * Imports assessments: a new id is added; an existing one is replaced exactly, or kept beside the
   * import, which then gets an id of its own and the name `nameCopy` gives it. Returns the id each
   * import has in the store, and what each replacement removed (for an Undo).
   */
  importAssessments: (
    items: { assessment: Assessment; onConflict: 'replace' | 'keep-both' }[],
    nameCopy: (name: string) => string,
  ) => { ids: string[]; replaced: StoredAssessment[] };
};

export type AssessmentStoreState = PersistedState & AssessmentActions;

const now = () => Date.now();

function touch(stored: StoredAssessment, fields: readonly string[], time = now()): StoredAssessment {
  const fieldTimes = { ...stored.fieldTimes };
  for (const field of fields) fieldTimes[field] = Math.max(time, (fieldTimes[field] ?? 0) + 1);
  const latest = Math.max(...Object.values(fieldTimes));
  return { assessment: { ...stored.assessment, updatedAt: new Date(latest).toISOString() }, fieldTimes };
}

/** Every field of an assessment, so a new or restored assessment wins over any older copy. */
function allFields(assessment: Assessment): string[] {
  return [
    META_FIELD,
    PROFILE_FIELD,
    WEIGHTS_FIELD,
    TARGETS_FIELD,
    ...Object.keys(assessment.answers).map(answerField),
    ...Object.keys(assessment.narratives ?? {}).map(narrativeField),
  ];
}

function applyPatch(answer: Answer | undefined, patch: AnswerPatch): Answer | undefined {
  const next: Record<string, unknown> = { ...answer };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return Object.keys(next).length > 0 ? next : undefined;
}

type Set = (update: (state: AssessmentStoreState) => Partial<PersistedState>) => void;

function createActions(set: Set, get: () => AssessmentStoreState): AssessmentActions {
  const updateStored = (id: string, change: (stored: StoredAssessment) => StoredAssessment) =>
    set((state) => {
      const stored = state.assessments[id];
      return stored ? { assessments: { ...state.assessments, [id]: change(stored) } } : {};
    });

  const add = (assessment: Assessment) => {
    const stored = touch({ assessment, fieldTimes: {} }, allFields(assessment));
    set((state) => {
      const tombstones = { ...state.tombstones };
      delete tombstones[assessment.id];
      return { assessments: { ...state.assessments, [assessment.id]: stored }, tombstones };
    });
  };

  const replace = (assessment: Assessment): StoredAssessment | null => {
    const previous = get().assessments[assessment.id] ?? null;
    // Every field either side ever had gets a new time: a field the new one lacks is then a
    // removal that wins when tabs merge, rather than a gap the old value fills again.
    const fields = new Set([
      ...allFields(assessment),
      ...(previous ? [...allFields(previous.assessment), ...Object.keys(previous.fieldTimes)] : []),
    ]);
    const stored = touch({ assessment, fieldTimes: previous?.fieldTimes ?? {} }, [...fields]);
    set((state) => {
      const tombstones = { ...state.tombstones };
      delete tombstones[assessment.id];
      return { assessments: { ...state.assessments, [assessment.id]: stored }, tombstones };
    });
    return previous;
  };

  return {
    createAssessment: (profile) => {
      const id = createId();
      add({ id, profile, answers: {}, createdAt: new Date(now()).toISOString() });
      return id;
    },
    updateProfile: (id, profile) =>
      updateStored(id, (s) => touch({ ...s, assessment: { ...s.assessment, profile } }, [PROFILE_FIELD])),
    renameAssessment: (id, name) =>
      updateStored(id, (s) =>
        touch({ ...s, assessment: { ...s.assessment, profile: { ...s.assessment.profile, name } } }, [
          PROFILE_FIELD,
        ]),
      ),
    updateAnswer: (id, questionId, patch) =>
      updateStored(id, (s) => {
        const answers = { ...s.assessment.answers };
        const next = applyPatch(answers[questionId], patch);
        if (next) answers[questionId] = next;
        else delete answers[questionId];
        return touch({ ...s, assessment: { ...s.assessment, answers } }, [answerField(questionId)]);
      }),
    setNarrative: (id, criterionId, text) =>
      updateStored(id, (s) => {
        const narratives = { ...s.assessment.narratives };
        if (text === '') delete narratives[criterionId];
        else narratives[criterionId] = text;
        return touch({ ...s, assessment: { ...s.assessment, narratives } }, [narrativeField(criterionId)]);
      }),
    setWeights: (id, weights) =>
      updateStored(id, (s) => {
        const { weights: _old, ...rest } = s.assessment;
        return touch({ ...s, assessment: weights ? { ...rest, weights } : rest }, [WEIGHTS_FIELD]);
      }),
    setTarget: (id, criterionId, target) =>
      updateStored(id, (s) => {
        const targets = { ...s.assessment.targets };
        if (target === undefined) delete targets[criterionId];
        else targets[criterionId] = target;
        const { targets: _old, ...rest } = s.assessment;
        return touch({ ...s, assessment: Object.keys(targets).length > 0 ? { ...rest, targets } : rest }, [
          TARGETS_FIELD,
        ]);
      }),
    startNextYear: (id) => {
      const source = get().assessments[id]?.assessment;
      if (!source) return null;
      const { illustrative: _illustrative, updatedAt: _updatedAt, ...rest } = source;
      const copy: Assessment = {
        ...structuredClone(rest),
        id: createId(),
        basedOn: source.id,
        profile: {
          ...source.profile,
          ...(source.profile.year === undefined ? {} : { year: source.profile.year + 1 }),
        },
        createdAt: new Date(now()).toISOString(),
      };
      add(copy);
      return copy.id;
    },
    deleteAssessment: (id) => {
      const stored = get().assessments[id] ?? null;
      if (!stored) return null;
      set((state) => {
        const assessments = { ...state.assessments };
        delete assessments[id];
        // Later than the assessment's last change, so the deletion wins when tabs merge.
        const deletedAt = Math.max(now(), findLatestTime(stored) + 1);
        return { assessments, tombstones: { ...state.tombstones, [id]: deletedAt } };
      });
      return stored;
    },
    restoreAssessment: (stored) => {
      const restored = touch(stored, [META_FIELD]);
      set((state) => {
        const tombstones = { ...state.tombstones };
        delete tombstones[stored.assessment.id];
        return { assessments: { ...state.assessments, [stored.assessment.id]: restored }, tombstones };
      });
    },
    addAssessment: add,
    replaceAssessment: replace,
    importAssessments: (items, nameCopy) => {
      const ids: string[] = [];
      const replaced: StoredAssessment[] = [];
      for (const { assessment, onConflict } of items) {
        const exists = get().assessments[assessment.id] !== undefined;
        if (exists && onConflict === 'keep-both') {
          const copy = {
            ...assessment,
            id: createId(),
            profile: { ...assessment.profile, name: nameCopy(assessment.profile.name) },
          };
          add(copy);
          ids.push(copy.id);
          continue;
        }
        const previous = replace(assessment);
        if (previous) replaced.push(previous);
        ids.push(assessment.id);
      }
      return { ids, replaced };
    },
  };
}

const pickPersisted = (state: PersistedState): PersistedState => ({
  assessments: state.assessments,
  tombstones: state.tombstones,
});

function readStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** "QuotaExceededError", "SecurityError"…: what the warning needs to say why saving failed. */
function nameError(error: unknown): string {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name !== '' ? name : String(error);
}

type BrowserStorage = PersistStorage<PersistedState> & { flush: () => void; unblock: () => void };

/**
 * localStorage behind zustand's persist: writes are debounced, merged with whatever another tab
 * saved meanwhile, and every failure is reported to the save-status store instead of swallowed.
 * Stored data that cannot be read is copied aside and offered for download before it is replaced.
 */
function createBrowserStorage(onMerged: (state: PersistedState) => void): BrowserStorage {
  let pending: PersistedState | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let isBlocked = false;
  const status = useSaveStatusStore.setState;

  const write = () => {
    timer = undefined;
    const storage = readStorage();
    if (!pending || !storage || isBlocked) {
      if (pending && (!storage || isBlocked))
        status({ status: 'failed', failure: storage ? 'blocked' : 'unavailable' });
      return;
    }
    const state = pending;
    try {
      const onDisk = loadPersistedState(storage.getItem(STORAGE_KEY));
      const merged = onDisk.ok ? mergePersistedStates(onDisk.value, state) : state;
      storage.setItem(STORAGE_KEY, serializePersistedState(merged));
      pending = null;
      status({ status: 'saved', failure: null });
      if (JSON.stringify(merged) !== JSON.stringify(state)) onMerged(merged);
    } catch (error) {
      // Keep `pending`: the next change (or the page being hidden) tries again.
      status({
        status: 'failed',
        failure: nameError(error),
      });
    }
  };

  return {
    getItem: (name) => {
      const storage = readStorage();
      let raw: string | null = null;
      try {
        raw = storage?.getItem(name) ?? null;
      } catch (error) {
        status({ status: 'failed', failure: nameError(error) });
        return null;
      }
      const loaded = loadPersistedState(raw);
      if (loaded.ok) return { state: loaded.value, version: PERSISTED_STATE_VERSION };
      status({ loadProblem: loaded.errors[0] ?? null, unreadableData: raw });
      try {
        storage?.setItem(`${name}.unreadable-${now()}`, raw ?? '');
      } catch {
        // No room for a copy: never overwrite the only one; the user downloads it or discards it.
        isBlocked = true;
      }
      return null;
    },
    setItem: (_name, value: StorageValue<PersistedState>) => {
      pending = value.state;
      status({ status: 'pending' });
      clearTimeout(timer);
      timer = setTimeout(write, SAVE_DELAY_MS);
    },
    removeItem: (name) => readStorage()?.removeItem(name),
    flush: () => {
      if (timer !== undefined) {
        clearTimeout(timer);
        write();
      }
    },
    unblock: () => {
      isBlocked = false;
    },
  };
}

const storage = createBrowserStorage(applyMergedState);

export const useAssessmentStore = create<AssessmentStoreState>()(
  persist<AssessmentStoreState, [], [], PersistedState>(
    (set, get) => ({ ...EMPTY_STATE, ...createActions(set, get) }),
    {
      name: STORAGE_KEY,
      version: PERSISTED_STATE_VERSION,
      storage,
      partialize: pickPersisted,
      migrate: (persisted, version) => {
        const migrated = migratePersistedState(persisted, version);
        if (!migrated.ok) throw new Error(`stored state version ${version} cannot be migrated`);
        return migrated.value;
      },
    },
  ),
);

function applyMergedState(merged: PersistedState): void {
  useAssessmentStore.setState(merged);
}

/** Writes what is pending now: called when the page is hidden or closed. */
export function flushPendingSave(): void {
  storage.flush();
}

/** Takes in what another tab saved, merged field by field with what this tab holds. */
export function mergeSavedState(raw: string | null): void {
  const incoming = loadPersistedState(raw);
  if (!incoming.ok) return;
  const current = pickPersisted(useAssessmentStore.getState());
  const merged = mergePersistedStates(current, incoming.value);
  if (JSON.stringify(merged) !== JSON.stringify(current)) useAssessmentStore.setState(merged);
}

/** After the user has downloaded (or given up) unreadable stored data: save this tab's data over it. */
export function discardUnreadableData(): void {
  useSaveStatusStore.setState({ loadProblem: null, unreadableData: null });
  readStorage()?.removeItem(STORAGE_KEY);
  storage.unblock();
  void storage.setItem(STORAGE_KEY, {
    state: pickPersisted(useAssessmentStore.getState()),
    version: PERSISTED_STATE_VERSION,
  });
}

/** Saves before the page goes away, and takes in what other tabs save. Returns a clean-up. */
export function connectStoreToWindow(target: Window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) mergeSavedState(event.newValue);
  };
  const onHidden = () => {
    if (target.document.visibilityState === 'hidden') flushPendingSave();
  };
  target.addEventListener('storage', onStorage);
  target.addEventListener('pagehide', flushPendingSave);
  target.addEventListener('beforeunload', flushPendingSave);
  // A crash somewhere must not cost the last keystrokes: save them at once.
  target.addEventListener('error', flushPendingSave);
  target.addEventListener('unhandledrejection', flushPendingSave);
  target.document.addEventListener('visibilitychange', onHidden);
  return () => {
    target.removeEventListener('storage', onStorage);
    target.removeEventListener('pagehide', flushPendingSave);
    target.removeEventListener('beforeunload', flushPendingSave);
    target.removeEventListener('error', flushPendingSave);
    target.removeEventListener('unhandledrejection', flushPendingSave);
    target.document.removeEventListener('visibilitychange', onHidden);
  };
}

// The store is loaded with the first screen that needs it; from then on it follows other tabs and
// saves before the page goes away. (Tests import it without a window.)
if (typeof window !== 'undefined') connectStoreToWindow(window);
