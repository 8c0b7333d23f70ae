import { formatFileIssue, type FileIssue } from '../domain/assessment/assessment-file';
import { escapeForTerminal } from './escape-for-terminal';

export type CliOutput = { stdout: string; stderr: string; exitCode: 0 | 1 };

/** The size of a report written, and the characters its font could not draw (shown as a marker). */
export type WrittenFile = { bytes: number; missingCharacters: string[] };

/** One line a message; each is escaped, since a message may quote a file, a path or an argument. */
export const lines = (items: readonly string[]): string =>
  items.map((item) => `${escapeForTerminal(item)}\n`).join('');

export function refuse(message: string | readonly string[]): CliOutput {
  return { stdout: '', stderr: lines(typeof message === 'string' ? [message] : message), exitCode: 1 };
}

/** A file's issues, one line each: `error: <file>: <path>: <message>`. */
export const describeIssues = (path: string, kind: string, issues: readonly FileIssue[]): string[] =>
  issues.map((issue) => `${kind}: ${path}: ${formatFileIssue(issue)}`);
