import { useEffect } from 'react';
import type * as Y from 'yjs';
import { create } from 'zustand';

import type { AnswerPatch, AssessmentChange } from '../domain/assessment/assessment-change';
import type {
  Answer,
  Assessment,
  CarriedOver,
  Profile,
  ProfilePatch,
  Respondent,
  RespondentPatch,
  Round,
} from '../domain/assessment/assessment-schema';
import { confirmOnEdit, createNextYear, type NextYearOptions } from '../domain/assessment/carry-over';
import type { Framework } from '../domain/criteria/criterion-schema';
import type { DocumentView, Repository, RepositoryOptions } from './assessment-repository';
import { findLocalStorage, forgetAssessmentTeam } from '../team-sync/team-bindings';
import { createId } from './create-id';
import type { IndexEntry } from './index-database';
import { takeEarlyIndex } from './early-index';
import { openListedIndex } from './listed-index';
import { MOVED_KEY, STORAGE_KEY } from './persisted-state-key';
import { useSaveStatusStore } from './save-status-store';
import { TAB_CHANNEL } from './tab-sync';

export type { AnswerPatch } from '../domain/assessment/assessment-change';
export type { DocumentView } from './assessment-repository';
export type { IndexEntry } from './index-database';

export type AssessmentActions = {
  createAssessment: (profile: Profile) => string;
  /** Changes the given profile fields only; a field set to undefined is removed (the name never is). */
  updateProfile: (id: string, patch: ProfilePatch) => void;
  renameAssessment: (id: string, name: string) => Promise<void>;
  /**
   * Changes part of an answer; a key set to undefined is removed, and an empty answer disappears.
   * Any change but to the carried-over mark itself also confirms the answer (confirmOnEdit).
   */
  updateAnswer: (id: string, questionId: string, patch: AnswerPatch) => void;
  setNarrative: (id: string, criterionId: string, text: string) => void;
  /** What-if criterion weights; undefined goes back to the framework's (ICF's equal) weights. */
  setWeights: (id: string, weights: Record<string, number> | undefined) => void;
  /** The target score of one criterion; undefined removes it. */
  setTarget: (id: string, criterionId: string, target: number | undefined) => void;
  /** Adds a respondent at the end of the list; returns the id it is given. */
  addRespondent: (id: string, respondent: Omit<Respondent, 'id'>) => string;
  /** Changes the given fields of a respondent; one set to undefined is removed (the name never is). */
  updateRespondent: (id: string, respondentId: string, patch: RespondentPatch) => void;
  /** Removes a respondent and every answer they gave. */
  removeRespondent: (id: string, respondentId: string) => void;
  /** What a respondent is asked: criterion ids and question ids; both empty means every question. */
  setAssignment: (
    id: string,
    respondentId: string,
    assignment: { criteria?: readonly string[] | undefined; questions?: readonly string[] | undefined },
  ) => void;
  /** Changes part of a respondent's answer, as updateAnswer does the coordinator's. */
  updateResponse: (id: string, respondentId: string, questionId: string, patch: AnswerPatch) => void;
  /** Makes `answer` the decided answer of the question ("use this answer"): it wins over the rule. */
  decideAnswer: (id: string, questionId: string, answer: Answer) => void;
  /** Removes the coordinator's answer to the question, so the default rule applies again. */
  undecideAnswer: (id: string, questionId: string) => void;
  /** Round 2 shows respondents the group's answers; round 1 hides them again. */
  setRound: (id: string, round: Round) => void;
  /**
   * A copy for another year (createNextYear): answers, evidence and narratives kept, each answer
   * marked "to confirm", targets and weights as chosen, linked to its source. Returns the new id.
   */
  startNextYear: (id: string, options: NextYearOptions, framework: Framework) => Promise<string | null>;
  /** Sets or removes the carried-over mark of several answers (Confirm all, and its Undo). */
  markCarriedOver: (id: string, marks: Readonly<Record<string, CarriedOver | undefined>>) => void;
  /** Deletes an assessment and returns it whole, for Undo. */
  deleteAssessment: (id: string) => Promise<Assessment | null>;
  restoreAssessment: (assessment: Assessment) => void;
  /** Adds a whole assessment (the illustrative example, an imported file) under its own id. */
  addAssessment: (assessment: Assessment) => void;
  /**
   * Puts the assessment in place of the one with its id, exactly as given: nothing of the old one
   * is kept or merged back. Returns the old one, so that the replacement can be undone (by
   * replacing again with it).
   */
  replaceAssessment: (assessment: Assessment) => Promise<Assessment | null>;
  /**
   * Imports assessments: a new id is added; an existing one is replaced exactly, or kept beside the
   * import, which then gets an id of its own and the name `nameCopy` gives it. Returns the id each
   * import has in the store, and what each replacement removed (for an Undo).
   */
  importAssessments: (
    items: { assessment: Assessment; onConflict: 'replace' | 'keep-both' }[],
    nameCopy: (name: string) => string,
  ) => Promise<{ ids: string[]; replaced: Assessment[] }>;
  /** Reads an assessment in full, opening its document if no screen has. */
  readAssessment: (id: string) => Promise<Assessment | null>;
  /** Every assessment in full, and the raw text of those that could not be read. */
  readAllAssessments: () => Promise<{ assessments: Assessment[]; unreadable: string[] }>;
  /** Forgets an entry that could not be read, once the user has downloaded it. */
  removeUnreadable: (id: string) => Promise<void>;
};

export type AssessmentStoreState = {
  /**
   * 'starting' until the index has been read; 'listed' once it has (the list can be drawn) while
   * the document code (Yjs, zod) still loads; 'ready' once it has. Actions wait for 'ready'.
   */
  storage: 'starting' | 'listed' | 'ready';
  /** One small entry per stored assessment: what the list, comparisons and trends read. */
  index: ReadonlyMap<string, IndexEntry>;
  /** The documents screens have opened, in full. */
  documents: ReadonlyMap<string, DocumentView>;
} & AssessmentActions;

let repository: Repository | null = null;
let starting: Promise<void> | null = null;

function requireRepository(): Repository {
  if (!repository) throw new Error('storage has not started');
  return repository;
}

/** The repository, once started: the list offers its actions while it still loads. */
async function readyRepository(): Promise<Repository> {
  await starting;
  return requireRepository();
}

const queuedPuts = new Set<Promise<void>>();

/** Stores an assessment now, or as soon as the repository has loaded (the header says it is pending). */
function putWhenReady(assessment: Assessment): void {
  if (repository) {
    repository.put(assessment);
    return;
  }
  useSaveStatusStore.setState({ status: 'pending' });
  const queued = readyRepository()
    .then((ready) => ready.put(assessment))
    .finally(() => queuedPuts.delete(queued));
  queuedPuts.add(queued);
}

function change(id: string, edit: AssessmentChange): void {
  const problem = requireRepository().change(id, edit);
  if (problem && problem.message !== 'not open') {
    useSaveStatusStore.setState({
      status: 'failed',
      failure: `invalid: ${problem.field} ${problem.message}`,
    });
  }
}

export const useAssessmentStore = create<AssessmentStoreState>()((_set, get) => ({
  storage: 'starting',
  index: new Map(),
  documents: new Map(),
  createAssessment: (profile) => {
    const id = createId();
    const now = new Date().toISOString();
    putWhenReady({ id, profile, answers: {}, createdAt: now, updatedAt: now });
    return id;
  },
  updateProfile: (id, patch) => change(id, { kind: 'profile', patch }),
  renameAssessment: async (id, name) => {
    if (!(await (await readyRepository()).read(id))) return;
    change(id, { kind: 'profile', patch: { name } });
  },
  updateAnswer: (id, questionId, patch) =>
    change(id, { kind: 'answer', questionId, patch: confirmOnEdit(patch) }),
  markCarriedOver: (id, marks) => {
    for (const [questionId, carriedOver] of Object.entries(marks)) {
      change(id, { kind: 'answer', questionId, patch: { carriedOver } });
    }
  },
  setNarrative: (id, criterionId, text) => change(id, { kind: 'narrative', criterionId, text }),
  setWeights: (id, weights) => change(id, { kind: 'weights', weights }),
  setTarget: (id, criterionId, target) => change(id, { kind: 'target', criterionId, target }),
  addRespondent: (id, respondent) => {
    const respondentId = createId();
    change(id, { kind: 'add-respondent', respondent: { ...respondent, id: respondentId } });
    return respondentId;
  },
  updateRespondent: (id, respondentId, patch) => change(id, { kind: 'edit-respondent', respondentId, patch }),
  removeRespondent: (id, respondentId) => change(id, { kind: 'remove-respondent', respondentId }),
  setAssignment: (id, respondentId, { criteria, questions }) =>
    change(id, { kind: 'assignment', respondentId, criteria, questions }),
  updateResponse: (id, respondentId, questionId, patch) =>
    change(id, { kind: 'response', respondentId, questionId, patch }),
  decideAnswer: (id, questionId, answer) => change(id, { kind: 'decide', questionId, answer }),
  undecideAnswer: (id, questionId) => change(id, { kind: 'undecide', questionId }),
  setRound: (id, round) => change(id, { kind: 'round', round }),
  startNextYear: async (id, options, framework) => {
    const source = await (await readyRepository()).read(id);
    if (!source) return null;
    const copy = createNextYear(framework, source, options, {
      id: createId(),
      now: new Date().toISOString(),
    });
    requireRepository().put(copy);
    return copy.id;
  },
  deleteAssessment: async (id) => {
    const assessment = await (await readyRepository()).read(id);
    forgetAssessmentTeam(findLocalStorage(), id);
    await requireRepository().remove(id);
    return assessment;
  },
  restoreAssessment: putWhenReady,
  addAssessment: putWhenReady,
  replaceAssessment: async (assessment) => {
    const previous = await (await readyRepository()).read(assessment.id);
    requireRepository().put(assessment);
    return previous;
  },
  importAssessments: async (items, nameCopy) => {
    await readyRepository();
    const ids: string[] = [];
    const replaced: Assessment[] = [];
    for (const { assessment, onConflict } of items) {
      const exists = get().index.has(assessment.id);
      if (exists && onConflict === 'keep-both') {
        const copy = {
          ...assessment,
          id: createId(),
          profile: { ...assessment.profile, name: nameCopy(assessment.profile.name) },
        };
        requireRepository().put(copy);
        ids.push(copy.id);
        continue;
      }
      const previous = exists ? await get().replaceAssessment(assessment) : null;
      if (!exists) requireRepository().put(assessment);
      if (previous) replaced.push(previous);
      ids.push(assessment.id);
    }
    return { ids, replaced };
  },
  readAssessment: async (id) => (await readyRepository()).read(id),
  readAllAssessments: async () => (await readyRepository()).readAll(),
  removeUnreadable: async (id) => (await readyRepository()).remove(id),
}));

function setDocument(id: string, view: DocumentView): void {
  const documents = new Map(useAssessmentStore.getState().documents);
  documents.set(id, view);
  useAssessmentStore.setState({ documents });
}

/** Ends the wait of afterScreenDrawn at once: a screen needs a document, not just the list. */
let endIdleWait: (() => void) | null = null;

/**
 * Resolves once the screen has drawn what the index shows. After the list, when the browser is next
 * idle, or at once when a screen asks for a document (useAssessment): a painted frame alone came too
 * early, and the document code (Yjs, zod) then loaded and ran while the list was still being drawn.
 * Any other screen needs a document anyway: one frame.
 */
function afterScreenDrawn(isListFirst: boolean): Promise<void> {
  return new Promise((resolve) => {
    endIdleWait = resolve;
    // Idle comes even to a hidden tab; the timeout bounds the wait on a page that is never idle.
    if (isListFirst && typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => resolve(), { timeout: 1_000 });
      return;
    }
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    // A hidden tab draws no frames: it does not wait for one.
    setTimeout(resolve, 100);
  });
}

/** Whether the old localStorage value still waits to be moved, so the index is not complete yet. */
function isMovePending(storage: Storage | undefined): boolean {
  try {
    return storage?.getItem(MOVED_KEY) === null && storage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * Reads the index, shows it, and then loads the document code (Yjs, y-indexeddb, zod): the list is
 * drawn without waiting for that code, which is most of the storage's. Called once by the app, which
 * says whether the start is at the list; tests pass their own IndexedDB and channel.
 */
export function startStorage(
  options: RepositoryOptions = {},
  { isListFirst = false }: { isListFirst?: boolean } = {},
): Promise<void> {
  starting ??= (async () => {
    const localStorage = (() => {
      try {
        return globalThis.localStorage;
      } catch {
        return undefined;
      }
    })();
    const factory = options.indexedDB ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
    // Opened by main.tsx before the screens' code evaluated, unless a test brings its own database.
    const early =
      options.indexedDB === undefined && options.channelName === undefined ? takeEarlyIndex() : null;
    const listed = await (early ?? openListedIndex(factory, options.channelName ?? TAB_CHANNEL));
    if (listed.database && !isMovePending(options.localStorage ?? localStorage)) {
      useAssessmentStore.setState({ storage: 'listed', index: listed.index });
      await afterScreenDrawn(isListFirst);
    }
    const { createRepository } = await import('./assessment-repository');
    repository = await createRepository(
      {
        onIndex: (index) => useAssessmentStore.setState({ index }),
        onDocument: setDocument,
        onWrites: ({ pending, failure }) =>
          useSaveStatusStore.setState({
            status: pending > 0 ? 'pending' : failure ? 'failed' : 'saved',
            failure,
          }),
        onProblem: (problem) =>
          useSaveStatusStore.setState({
            status: 'failed',
            failure: problem === 'refused' ? 'refused' : problem,
          }),
      },
      { localStorage, ...options, listed },
    );
    useAssessmentStore.setState({ storage: 'ready', index: repository.index() });
  })();
  return starting;
}

/** Closes the storage (tests start each case afresh). */
export async function stopStorage(): Promise<void> {
  const current = repository;
  await starting?.catch(() => undefined);
  starting = null;
  repository = null;
  await current?.close();
  useAssessmentStore.setState({ storage: 'starting', index: new Map(), documents: new Map() });
}

/**
 * The Yjs document of a stored assessment, once loaded: for the team sync, which keeps this very
 * document in step with the team's. Null for an unknown id.
 */
export async function loadAssessmentDoc(id: string): Promise<Y.Doc | null> {
  await starting;
  return repository ? repository.loadedDoc(id) : null;
}

/** Merges a team's copy of an assessment into this browser's (see the repository's mergeState). */
export async function mergeAssessmentState(id: string, update: Uint8Array): Promise<'merged' | 'unrelated'> {
  await starting;
  return requireRepository().mergeState(id, update);
}

/** Resolves once every write so far has reached IndexedDB (or failed). */
export async function waitForWrites(): Promise<void> {
  await Promise.allSettled(queuedPuts);
  await repository?.waitForWrites();
}

/** The full assessment a screen shows, its document opened on first use. */
export function useAssessment(id: string | undefined): DocumentView {
  const isReady = useAssessmentStore((s) => s.storage === 'ready');
  const view = useAssessmentStore((s) => (id === undefined ? undefined : s.documents.get(id)));
  useEffect(() => {
    if (id === undefined || view) return;
    if (isReady) requireRepository().open(id);
    else endIdleWait?.();
  }, [isReady, id, view]);
  if (id === undefined) return { status: 'missing' };
  return view ?? { status: 'loading' };
}

/** The readable assessments of the index, as summaries (no long texts), by id. */
export function readSummaries(index: ReadonlyMap<string, IndexEntry>): Map<string, Assessment> {
  const summaries = new Map<string, Assessment>();
  for (const entry of index.values()) if (entry.kind === 'ok') summaries.set(entry.id, entry.summary);
  return summaries;
}
