import type { z } from 'zod/mini';

import { createFileIssue, type FileIssue, type FileIssueReason } from '../assessment/assessment-file';
import {
  answerSchema,
  idSchema,
  type Answer,
  type AnswerValue,
  type DataQuality,
} from '../assessment/assessment-schema';
import type { Framework } from '../criteria/criterion-schema';
import { indexQuestions } from '../criteria/index-questions';
import { isLanguage, type Language } from '../language';
import { fail, succeed, type Result } from '../result';
import {
  EMPTY_CELL,
  normalizeWord,
  readAnswerCell,
  readCellText,
  readDataQualityCell,
  readDataYearCell,
  readTextCell,
  type AnswerVocabulary,
  type CellReading,
  type SheetCell,
} from './read-answer-cell';
import type { ReturnedAnswers } from './returned-answers';
import {
  ABOUT_SHEET,
  ANSWERS_SHEET,
  FILLED_COLUMNS,
  WORKBOOK_FORMAT,
  WORKBOOK_FORMAT_VERSION,
  type AboutKey,
  type WorkbookColumn,
} from './workbook-layout';

/** A row of a sheet as read: its number as the spreadsheet shows it, and its cells from column A. */
export type SheetRow = { row: number; cells: SheetCell[] };

/** The sheets of a workbook by name, as a spreadsheet library read them; only two are looked at. */
export type WorkbookContent = { sheets: ReadonlyMap<string, readonly SheetRow[]> };

/** The vocabularies of each language a workbook may be written in. */
export type WorkbookVocabularies = Readonly<Record<Language, AnswerVocabulary>>;

/** The columns the reader needs: the question's id and the six a respondent fills in. */
const READ_COLUMNS: readonly WorkbookColumn[] = ['id', ...FILLED_COLUMNS];

function refuse(
  reason: FileIssueReason | undefined,
  message: string,
  values?: Record<string, string | number>,
) {
  return fail([
    createFileIssue(
      reason === undefined ? 'wrong-format' : 'invalid',
      [],
      message,
      reason === undefined ? {} : { reason, ...(values ? { values } : {}) },
    ),
  ]);
}

/** Where a row issue sits: `at` for screens, `path` ("row 7, answer") for the CLI and the detail. */
function rowIssue(
  code: 'bad-value' | 'invalid',
  row: number,
  column: WorkbookColumn,
  problem: { message: string; reason: FileIssueReason; values?: Record<string, string | number> | undefined },
): FileIssue {
  return {
    code,
    at: [ANSWERS_SHEET, row, column],
    path: `row ${row}, ${column}`,
    message: problem.message,
    reason: problem.reason,
    ...(problem.values ? { values: problem.values } : {}),
  };
}

function readAbout(rows: readonly SheetRow[]): Map<string, SheetCell> {
  const about = new Map<string, SheetCell>();
  for (const { cells } of rows) {
    const key = readCellText(cells[0] ?? EMPTY_CELL);
    if (key !== null && !about.has(normalizeWord(key))) about.set(normalizeWord(key), cells[1] ?? EMPTY_CELL);
  }
  return about;
}

type About = {
  framework: { id: string; version: string };
  assessment: { id: string; name?: string | undefined };
  respondent: { id: string; name?: string | undefined };
  language: Language;
};

/** The `about` sheet: that this is a respondent's workbook, of which assessment, for whom. */
function readAboutSheet(rows: readonly SheetRow[] | undefined): Result<About, FileIssue> {
  if (!rows) {
    return refuse(
      undefined,
      `this is not a respondent's workbook made by this app: it has no sheet "${ABOUT_SHEET}"`,
    );
  }
  const about = readAbout(rows);
  const text = (key: AboutKey) => {
    const value = readCellText(about.get(key) ?? EMPTY_CELL);
    return value === null ? undefined : value.trim();
  };
  if (text('format') !== WORKBOOK_FORMAT) {
    return refuse(
      undefined,
      `this is not a respondent's workbook made by this app: its sheet "${ABOUT_SHEET}" does not say format "${WORKBOOK_FORMAT}"`,
    );
  }
  const version = Number(text('format version'));
  if (!Number.isInteger(version) || version < 1) {
    return fail([
      createFileIssue(
        'bad-version',
        [ABOUT_SHEET, 'format version'],
        `expected a whole number from 1, got ${text('format version') ?? 'nothing'}`,
      ),
    ]);
  }
  if (version > WORKBOOK_FORMAT_VERSION) {
    return fail([
      createFileIssue(
        'newer-version',
        [ABOUT_SHEET, 'format version'],
        `this workbook was made by a newer version of the app (workbook version ${version}; this app reads up to ${WORKBOOK_FORMAT_VERSION}); update the app to read it`,
        { values: { version, supported: WORKBOOK_FORMAT_VERSION } },
      ),
    ]);
  }
  const errors: FileIssue[] = [];
  const readId = (key: 'assessment id' | 'respondent id') => {
    const value = text(key);
    const parsed = idSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    errors.push(
      createFileIssue(
        'invalid',
        [ABOUT_SHEET, key],
        value === undefined ? 'is missing' : `is not an id of this app: ${JSON.stringify(value)}`,
        { reason: value === undefined ? 'missing' : 'bad-id' },
      ),
    );
    return '';
  };
  const assessmentId = readId('assessment id');
  const respondentId = readId('respondent id');
  const frameworkId = text('framework');
  const frameworkVersion = text('framework version');
  if (frameworkId === undefined || frameworkVersion === undefined) {
    errors.push(
      createFileIssue(
        'invalid',
        [ABOUT_SHEET, frameworkId === undefined ? 'framework' : 'framework version'],
        'is missing',
        {
          reason: 'missing',
        },
      ),
    );
  }
  if (errors.length > 0) return fail(errors);
  const language = text('language');
  return succeed({
    framework: { id: frameworkId ?? '', version: frameworkVersion ?? '' },
    assessment: { id: assessmentId, name: text('assessment') },
    respondent: { id: respondentId, name: text('respondent') },
    language: isLanguage(language) ? language : 'en',
  });
}

/** Which column each id heads in the first row, found by its header so moved columns still read. */
function findColumns(rows: readonly SheetRow[]): Result<Map<WorkbookColumn, number>, FileIssue> {
  const header = rows.find((row) => row.row === 1)?.cells ?? [];
  const columns = new Map<WorkbookColumn, number>();
  header.forEach((cell, index) => {
    const text = readCellText(cell);
    const column = READ_COLUMNS.find((id) => text !== null && normalizeWord(text) === id);
    if (column && !columns.has(column)) columns.set(column, index);
  });
  const missing = READ_COLUMNS.filter((column) => !columns.has(column));
  if (missing.length > 0) {
    return fail(
      missing.map((column) =>
        createFileIssue(
          'invalid',
          [ANSWERS_SHEET, 1, column],
          `the sheet "${ANSWERS_SHEET}" has no column headed "${column}" in its first row: it was renamed or deleted`,
          { reason: 'missing-column', values: { column } },
        ),
      ),
    );
  }
  return succeed(columns);
}

/** Evidence: one web address a line, a label after the first space. */
function readEvidence(cell: SheetCell): CellReading<Answer['evidence']> {
  const text = readTextCell(cell);
  if (!text.ok || text.value === undefined) return text as CellReading<never>;
  const evidence = text.value
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const space = line.search(/\s/u);
      return space < 0
        ? { url: line, label: '' }
        : { url: line.slice(0, space), label: line.slice(space).trim() };
    });
  return { ok: true, value: evidence.length > 0 ? evidence : undefined };
}

// A workbook answers this year's questions: the carried-over mark is the app's, never a column.
const FIELD_COLUMNS: Readonly<Record<Exclude<keyof Answer, 'carriedOver'>, WorkbookColumn>> = {
  value: 'answer',
  notes: 'notes',
  evidence: 'evidence',
  dataYear: 'data year',
  source: 'source',
  dataQuality: 'data quality',
};

/** A schema issue of an assembled answer, said for its column (an evidence issue names the line). */
function explainAnswerIssue(issue: z.core.$ZodIssue): {
  message: string;
  reason: FileIssueReason;
  values?: Record<string, string | number>;
} {
  const [, line] = issue.path;
  const where = typeof line === 'number' ? `line ${line + 1}: ` : '';
  const lineValues: Record<string, number> = typeof line === 'number' ? { line: line + 1 } : {};
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum);
    return {
      message: `${where}${issue.message}`,
      reason: issue.origin === 'array' ? 'too-many' : 'too-long',
      values: { max, ...lineValues },
    };
  }
  if (issue.code === 'invalid_format' && issue.format === 'url')
    return { message: `${where}${issue.message}`, reason: 'bad-link', values: lineValues };
  return {
    message: `${where}${issue.message}`,
    reason: 'wrong-type',
    values: { expected: 'string', ...lineValues },
  };
}

function isBlank(cells: readonly SheetCell[], columns: Map<WorkbookColumn, number>): boolean {
  return FILLED_COLUMNS.every(
    (column) => readCellText(cells[columns.get(column) ?? -1] ?? EMPTY_CELL) === null,
  );
}

/**
 * Reads a workbook a respondent filled in: the `about` sheet says whose it is, the `answers` sheet
 * gives one answer a row. A file that is not such a workbook is refused; a row that cannot be
 * read is listed with what is wrong ("row 7, answer: expected a level from 0 to 4") and left out,
 * so the other rows can still land.
 */
export function readReturnedWorkbook(
  content: WorkbookContent,
  framework: Framework,
  vocabularies: WorkbookVocabularies,
): Result<ReturnedAnswers, FileIssue> {
  const about = readAboutSheet(content.sheets.get(ABOUT_SHEET));
  if (!about.ok) return about;
  const { language } = about.value;
  if (about.value.framework.id !== framework.id) {
    return fail([
      createFileIssue(
        'other-framework',
        [ABOUT_SHEET, 'framework'],
        `made for the framework "${about.value.framework.id}"; this app scores "${framework.id}"`,
        { values: { framework: about.value.framework.id } },
      ),
    ]);
  }
  const rows = content.sheets.get(ANSWERS_SHEET);
  if (!rows) {
    return refuse(
      'missing-sheet',
      `the workbook has no sheet "${ANSWERS_SHEET}": it was renamed or deleted`,
      {
        sheet: ANSWERS_SHEET,
      },
    );
  }
  const columns = findColumns(rows);
  if (!columns.ok) return columns;
  const column = columns.value;
  const cellOf = (cells: readonly SheetCell[], id: WorkbookColumn) =>
    cells[column.get(id) ?? -1] ?? EMPTY_CELL;

  const questions = indexQuestions(framework);
  // Both languages are read: a respondent may type "Yes" in a Vietnamese workbook.
  const vocabulary = mergeVocabularies(vocabularies[language], vocabularies[language === 'vi' ? 'en' : 'vi']);
  const answers = Object.create(null) as Record<string, Answer>;
  const questionIds: string[] = [];
  const seen = new Set<string>();
  const rowIssues: FileIssue[] = [];

  for (const { row, cells } of rows) {
    if (row === 1) continue;
    const id = readCellText(cellOf(cells, 'id'))?.trim();
    if (id === undefined) continue;
    const entry = questions.get(id);
    if (!entry) {
      // The row under the header holds the columns' labels; any other row naming no question is
      // reported only when something was filled in on it.
      if (row !== 2 && !isBlank(cells, column)) {
        rowIssues.push(
          rowIssue('invalid', row, 'id', {
            message: `"${id}" is not a question of these criteria; the row is not read`,
            reason: 'not-a-question',
            values: { id },
          }),
        );
      }
      continue;
    }
    if (seen.has(id)) {
      rowIssues.push(
        rowIssue('invalid', row, 'id', {
          message: `the question "${id}" has a row above already; this row is not read`,
          reason: 'row-twice',
          values: { id },
        }),
      );
      continue;
    }
    seen.add(id);
    const problems: FileIssue[] = [];
    const take = <T>(columnId: WorkbookColumn, reading: CellReading<T>): T | undefined => {
      if (reading.ok) return reading.value;
      problems.push(
        rowIssue(columnId === 'answer' ? 'bad-value' : 'invalid', row, columnId, reading.problem),
      );
      return undefined;
    };
    const value: AnswerValue | undefined = take(
      'answer',
      readAnswerCell(entry.question, cellOf(cells, 'answer'), vocabulary, language),
    );
    const notes = take('notes', readTextCell(cellOf(cells, 'notes')));
    const evidence = take('evidence', readEvidence(cellOf(cells, 'evidence')));
    const dataYear = take('data year', readDataYearCell(cellOf(cells, 'data year')));
    const source = take('source', readTextCell(cellOf(cells, 'source')));
    const dataQuality: DataQuality | undefined = take(
      'data quality',
      readDataQualityCell(cellOf(cells, 'data quality'), vocabulary),
    );
    if (problems.length > 0) {
      rowIssues.push(...problems);
      continue;
    }
    const draft = Object.fromEntries(
      Object.entries({ value, notes, evidence, dataYear, source, dataQuality }).filter(
        ([, v]) => v !== undefined,
      ),
    );
    const parsed = answerSchema.safeParse(draft);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof typeof FIELD_COLUMNS;
        rowIssues.push(rowIssue('invalid', row, FIELD_COLUMNS[field] ?? 'answer', explainAnswerIssue(issue)));
      }
      continue;
    }
    questionIds.push(id);
    if (Object.keys(parsed.data).length > 0) answers[id] = parsed.data;
  }

  return succeed({
    kind: 'workbook',
    framework: about.value.framework,
    assessment: about.value.assessment,
    respondent: about.value.respondent,
    language,
    questionIds,
    answers,
    rowIssues,
    warnings:
      about.value.framework.version === framework.version
        ? []
        : [
            createFileIssue(
              'framework-version',
              [ABOUT_SHEET, 'framework version'],
              `made with criteria version ${about.value.framework.version}; this app uses ${framework.version}`,
              {
                reason: 'framework-version',
                values: { version: about.value.framework.version, current: framework.version },
              },
            ),
          ],
  });
}

function mergeVocabularies(first: AnswerVocabulary, second: AnswerVocabulary): AnswerVocabulary {
  return {
    na: [...first.na, ...second.na],
    yes: [...first.yes, ...second.yes],
    no: [...first.no, ...second.no],
    none: [...first.none, ...second.none],
    levels: first.levels.map((names, level) => [...names, ...(second.levels[level] ?? [])]),
    dataQuality: {
      measured: [...first.dataQuality.measured, ...second.dataQuality.measured],
      estimated: [...first.dataQuality.estimated, ...second.dataQuality.estimated],
      opinion: [...first.dataQuality.opinion, ...second.dataQuality.opinion],
    },
  };
}
