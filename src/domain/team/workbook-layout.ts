/**
 * The fixed parts of a respondent's workbook, shared by the writer and the reader: what identifies
 * the file, the sheets' names and the `answers` sheet's columns. These ids are the file format;
 * the labels beside them are translated.
 */
export const WORKBOOK_FORMAT = 'icf-respondent-workbook';
export const WORKBOOK_FORMAT_VERSION = 1;

export const ANSWERS_SHEET = 'answers';
export const ABOUT_SHEET = 'about';

/** The `answers` sheet's columns, headed by exactly these ids in its first row. */
export const WORKBOOK_COLUMNS = [
  'id',
  'criterion',
  'question',
  'help',
  'answer',
  'notes',
  'evidence',
  'data year',
  'source',
  'data quality',
] as const;
export type WorkbookColumn = (typeof WORKBOOK_COLUMNS)[number];

/** A column after the ten, read by nobody: last year's answer, for the respondent to see. */
export const LAST_YEAR_COLUMN = 'last year';
export type SheetColumn = WorkbookColumn | typeof LAST_YEAR_COLUMN;

/** The columns that say what is asked; they are locked, and the others are filled in. */
export const ASKED_COLUMNS: readonly WorkbookColumn[] = ['id', 'criterion', 'question', 'help'];
/** The columns a respondent fills in. */
export const FILLED_COLUMNS: readonly WorkbookColumn[] = WORKBOOK_COLUMNS.filter(
  (column) => !ASKED_COLUMNS.includes(column),
);

/** Row 1 holds the column ids, row 2 their labels; questions start on row 3. */
export const FIRST_QUESTION_ROW = 3;

/** The `about` sheet: one key a row in column A, its value in B (and a label in C, not read). */
export const ABOUT_KEYS = [
  'format',
  'format version',
  'framework',
  'framework version',
  'assessment id',
  'assessment',
  'year',
  'respondent id',
  'respondent',
  'organisation',
  'role',
  'language',
  'made on',
] as const;
export type AboutKey = (typeof ABOUT_KEYS)[number];

/** The key a column's label is looked up under in the catalogues (`workbook.columns.<key>`). */
export const COLUMN_KEYS: Readonly<Record<SheetColumn, string>> = {
  id: 'id',
  criterion: 'criterion',
  question: 'question',
  help: 'help',
  answer: 'answer',
  notes: 'notes',
  evidence: 'evidence',
  'data year': 'dataYear',
  source: 'source',
  'data quality': 'dataQuality',
  'last year': 'lastYear',
};
