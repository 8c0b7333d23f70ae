import { create } from 'zustand';

const KEY_PREFIX = 'icf-self-assessment.answering-as:';

function readSession(assessmentId: string): string | undefined {
  try {
    return window.sessionStorage.getItem(KEY_PREFIX + assessmentId) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeSession(assessmentId: string, respondentId: string | undefined): void {
  try {
    if (respondentId === undefined) window.sessionStorage.removeItem(KEY_PREFIX + assessmentId);
    else window.sessionStorage.setItem(KEY_PREFIX + assessmentId, respondentId);
  } catch {
    // Blocked storage only means the choice is not kept across a reload.
  }
}

type AnsweringAsState = {
  byAssessment: Readonly<Record<string, string | undefined>>;
  /** Answers of this assessment now land in this respondent's slot; undefined is the coordinator. */
  setAnsweringAs: (assessmentId: string, respondentId: string | undefined) => void;
};

/**
 * Who is answering an assessment in this tab: the coordinator (the decided answers) or one
 * respondent. Kept for the tab's session, so a reload or another screen keeps the choice, and a
 * second tab can answer as someone else.
 */
export const useAnsweringAsStore = create<AnsweringAsState>()((set) => ({
  byAssessment: {},
  setAnsweringAs: (assessmentId, respondentId) => {
    writeSession(assessmentId, respondentId);
    set((state) => ({ byAssessment: { ...state.byAssessment, [assessmentId]: respondentId } }));
  },
}));

/** The respondent answering this assessment in this tab, if one is chosen and still a respondent. */
export function useAnsweringAs(assessmentId: string, respondentIds: readonly string[]): string | undefined {
  const chosen = useAnsweringAsStore((s) =>
    Object.hasOwn(s.byAssessment, assessmentId) ? s.byAssessment[assessmentId] : readSession(assessmentId),
  );
  return chosen !== undefined && respondentIds.includes(chosen) ? chosen : undefined;
}
