import { createFileIssue, type FileIssue } from '../assessment/assessment-file';
import { applyChange, type AnswerPatch, type AssessmentChange } from '../assessment/assessment-change';
import type { Answer, Assessment, Respondent } from '../assessment/assessment-schema';
import { listAssignedQuestionIds } from '../assessment/assignment';
import type { Framework } from '../criteria/criterion-schema';
import { indexQuestions } from '../criteria/index-questions';
import { isSameData } from '../is-same-data';
import { fail, succeed, type Result } from '../result';
import { readSlot } from './respondent-pack';
import type { ReturnedAnswers } from './returned-answers';

export type LandingChange = 'added' | 'changed' | 'removed' | 'unchanged';

/** An edit of one respondent's answer to one question: the only kind a landing makes. */
export type ResponseChange = Extract<AssessmentChange, { kind: 'response' }>;

/** One question of a returned file, set beside what the respondent's slot holds now. */
export type LandingRow = {
  questionId: string;
  /** Null for a question the criteria do not know (kept, not scored). */
  criterionId: string | null;
  current: Answer | undefined;
  returned: Answer | undefined;
  change: LandingChange;
  /** Whether the question is among those assigned to the respondent now. */
  isAssigned: boolean;
};

/**
 * What landing a returned file would do, before anything changes: the respondent it lands on,
 * each question's current and returned answer, and the edits of that respondent's slot alone.
 */
export type Landing = {
  respondent: Respondent;
  rows: LandingRow[];
  /** One `response` edit per question that changes, each writing the returned answer whole. */
  changes: ResponseChange[];
  rowIssues: FileIssue[];
  warnings: FileIssue[];
};

const ANSWER_FIELDS = ['value', 'notes', 'evidence', 'dataQuality', 'dataYear', 'source'] as const;

/** A patch that makes an answer exactly `answer`: every field set, or removed when it has none. */
function replaceWith(answer: Answer | undefined): AnswerPatch {
  return Object.fromEntries(ANSWER_FIELDS.map((field) => [field, answer?.[field]]));
}

function describeChange(current: Answer | undefined, returned: Answer | undefined): LandingChange {
  if (current === undefined) return returned === undefined ? 'unchanged' : 'added';
  if (returned === undefined) return 'removed';
  return isSameData(current, returned) ? 'unchanged' : 'changed';
}

/**
 * Plans the landing of a returned file in its respondent's slot. The file must belong to this
 * assessment and name one of its respondents; it is refused otherwise, so a file can never land
 * on another assessment or on a respondent it does not name. Only that respondent's answers
 * change: each question the file holds gets the returned answer whole, and a question left blank
 * loses its answer. A question not assigned to the respondent (any more) still lands, with a
 * warning: the answer was given.
 */
export function planLanding(
  framework: Framework,
  assessment: Assessment,
  returned: ReturnedAnswers,
): Result<Landing, FileIssue> {
  if (returned.assessment.id !== assessment.id) {
    const name = returned.assessment.name ?? returned.assessment.id;
    return fail([
      createFileIssue(
        'invalid',
        ['assessment', 'id'],
        `this file belongs to another assessment: ${name} (${returned.assessment.id}), not ${assessment.profile.name} (${assessment.id})`,
        { reason: 'other-assessment', values: { name } },
      ),
    ]);
  }
  const respondent = assessment.respondents?.find(({ id }) => id === returned.respondent.id);
  if (!respondent) {
    const name = returned.respondent.name ?? returned.respondent.id;
    return fail([
      createFileIssue(
        'invalid',
        ['respondent', 'id'],
        `this file is for "${name}" (${returned.respondent.id}), who is not among the respondents of ${assessment.profile.name}`,
        { reason: 'unknown-respondent', values: { id: name } },
      ),
    ]);
  }
  const questions = indexQuestions(framework);
  const assigned = new Set(listAssignedQuestionIds(framework, respondent));
  const slot = readSlot(assessment, respondent.id);
  const warnings = [...returned.warnings];
  const rows = returned.questionIds.map((questionId): LandingRow => {
    const current = slot[questionId];
    const answer = returned.answers[questionId];
    const isAssigned = assigned.has(questionId);
    if (!isAssigned && answer !== undefined) {
      warnings.push(
        createFileIssue(
          'unknown-question',
          ['answers', questionId],
          `"${questionId}" is not assigned to ${respondent.name}; the answer lands all the same`,
          { reason: 'not-assigned' },
        ),
      );
    }
    return {
      questionId,
      criterionId: questions.get(questionId)?.criterion.id ?? null,
      current,
      returned: answer,
      change: describeChange(current, answer),
      isAssigned,
    };
  });
  const changes = rows
    .filter((row) => row.change !== 'unchanged')
    .map((row): ResponseChange => ({
      kind: 'response',
      respondentId: respondent.id,
      questionId: row.questionId,
      patch: replaceWith(row.returned),
    }));
  return succeed({ respondent, rows, changes, rowIssues: returned.rowIssues, warnings });
}

/** The assessment after a landing: its changes applied, nothing else touched. */
export function applyLanding(assessment: Assessment, landing: Pick<Landing, 'changes'>): Assessment {
  return landing.changes.reduce<Assessment>(applyChange, assessment);
}
