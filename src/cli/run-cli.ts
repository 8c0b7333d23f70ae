import { parseArgs } from 'node:util';

import { MAX_FILE_BYTES } from '../domain/assessment/assessment-file';
import type { Assessment } from '../domain/assessment/assessment-schema';
import { formatCriteriaError } from '../domain/criteria/criteria-error';
import type { Framework } from '../domain/criteria/criterion-schema';
import { isLanguage, type Language } from '../domain/language';
import type { PaperSize } from '../domain/report/build-report-model';
import { isWordLayout, type WordLayout } from '../docx/word-layout';
import { listContested } from '../domain/scoring/disagreement';
import { resolveEffectiveAnswers } from '../domain/scoring/effective-answers';
import { findImprovementOpportunities } from '../domain/scoring/find-improvement-opportunities';
import { findAnswersToConfirm, findUnansweredQuestions } from '../domain/scoring/measure-progress';
import { scoreAssessment } from '../domain/scoring/score-assessment';
import { readImport } from '../files/read-import';
import { describeIssues, lines, refuse, type CliOutput, type WrittenFile } from './cli-output';
import { COMPARE_USAGE, runCompare, type WriteComparison } from './compare-command';
import { escapeForTerminal } from './escape-for-terminal';
import { readCriteriaDirectory } from './read-criteria-directory';
import { isCalendarDate, isSameFile } from './check-arguments';
import {
  STDIN,
  importAssessmentText,
  readInputText,
  type ReadFailure,
  type ReadStdin,
} from './read-assessment-file';
import {
  TEAM_USAGE,
  checkTeamArguments,
  isTeamCommand,
  runMerge,
  runPack,
  type ReadAssessment,
  type TeamCommand,
} from './team-commands';

export type { CliOutput } from './cli-output';
export type { ReadStdin } from './read-assessment-file';

/** Writes the report; injected so that `score` and `validate` load no PDF code. */
export type WriteReport = (request: {
  assessment: Assessment;
  framework: Framework;
  language: Language;
  paper: PaperSize;
  format: ReportFormat;
  layout: WordLayout;
  date: Date;
  out: string;
}) => Promise<number | WrittenReport>;

export type ReportFormat = 'pdf' | 'docx' | 'md';
const isReportFormat = (value: string): value is ReportFormat => ['pdf', 'docx', 'md'].includes(value);

export type WrittenReport = WrittenFile;

const USAGE = `Usage:
  cli score <file.json> [--criteria <dir>]     print the scores as JSON (an array for an "Export all" file)
  cli validate <file.json> [--criteria <dir>]  check a file, every assessment of it, without scoring
  cli report <file.json> --out <file> [--format pdf|docx|md] [--lang en|vi] [--paper a4|letter]
             [--layout default|decree-30] [--date YYYY-MM-DD]
                                               write the report of one assessment: PDF, Word (layout
                                               decree-30: Decree 30/2020, A4) or the narratives and
                                               evidence as Markdown (default: pdf, en, A4, today)
${COMPARE_USAGE}${TEAM_USAGE}<file.json> is any path, or - for stdin; at most 5 MB is read, UTF-8 (with or without a byte-order mark)
or UTF-16 with one. --out may not be an input file.
`;

function refuseWithUsage(message: string): CliOutput {
  return { stdout: '', stderr: lines([message]) + USAGE, exitCode: 1 };
}

export type CliOptions = { criteriaDirectory: string; readStdin?: ReadStdin };

const LIMIT_MB = MAX_FILE_BYTES / 1024 / 1024;

function describeReadFailure(name: string, failure: ReadFailure): string {
  if (failure.kind === 'no-stdin') return `${name}: cannot read the file (no standard input to read)`;
  if (failure.kind === 'unreadable') return `${name}: cannot read the file (${failure.detail})`;
  return `${name}: the file is larger than ${LIMIT_MB} MB (at most ${MAX_FILE_BYTES} bytes are read)`;
}

function readAssessmentText(
  path: string,
  readStdin: ReadStdin | undefined,
): { text: string } | { error: string } {
  const read = readInputText(path, readStdin);
  return 'text' in read
    ? read
    : { error: describeReadFailure(path === STDIN ? 'stdin' : path, read.failure) };
}

/** The whole command line, without touching process: tests call it directly. */
export function runCli(argv: readonly string[], options: CliOptions): CliOutput {
  const prepared = prepare(argv, options);
  if ('output' in prepared) return prepared.output;
  if (prepared.command === 'score' || prepared.command === 'validate') return prepared.run();
  return refuse(`error: ${prepared.command} is asynchronous; call runCliAsync`);
}

type Prepared =
  | { output: CliOutput }
  | { command: 'score' | 'validate'; run: () => CliOutput }
  | { command: 'report'; run: (writeReport: WriteReport) => Promise<CliOutput> }
  | { command: 'compare'; run: (writeComparison: WriteComparison | undefined) => Promise<CliOutput> }
  | { command: TeamCommand; run: () => Promise<CliOutput> };

/** Every command, `report` and `compare` included (they write a file, so they are asynchronous). */
export async function runCliAsync(
  argv: readonly string[],
  options: CliOptions & { writeReport: WriteReport; writeComparison?: WriteComparison },
): Promise<CliOutput> {
  const prepared = prepare(argv, options);
  if ('output' in prepared) return prepared.output;
  if (prepared.command === 'report') return prepared.run(options.writeReport);
  if (prepared.command === 'compare') return prepared.run(options.writeComparison);
  return prepared.run();
}

type FrameworkRead = { framework: Framework } | { output: CliOutput };

function readFramework(directory: string): FrameworkRead {
  const framework = readCriteriaDirectory(directory);
  if (framework.ok) return { framework: framework.value };
  return {
    output: refuse([
      'error: the criteria bank is invalid:',
      ...framework.errors.map((e) => `  ${formatCriteriaError(e)}`),
    ]),
  };
}

function prepare(argv: readonly string[], options: CliOptions): Prepared {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        criteria: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        out: { type: 'string' },
        lang: { type: 'string' },
        paper: { type: 'string' },
        date: { type: 'string' },
        format: { type: 'string' },
        layout: { type: 'string' },
        respondent: { type: 'string' },
        'last-year': { type: 'string' },
      },
    });
  } catch (error) {
    return { output: refuseWithUsage(`error: ${(error as Error).message}`) };
  }
  const [command, path, ...extra] = parsed.positionals;
  if (parsed.values.help) return { output: { stdout: USAGE, stderr: '', exitCode: 0 } };
  const criteriaDirectory = parsed.values.criteria ?? options.criteriaDirectory;
  if (command === 'compare') {
    const files = parsed.positionals.slice(1);
    return {
      command,
      run: (writeComparison) =>
        writeComparison
          ? runCompare({
              files,
              options: parsed.values,
              readFramework: () => readFramework(criteriaDirectory),
              readStdin: options.readStdin,
              writeComparison,
            })
          : Promise.resolve(refuse('error: compare needs a writer of the comparison; none was given')),
    };
  }
  if (command !== 'score' && command !== 'validate' && command !== 'report' && !isTeamCommand(command)) {
    return {
      output: refuseWithUsage(command ? `error: unknown command "${command}"` : 'error: no command given'),
    };
  }
  if (!path) {
    const expected = isTeamCommand(command) ? 'needs an assessment file' : 'takes exactly one file';
    return { output: refuseWithUsage(`error: ${command} ${expected}`) };
  }
  if (isTeamCommand(command)) {
    const problem = checkTeamArguments(command, parsed.values, extra);
    if (problem) return { output: refuseWithUsage(problem) };
    const out = parsed.values.out ?? '';
    const inputs = [path, parsed.values['last-year'], ...extra];
    if (inputs.some((input) => input !== undefined && input !== STDIN && isSameFile(input, out))) {
      return {
        output: refuse(`error: --out ${out} is one of the input files; ${command} would overwrite it`),
      };
    }
  } else if (extra.length > 0) {
    return { output: refuseWithUsage(`error: ${command} takes exactly one file`) };
  }

  const { out, lang = 'en', paper = 'a4', date, format = 'pdf', layout = 'default' } = parsed.values;
  if (command === 'report') {
    if (!out) return { output: refuseWithUsage('error: report needs --out <file>') };
    if (!isReportFormat(format))
      return { output: refuse(`error: --format must be pdf, docx or md, not "${format}"`) };
    if (!isWordLayout(layout))
      return { output: refuse(`error: --layout must be default or decree-30, not "${layout}"`) };
    if (!isLanguage(lang)) return { output: refuse(`error: --lang must be en or vi, not "${lang}"`) };
    if (paper !== 'a4' && paper !== 'letter') {
      return { output: refuse(`error: --paper must be a4 or letter, not "${paper}"`) };
    }
    if (date !== undefined && !isCalendarDate(date)) {
      return { output: refuse(`error: --date must be a date like 2026-11-22, not "${date}"`) };
    }
    if (out === STDIN) {
      return { output: refuse('error: --out - is not supported: the report is a file; name the file') };
    }
    if (path !== STDIN && isSameFile(path, out)) {
      return { output: refuse(`error: --out ${out} is the input file; the report would overwrite it`) };
    }
  }

  const read = readFramework(criteriaDirectory);
  if ('output' in read) return read;
  const { framework } = read;
  const text = readAssessmentText(path, options.readStdin);
  const name = path === STDIN ? 'stdin' : path;
  if ('error' in text) return { output: refuse(`error: ${text.error}`) };

  const { listLength, result } = importAssessmentText(text.text, framework);
  // A file of one assessment, or the app's "Export all" file holding a list of them.
  if ((command === 'report' || isTeamCommand(command)) && listLength !== undefined && listLength > 1) {
    const purpose =
      command === 'report' ? 'a report is for one assessment' : `${command} works on one assessment`;
    return {
      output: refuse(
        `error: ${name} holds ${listLength} assessments; ${purpose} (export it alone from the app)`,
      ),
    };
  }
  if (!result.ok) return { output: refuse(describeIssues(name, 'error', result.errors)) };
  const warnings = lines(
    describeIssues(
      name,
      'warning',
      result.value.flatMap((item) => item.warnings),
    ),
  );
  const assessments = result.value.map((item) => item.assessment);
  const [assessment] = assessments;
  if (!assessment) return { output: refuse(`error: ${name} holds no assessment`) };

  if (command === 'validate') return { command, run: () => ({ stdout: '', stderr: warnings, exitCode: 0 }) };
  if (command === 'pack' || command === 'merge') {
    const readAssessment: ReadAssessment = (other) => {
      const text = readAssessmentText(other, options.readStdin);
      if ('error' in text) return { errors: [`error: ${text.error}`] };
      const read = readImport({ text: text.text }, framework);
      if (!read.ok) return { errors: describeIssues(other, 'error', read.errors) };
      const [only, ...more] = read.value;
      if (!only || more.length > 0) return { errors: [`error: ${other} must hold exactly one assessment`] };
      return { assessment: only.assessment };
    };
    const team = { assessment, framework, options: parsed.values };
    return {
      command,
      run: async () => {
        const output =
          command === 'pack'
            ? await runPack({ ...team, name, readAssessment })
            : await runMerge({ ...team, returnedFiles: extra });
        return { ...output, stderr: warnings + output.stderr };
      },
    };
  }
  if (command === 'score') {
    const scores = assessments.map((item) => scoreOf(framework, item));
    const output = listLength === undefined ? scores[0] : scores;
    return {
      command,
      run: () => ({ stdout: `${JSON.stringify(output, null, 2)}\n`, stderr: warnings, exitCode: 0 }),
    };
  }
  return {
    command,
    run: async (writeReport) => {
      try {
        const written = await writeReport({
          assessment,
          framework,
          language: lang as Language,
          paper: paper as PaperSize,
          format: format as ReportFormat,
          layout: layout as WordLayout,
          date: date === undefined ? new Date() : new Date(`${date}T00:00:00Z`),
          out: out ?? '',
        });
        const { bytes, missingCharacters } =
          typeof written === 'number' ? { bytes: written, missingCharacters: [] } : written;
        const missing =
          missingCharacters.length === 0
            ? []
            : [
                `warning: the PDF's font cannot draw ${missingCharacters.length} character(s), shown as [?] in the report: ${escapeForTerminal(missingCharacters.join(' '))}`,
              ];
        return {
          stdout: '',
          stderr: warnings + lines([...missing, `wrote ${out ?? ''} (${bytes} bytes)`]),
          exitCode: 0,
        };
      } catch (error) {
        return refuse(`error: could not write ${out ?? ''} (${(error as Error).message})`);
      }
    },
  };
}

function scoreOf(framework: Framework, assessment: Assessment) {
  const scores = scoreAssessment(framework, assessment);
  const effective = resolveEffectiveAnswers(framework, assessment);
  const opportunities = findImprovementOpportunities(framework, assessment);
  return {
    overall: scores.overall,
    range: scores.range,
    provisional: scores.isProvisional,
    band: scores.band?.id ?? null,
    coverage: scores.coverage,
    answersToBand: scores.answersToBand,
    criteria: scores.criteria.map(
      ({ id, score, range, isProvisional, coverage, answered, na, questions }) => ({
        id,
        score,
        range,
        provisional: isProvisional,
        coverage,
        answered,
        na,
        questions,
      }),
    ),
    unanswered: findUnansweredQuestions(framework, effective).flatMap((c) => c.questionIds),
    // Answered, and counted in the scores, but carried over from an earlier year and not confirmed.
    toConfirm: findAnswersToConfirm(framework, effective).flatMap((c) => c.questionIds),
    opportunities: opportunities.map(({ questionId, gain, nextLevel }) =>
      nextLevel === undefined ? { questionId, gain } : { questionId, gain, nextLevel },
    ),
    respondents: assessment.respondents?.length ?? 0,
    // Questions with two scored responses or more that differ, the widest spread (0–1) first.
    contested: listContested(framework, assessment.responses).map(({ questionId, spread }) => ({
      questionId,
      spread,
    })),
  };
}
