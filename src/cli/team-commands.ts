import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';

import {
  MAX_FILE_BYTES,
  createAssessmentFile,
  serializeAssessmentFile,
} from '../domain/assessment/assessment-file';
import type { Assessment } from '../domain/assessment/assessment-schema';
import type { Framework } from '../domain/criteria/criterion-schema';
import { isLanguage, type Language } from '../domain/language';
import { applyLanding, planLanding } from '../domain/team/land-returned-answers';
import { createRespondentPack } from '../domain/team/respondent-pack';
import { createRespondentPackFile, serializeRespondentPackFile } from '../domain/team/respondent-pack-file';
import { readRespondentFile } from '../files/read-import';
import { describeIssues, lines, refuse, type CliOutput } from './cli-output';
import { readPath } from './read-input';

export const TEAM_COMMANDS = ['pack', 'merge'] as const;
export type TeamCommand = (typeof TEAM_COMMANDS)[number];
export const isTeamCommand = (value: unknown): value is TeamCommand =>
  (TEAM_COMMANDS as readonly unknown[]).includes(value);

export const TEAM_USAGE = `  cli pack <file.json> --respondent <id> --out <file> [--format xlsx|json] [--lang en|vi]
           [--last-year <file.json>]           one respondent's questions and answers so far,
                                               to fill in: an Excel workbook, or a JSON file for
                                               the app (default: xlsx, en); --last-year: the
                                               assessment this one was started from, whose
                                               answers the workbook shows
  cli merge <file.json> <returned file>… --out <file.json>
                                               land each respondent's returned workbook or JSON
                                               file in their slot, and write the assessment
`;

export type TeamOptions = {
  out?: string | undefined;
  respondent?: string | undefined;
  format?: string | undefined;
  lang?: string | undefined;
  'last-year'?: string | undefined;
};

/** What is wrong with a team command's arguments before any file is read, or null. */
export function checkTeamArguments(
  command: TeamCommand,
  options: TeamOptions,
  returnedFiles: readonly string[],
): string | null {
  if (!options.out) return `error: ${command} needs --out <file>`;
  if (options.out === '-') return `error: --out - is not supported: ${command} writes a file; name the file`;
  if (command === 'merge') {
    if (returnedFiles.length === 0)
      return 'error: merge needs at least one returned file after the assessment';
    return null;
  }
  if (returnedFiles.length > 0) return 'error: pack takes exactly one assessment file';
  if (!options.respondent)
    return 'error: pack needs --respondent <id> (the respondents are listed in the file)';
  const { format = 'xlsx', lang = 'en' } = options;
  if (format !== 'xlsx' && format !== 'json') return `error: --format must be xlsx or json, not "${format}"`;
  if (!isLanguage(lang)) return `error: --lang must be en or vi, not "${lang}"`;
  return null;
}

/** The respondents of an assessment, for a message: `ict (Nguyễn Thị Lan), doet (Trần Văn Minh)`. */
function listRespondents(assessment: Assessment): string {
  const respondents = assessment.respondents ?? [];
  return respondents.length === 0
    ? 'it has no respondents'
    : `its respondents are ${respondents.map(({ id, name }) => `${id} (${name})`).join(', ')}`;
}

/** Reads one assessment file for `--last-year`: the assessment, or the lines saying why not. */
export type ReadAssessment = (path: string) => { assessment: Assessment } | { errors: string[] };

/** `pack`: a respondent's workbook or JSON file, written to --out. */
export async function runPack({
  assessment,
  framework,
  name,
  options,
  readAssessment,
  date = new Date(),
}: {
  assessment: Assessment;
  framework: Framework;
  name: string;
  options: TeamOptions;
  readAssessment: ReadAssessment;
  date?: Date;
}): Promise<CliOutput> {
  const out = options.out ?? '';
  const language: Language = options.lang === 'vi' ? 'vi' : 'en';
  let lastYear: Assessment | undefined;
  if (options['last-year'] !== undefined) {
    const read = readAssessment(options['last-year']);
    if ('errors' in read) return refuse(read.errors);
    lastYear = read.assessment;
  }
  const respondentId = options.respondent ?? '';
  const pack = createRespondentPack({ framework, assessment, respondentId, lastYear });
  if (!pack) {
    return refuse(`error: ${name} has no respondent "${respondentId}"; ${listRespondents(assessment)}`);
  }
  try {
    let bytes: Uint8Array;
    if (options.format === 'json') {
      bytes = new TextEncoder().encode(serializeRespondentPackFile(createRespondentPackFile(pack, language)));
    } else {
      const { buildRespondentWorkbook } = await import('../xlsx/respondent-workbook');
      bytes = (await buildRespondentWorkbook({ framework, pack, language, date })).bytes;
    }
    writeFileSync(out, bytes);
    return {
      stdout: '',
      stderr: lines([
        `wrote ${out} (${bytes.byteLength} bytes): ${pack.questions.length} questions for ${pack.respondent.name}`,
      ]),
      exitCode: 0,
    };
  } catch (error) {
    return refuse(`error: could not write ${out} (${(error as Error).message})`);
  }
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * `merge`: lands each returned file in its respondent's slot, in the order given, and writes the
 * assessment. All or nothing: a file that cannot be read, or that belongs to another assessment
 * or to no respondent of it, stops the merge before anything is written.
 */
export async function runMerge({
  assessment,
  framework,
  returnedFiles,
  options,
}: {
  assessment: Assessment;
  framework: Framework;
  returnedFiles: readonly string[];
  options: TeamOptions;
}): Promise<CliOutput> {
  const out = options.out ?? '';
  let merged = assessment;
  const report: string[] = [];
  const warnings: string[] = [];
  const landedOn = new Map<string, string>();
  for (const file of returnedFiles) {
    const read = readPath(file, MAX_FILE_BYTES);
    if ('error' in read) return refuse(`error: ${file}: cannot read the file (${read.error})`);
    if ('tooLarge' in read)
      return refuse(`error: ${file}: the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    const returned = await readRespondentFile({ bytes: new Uint8Array(read.bytes) }, framework);
    if (!returned.ok) return refuse(describeIssues(file, 'error', returned.errors));
    const landing = planLanding(framework, merged, returned.value);
    if (!landing.ok) return refuse(describeIssues(file, 'error', landing.errors));
    const { respondent, rows, changes, rowIssues } = landing.value;
    const earlier = landedOn.get(respondent.id);
    if (earlier !== undefined) {
      return refuse(
        `error: ${file} and ${earlier} are both for ${respondent.name} (${respondent.id}); merge one of them`,
      );
    }
    landedOn.set(respondent.id, file);
    merged = applyLanding(merged, landing.value);
    warnings.push(
      ...describeIssues(file, 'warning', landing.value.warnings),
      ...describeIssues(file, 'warning', rowIssues).map((line) => `${line} (not merged)`),
    );
    const count = (change: string) => rows.filter((row) => row.change === change).length;
    const unread = new Set(rowIssues.map((issue) => issue.at[1])).size;
    report.push(
      `${basename(file)} → ${respondent.name} (${respondent.id}): ${plural(changes.length, 'answer')} changed (${count('added')} added, ${count('changed')} changed, ${count('removed')} removed), ${count('unchanged')} unchanged${unread > 0 ? `, ${plural(unread, 'row')} not read` : ''}`,
    );
  }
  try {
    const text = serializeAssessmentFile(createAssessmentFile(framework, merged));
    writeFileSync(out, text);
    return {
      stdout: '',
      stderr: lines([
        ...warnings,
        ...report,
        `wrote ${out} (${new TextEncoder().encode(text).byteLength} bytes)`,
      ]),
      exitCode: 0,
    };
  } catch (error) {
    return refuse(`error: could not write ${out} (${(error as Error).message})`);
  }
}
