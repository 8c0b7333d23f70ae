// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { STORAGE_KEY, serializePersistedState } from '../../src/persistence/persisted-state';

/** A fresh store module, hydrated from whatever localStorage holds now (as on a page load). */
async function loadStore() {
  vi.resetModules();
  const store = await import('../../src/persistence/assessment-store');
  const status = await import('../../src/persistence/save-status-store');
  return { ...store, status: status.useSaveStatusStore };
}

const saved = () =>
  JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as {
    state: {
      assessments: Record<
        string,
        { assessment: { answers: Record<string, unknown>; profile: { name: string } } }
      >;
    };
  } | null;

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the assessment store', () => {
  it('saves changes shortly after the last one, and shows that it is saving', async () => {
    const { useAssessmentStore, status } = await loadStore();
    const id = useAssessmentStore.getState().createAssessment({ name: 'Huế', year: 2025 });
    useAssessmentStore.getState().updateAnswer(id, 'broadband.availability', { value: 80 });
    expect(status.getState().status).toBe('pending');
    expect(saved()).toBeNull();
    vi.advanceTimersByTime(400);
    expect(status.getState().status).toBe('saved');
    expect(saved()?.state.assessments[id]?.assessment.answers).toEqual({
      'broadband.availability': { value: 80 },
    });
  });

  it('writes at once when the page is hidden', async () => {
    const { useAssessmentStore, flushPendingSave } = await loadStore();
    const id = useAssessmentStore.getState().createAssessment({ name: 'Huế' });
    flushPendingSave();
    expect(saved()?.state.assessments[id]).toBeDefined();
  });

  it('saves at once when the page crashes', async () => {
    const { useAssessmentStore, connectStoreToWindow } = await loadStore();
    const disconnect = connectStoreToWindow(window);
    const id = useAssessmentStore.getState().createAssessment({ name: 'Huế' });
    useAssessmentStore.getState().updateAnswer(id, 'q.a', { notes: 'typed just before the crash' });
    window.dispatchEvent(new ErrorEvent('error', { message: 'boom' }));
    expect(saved()?.state.assessments[id]?.assessment.answers).toEqual({
      'q.a': { notes: 'typed just before the crash' },
    });
    disconnect();
  });

  it('finds every answer again after a reload', async () => {
    const first = await loadStore();
    const id = first.useAssessmentStore.getState().createAssessment({ name: 'Huế' });
    first.useAssessmentStore
      .getState()
      .updateAnswer(id, 'broadband.availability', { value: 80, notes: 'Sở TT&TT, 2024' });
    first.useAssessmentStore.getState().setNarrative(id, 'broadband', 'Câu chuyện');
    first.flushPendingSave();
    const second = await loadStore();
    const assessment = second.useAssessmentStore.getState().assessments[id]?.assessment;
    expect(assessment?.answers['broadband.availability']).toEqual({ value: 80, notes: 'Sở TT&TT, 2024' });
    expect(assessment?.narratives).toEqual({ broadband: 'Câu chuyện' });
  });

  it('removes an answer part set to undefined, and the answer once it is empty', async () => {
    const { useAssessmentStore } = await loadStore();
    const id = useAssessmentStore.getState().createAssessment({ name: 'Huế' });
    const { updateAnswer } = useAssessmentStore.getState();
    updateAnswer(id, 'q.a', { value: 2, notes: 'n' });
    updateAnswer(id, 'q.a', { value: undefined });
    expect(useAssessmentStore.getState().assessments[id]?.assessment.answers['q.a']).toEqual({ notes: 'n' });
    updateAnswer(id, 'q.a', { notes: undefined });
    expect(useAssessmentStore.getState().assessments[id]?.assessment.answers).toEqual({});
  });

  it("starts next year's assessment from this one", async () => {
    const { useAssessmentStore } = await loadStore();
    const { createAssessment, updateAnswer, startNextYear } = useAssessmentStore.getState();
    const id = createAssessment({ name: 'Huế', year: 2024 });
    updateAnswer(id, 'q.a', { value: 2, evidence: [{ url: 'https://example.org', label: 'Plan' }] });
    const nextId = startNextYear(id);
    const next = useAssessmentStore.getState().assessments[nextId ?? '']?.assessment;
    expect(next?.profile).toEqual({ name: 'Huế', year: 2025 });
    expect(next?.basedOn).toBe(id);
    expect(next?.answers['q.a']).toEqual({
      value: 2,
      evidence: [{ url: 'https://example.org', label: 'Plan' }],
    });
  });

  it('keeps what-if weights and targets with the assessment', async () => {
    const { useAssessmentStore } = await loadStore();
    const { createAssessment, setWeights, setTarget } = useAssessmentStore.getState();
    const id = createAssessment({ name: 'Huế' });
    setWeights(id, { broadband: 2 });
    setTarget(id, 'innovation', 70);
    expect(useAssessmentStore.getState().assessments[id]?.assessment).toMatchObject({
      weights: { broadband: 2 },
      targets: { innovation: 70 },
    });
    setWeights(id, undefined);
    setTarget(id, 'innovation', undefined);
    expect(useAssessmentStore.getState().assessments[id]?.assessment).not.toHaveProperty('weights');
    expect(useAssessmentStore.getState().assessments[id]?.assessment).not.toHaveProperty('targets');
  });

  it('deletes and restores an assessment', async () => {
    const { useAssessmentStore } = await loadStore();
    const id = useAssessmentStore.getState().createAssessment({ name: 'Huế' });
    const removed = useAssessmentStore.getState().deleteAssessment(id);
    expect(useAssessmentStore.getState().assessments[id]).toBeUndefined();
    useAssessmentStore.getState().restoreAssessment(removed!);
    expect(useAssessmentStore.getState().assessments[id]?.assessment.profile.name).toBe('Huế');
    expect(useAssessmentStore.getState().tombstones[id]).toBeUndefined();
  });

  it('reports a storage that cannot be written, and keeps the change to try again', async () => {
    const { useAssessmentStore, status, flushPendingSave } = await loadStore();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const id = useAssessmentStore.getState().createAssessment({ name: 'Huế' });
    flushPendingSave();
    expect(status.getState()).toMatchObject({ status: 'failed', failure: 'QuotaExceededError' });
    setItem.mockRestore();
    useAssessmentStore.getState().renameAssessment(id, 'Thừa Thiên Huế');
    flushPendingSave();
    expect(status.getState().status).toBe('saved');
    expect(saved()?.state.assessments[id]?.assessment.profile.name).toBe('Thừa Thiên Huế');
  });

  it("merges another tab's newer answers instead of overwriting them", async () => {
    const { useAssessmentStore, mergeSavedState, flushPendingSave } = await loadStore();
    const id = useAssessmentStore.getState().createAssessment({ name: 'Huế' });
    flushPendingSave();
    // The other tab answers q.b, then this tab answers q.a without having seen it.
    const other = structuredClone(useAssessmentStore.getState().assessments[id]!);
    other.assessment.answers['q.b'] = { value: 4 };
    other.fieldTimes['answers.q.b'] = Date.now() + 5;
    const otherState = { assessments: { [id]: other }, tombstones: {} };
    localStorage.setItem(STORAGE_KEY, serializePersistedState(otherState));
    vi.advanceTimersByTime(10);
    useAssessmentStore.getState().updateAnswer(id, 'q.a', { value: 1 });
    flushPendingSave();
    expect(saved()?.state.assessments[id]?.assessment.answers).toEqual({
      'q.a': { value: 1 },
      'q.b': { value: 4 },
    });
    expect(useAssessmentStore.getState().assessments[id]?.assessment.answers).toEqual({
      'q.a': { value: 1 },
      'q.b': { value: 4 },
    });
    // And a storage event from the other tab is merged in the same way.
    other.assessment.answers['q.c'] = { value: 2 };
    other.fieldTimes['answers.q.c'] = Date.now() + 20;
    mergeSavedState(serializePersistedState({ assessments: { [id]: other }, tombstones: {} }));
    expect(Object.keys(useAssessmentStore.getState().assessments[id]!.assessment.answers).sort()).toEqual([
      'q.a',
      'q.b',
      'q.c',
    ]);
  });

  it('keeps unreadable stored data aside and tells the user, instead of overwriting it', async () => {
    localStorage.setItem(STORAGE_KEY, '{"state": garbage');
    const { useAssessmentStore, status } = await loadStore();
    expect(status.getState().loadProblem?.kind).toBe('unreadable');
    expect(status.getState().unreadableData).toBe('{"state": garbage');
    const copies = Object.keys(localStorage).filter((k) => k.startsWith(`${STORAGE_KEY}.unreadable-`));
    expect(copies).toHaveLength(1);
    expect(localStorage.getItem(copies[0]!)).toBe('{"state": garbage');
    expect(useAssessmentStore.getState().assessments).toEqual({});
  });
});
