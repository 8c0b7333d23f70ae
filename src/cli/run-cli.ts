import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';

import {
  MAX_FILE_BYTES,
  formatFileIssue,
  parseAssessmentFileText,
  type FileIssue,
} from '../domain/assessment/assessment-file';
import { formatCriteriaError } from '../domain/criteria/criteria-error';
import { findImprovementOpportunities } from '../domain/scoring/find-improvement-opportunities';
import { scoreAssessment } from '../domain/scoring/score-assessment';
import { readCriteriaDirectory } from './read-criteria-directory';

export type CliOutput = { stdout: string; stderr: string; exitCode: 0 | 1 };

const USAGE = `Usage:
  cli score <file.json> [--criteria <dir>]     print the scores of an assessment file as JSON
  cli validate <file.json> [--criteria <dir>]  check an assessment file without scoring it
`;

const lines = (items: readonly string[]): string => items.map((item) => `${item}\n`).join('');

function refuse(message: string | readonly string[]): CliOutput {
  return { stdout: '', stderr: lines(typeof message === 'string' ? [message] : message), exitCode: 1 };
}

function readAssessmentText(path: string): { text: string } | { error: string } {
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      return { error: `${path}: the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB (${size} bytes)` };
    }
    return { text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    return { error: `${path}: cannot read the file (${reason})` };
  }
}

const describeIssues = (path: string, kind: string, issues: readonly FileIssue[]): string[] =>
  issues.map((issue) => `${kind}: ${path}: ${formatFileIssue(issue)}`);

/** The whole command line, without touching process: tests call it directly. */
export function runCli(argv: readonly string[], options: { criteriaDirectory: string }): CliOutput {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { criteria: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return refuse([`error: ${(error as Error).message}`, USAGE]);
  }
  const [command, path, ...extra] = parsed.positionals;
  if (parsed.values.help) return { stdout: USAGE, stderr: '', exitCode: 0 };
  if (command !== 'score' && command !== 'validate') {
    return refuse([command ? `error: unknown command "${command}"` : 'error: no command given', USAGE]);
  }
  if (!path || extra.length > 0) return refuse([`error: ${command} takes exactly one file`, USAGE]);

  const framework = readCriteriaDirectory(parsed.values.criteria ?? options.criteriaDirectory);
  if (!framework.ok) {
    return refuse([
      'error: the criteria bank is invalid:',
      ...framework.errors.map((e) => `  ${formatCriteriaError(e)}`),
    ]);
  }
  const read = readAssessmentText(path);
  if ('error' in read) return refuse(`error: ${read.error}`);

  const result = parseAssessmentFileText(read.text, framework.value);
  if (!result.ok) return refuse(describeIssues(path, 'error', result.errors));
  const warnings = lines(describeIssues(path, 'warning', result.value.warnings));

  if (command === 'validate') {
    return { stdout: '', stderr: warnings, exitCode: 0 };
  }
  const { assessment } = result.value.file;
  const scores = scoreAssessment(framework.value, assessment);
  const opportunities = findImprovementOpportunities(framework.value, assessment);
  const output = {
    overall: scores.overall,
    band: scores.band?.id ?? null,
    criteria: scores.criteria.map(({ id, score, coverage, answered, na, questions }) => ({
      id,
      score,
      coverage,
      answered,
      na,
      questions,
    })),
    opportunities: opportunities.map(({ questionId, gain }) => ({ questionId, gain })),
  };
  return { stdout: `${JSON.stringify(output, null, 2)}\n`, stderr: warnings, exitCode: 0 };
}
