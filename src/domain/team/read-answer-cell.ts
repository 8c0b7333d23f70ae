import { checkAnswerValue, type ValueProblem } from '../assessment/assessment-file';
import type { AnswerValue, DataQuality } from '../assessment/assessment-schema';
import { NA } from '../assessment/not-applicable';
import type { Question } from '../criteria/criterion-schema';
import { LEVEL_COUNT } from '../criteria/level-count';
import type { Language } from '../language';
import { parseDecimal } from '../parse-decimal';

/**
 * A cell as a spreadsheet holds it, whichever library read it: Excel and LibreOffice store a typed
 * "45%" as the number 0.45 with a percent format, a typed TRUE as a boolean, a formula as its result.
 */
export type SheetCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; isPercent?: boolean }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; iso: string }
  | { kind: 'error'; text: string };

export const EMPTY_CELL: SheetCell = { kind: 'empty' };

/**
 * The words a cell may hold for N/A, yes, no, "no item ticked", each level and each data quality,
 * in every language the reader accepts, the workbook's own language first: a workbook made in
 * Vietnamese may come back with "Yes" typed by hand. Compared without regard to case, spacing or
 * Unicode form.
 */
export type AnswerVocabulary = {
  na: readonly string[];
  yes: readonly string[];
  no: readonly string[];
  none: readonly string[];
  /** levels[n]: the names of level n. */
  levels: readonly (readonly string[])[];
  dataQuality: Readonly<Record<DataQuality, readonly string[]>>;
};

/** Words of the file format itself, the same whatever the workbook's language. */
export const FORMAT_WORDS = {
  na: ['na', 'n/a'],
  yes: ['yes', 'true'],
  no: ['no', 'false'],
  none: ['none'],
} as const;

/** A cell read: a value (undefined for an empty cell) or why it cannot be read. */
export type CellReading<T> = { ok: true; value: T | undefined } | { ok: false; problem: ValueProblem };

const read = <T>(value: T | undefined): CellReading<T> => ({ ok: true, value });
const refuse = (problem: ValueProblem): CellReading<never> => ({ ok: false, problem });

export function normalizeWord(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

const isOneOf = (text: string, words: readonly string[]) =>
  words.some((word) => normalizeWord(word) === normalizeWord(text));

/** The cell as it would show: what a message quotes. */
export function describeCell(cell: SheetCell): string {
  switch (cell.kind) {
    case 'empty':
      return 'an empty cell';
    case 'text':
      return `"${cell.text.length > 40 ? `${cell.text.slice(0, 40)}…` : cell.text}"`;
    case 'number':
      return cell.isPercent ? `${cell.value * 100}%` : String(cell.value);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'date':
      return `the date ${cell.iso.slice(0, 10)}`;
    case 'error':
      return cell.text;
  }
}

/** A spreadsheet's error value (#N/A, #DIV/0!): the formula in the cell did not work. */
function refuseError(cell: { text: string }): CellReading<never> {
  return refuse({
    message: `holds the spreadsheet error ${cell.text}`,
    reason: 'cell-error',
    values: { error: cell.text },
  });
}

/** The text of a cell, as a person would read it off the screen; null for an empty cell. */
export function readCellText(cell: SheetCell): string | null {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'text':
      return cell.text.trim() === '' ? null : cell.text;
    case 'number':
      return String(cell.isPercent ? cell.value * 100 : cell.value);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'date':
      return cell.iso.slice(0, 10);
    case 'error':
      return cell.text;
  }
}

// "2", "2 · Developing", "2 - Developing", "2. Developing", "2: Developing": the number leads.
const LEVEL_TEXT = /^(\d+)(?:\s*[·•:)–—-].*|\.?\s.*)?$/su;

function readLevel(text: string, vocabulary: AnswerVocabulary): number | null {
  const match = LEVEL_TEXT.exec(text.trim());
  if (match) return Number(match[1]);
  const byName = vocabulary.levels.findIndex((names) => isOneOf(text, names));
  return byName >= 0 ? byName : null;
}

/** Rounds away the binary noise of a percent cell: 0.07 × 100 is 7.000000000000001. */
const fromFraction = (fraction: number) => Math.round(fraction * 100 * 1e9) / 1e9;

/** The value a text means for a question, or null when it means nothing for that kind of question. */
function readText(
  question: Question,
  text: string,
  vocabulary: AnswerVocabulary,
  language: Language,
): AnswerValue | null {
  switch (question.type) {
    case 'level':
      return readLevel(text, vocabulary);
    case 'percent':
      return parseDecimal(text.trim().replace(/%$/u, ''), language);
    case 'number':
      return parseDecimal(text, language);
    case 'boolean':
      if (isOneOf(text, vocabulary.yes)) return true;
      if (isOneOf(text, vocabulary.no)) return false;
      return null;
    case 'checklist': {
      if (isOneOf(text, vocabulary.none)) return [];
      const ids = text
        .split(/[,;\n]+/u)
        .map((id) => id.trim())
        .filter((id) => id !== '');
      return ids.length > 0 ? ids : null;
    }
  }
}

/** Why a cell cannot be an answer to its question, in the words checkAnswerValue uses for files. */
function describeMisfit(question: Question, cell: SheetCell): ValueProblem {
  // A value of no usable kind gets the same sentence as a value out of range: say what is expected.
  const expected: Record<Question['type'], ValueProblem> = {
    level: {
      message: `expected a level from 0 to ${LEVEL_COUNT - 1}, got ${describeCell(cell)}`,
      reason: 'expected-level',
      values: { max: LEVEL_COUNT - 1 },
    },
    percent: {
      message: `expected a percentage from 0 to 100, got ${describeCell(cell)}`,
      reason: 'expected-percent',
    },
    number: { message: `expected a number, got ${describeCell(cell)}`, reason: 'expected-number' },
    boolean: { message: `expected yes or no, got ${describeCell(cell)}`, reason: 'expected-boolean' },
    checklist: {
      message: `expected the ids of the items in place, separated by commas, got ${describeCell(cell)}`,
      reason: 'expected-options',
    },
  };
  return expected[question.type];
}

/** The cell's value before it is checked against the question's range and options. */
function readRawValue(
  question: Question,
  cell: SheetCell,
  vocabulary: AnswerVocabulary,
  language: Language,
): AnswerValue | null {
  switch (cell.kind) {
    case 'number':
      if (question.type === 'percent' && cell.isPercent) return fromFraction(cell.value);
      if (question.type === 'boolean' && (cell.value === 0 || cell.value === 1)) return cell.value === 1;
      return question.type === 'checklist' ? null : cell.value;
    case 'boolean':
      return question.type === 'boolean' ? cell.value : null;
    case 'text':
      return readText(question, cell.text, vocabulary, language);
    default:
      return null;
  }
}

/**
 * The answer a cell of the `answer` column gives its question: a level as its number or its
 * "n · name" text, a percentage as 45, "45 %" or a cell formatted as a percentage, a number in
 * either language's notation, yes or no, the ids of the ticked items, or N/A where the question
 * allows it. An empty cell is no answer.
 */
export function readAnswerCell(
  question: Question,
  cell: SheetCell,
  vocabulary: AnswerVocabulary,
  language: Language,
): CellReading<AnswerValue> {
  if (cell.kind === 'error') return refuseError(cell);
  const text = readCellText(cell);
  if (text === null) return read(undefined);
  if (cell.kind === 'text' && isOneOf(text, vocabulary.na)) {
    const problem = checkAnswerValue(question, NA);
    return problem ? refuse(problem) : read(NA);
  }
  const value = readRawValue(question, cell, vocabulary, language);
  if (value === null) return refuse(describeMisfit(question, cell));
  const problem = checkAnswerValue(question, value);
  return problem ? refuse(problem) : read(value);
}

export const MIN_DATA_YEAR = 1990;
export const MAX_DATA_YEAR = 2100;

/** The `data year` column: a whole year, typed as a number or as text. */
export function readDataYearCell(cell: SheetCell): CellReading<number> {
  if (cell.kind === 'error') return refuseError(cell);
  const text = readCellText(cell);
  if (text === null) return read(undefined);
  const year = cell.kind === 'number' && !cell.isPercent ? cell.value : Number(text.trim());
  return Number.isInteger(year) && year >= MIN_DATA_YEAR && year <= MAX_DATA_YEAR
    ? read(year)
    : refuse({
        message: `expected a year from ${MIN_DATA_YEAR} to ${MAX_DATA_YEAR}, got ${describeCell(cell)}`,
        reason: 'expected-year',
        values: { min: MIN_DATA_YEAR, max: MAX_DATA_YEAR },
      });
}

/** The `data quality` column: one of the three qualities, by its name in either language or its id. */
export function readDataQualityCell(cell: SheetCell, vocabulary: AnswerVocabulary): CellReading<DataQuality> {
  if (cell.kind === 'error') return refuseError(cell);
  const text = readCellText(cell);
  if (text === null) return read(undefined);
  const qualities = Object.keys(vocabulary.dataQuality) as DataQuality[];
  const quality = qualities.find((id) => isOneOf(text, [id, ...vocabulary.dataQuality[id]]));
  if (quality) return read(quality);
  const names = qualities.map((id) => vocabulary.dataQuality[id][0] ?? id);
  return refuse({
    message: `expected one of ${qualities.join(', ')}, got ${describeCell(cell)}`,
    reason: 'bad-choice',
    values: { options: names.join(', ') },
  });
}

/** A free-text column (notes, source): the text as typed, or what a number or date shows. */
export function readTextCell(cell: SheetCell): CellReading<string> {
  if (cell.kind === 'error') return refuseError(cell);
  return read(readCellText(cell) ?? undefined);
}
