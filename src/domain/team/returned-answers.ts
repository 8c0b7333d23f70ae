import type { FileIssue } from '../assessment/assessment-file';
import type { Answer } from '../assessment/assessment-schema';
import type { Language } from '../language';

/**
 * What a respondent's returned file (a workbook or a JSON pack) holds, once read: whose answers
 * they are and the answers themselves, ready to land in that respondent's slot.
 */
export type ReturnedAnswers = {
  kind: 'workbook' | 'json';
  framework: { id: string; version: string };
  assessment: { id: string; name?: string | undefined };
  respondent: { id: string; name?: string | undefined };
  /** The language the file was made in (how its numbers and words were read). */
  language: Language;
  /**
   * The questions the file answers or leaves blank, in file order. A question listed without an
   * answer was left blank: its answer in the slot is removed. A row that cannot be read is not
   * listed, so the slot keeps what it had for that question.
   */
  questionIds: string[];
  answers: Record<string, Answer>;
  /** Rows that could not be read ("row 7, answer: expected a level from 0 to 4"): not landed. */
  rowIssues: FileIssue[];
  /** What is odd but not wrong (another criteria version). */
  warnings: FileIssue[];
};
