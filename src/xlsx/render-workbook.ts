import type { Alignment, Borders, Cell, Fill, Worksheet } from 'exceljs';

import type { WorkbookChoices, WorkbookModel } from '../domain/team/workbook-model';
import {
  ABOUT_SHEET,
  ANSWERS_SHEET,
  FILLED_COLUMNS,
  FIRST_QUESTION_ROW,
  type SheetColumn,
} from '../domain/team/workbook-layout';
import type { ExcelJs } from './load-exceljs';

const FONT = 'Arial';
const GREY: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F5' } };
const HEADER: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2EF' } };
const THIN = { style: 'thin' as const, color: { argb: 'FFB7C2D0' } };
const BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WRAP: Partial<Alignment> = { wrapText: true, vertical: 'top' };

/** Column widths in characters: the question and its help get the room, a year very little. */
const WIDTHS: Readonly<Record<SheetColumn, number>> = {
  id: 20,
  criterion: 16,
  question: 40,
  help: 56,
  answer: 22,
  notes: 32,
  evidence: 32,
  'data year': 11,
  source: 24,
  'data quality': 15,
  'last year': 24,
};

const LINE_HEIGHT = 13;
const MAX_ROW_HEIGHT = 409; // Excel's largest row

// About this many characters of 10-point Arial fit in one unit of column width.
const CHARACTERS_PER_WIDTH = 1.4;

/**
 * A row's height for its wrapped text. LibreOffice does not fit a row to wrapped text it did not
 * lay out itself, so each row is given the height its longest cell needs, estimated from the
 * column width.
 */
function estimateHeight(texts: readonly { text: string; width: number }[]): number {
  const lines = Math.max(
    1,
    ...texts.map(({ text, width }) =>
      text
        .split('\n')
        .reduce(
          (sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / (width * CHARACTERS_PER_WIDTH))),
          0,
        ),
    ),
  );
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 4);
}

/** A dropdown's list as a formula: items hold no comma or quote, which would split or end it. */
function listFormula(list: readonly string[]): string {
  return `"${list.map((item) => item.replace(/[",]/g, ' ')).join(',')}"`;
}

function addChoices(cell: Cell, choices: WorkbookChoices, prompt: string | null): void {
  cell.dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [listFormula(choices.list)],
    showErrorMessage: true,
    errorStyle: choices.isStrict ? 'stop' : 'warning',
    error: choices.error,
    ...(prompt ? { showInputMessage: true, prompt } : {}),
  };
}

// Sheet protection guards against slips, not people: no password, so anyone can lift it.
const PROTECTION = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

function writeInstructions(sheet: Worksheet, model: WorkbookModel): void {
  sheet.columns = [{ width: 22 }, { width: 96 }];
  for (const line of model.instructions.lines) {
    if (line.kind === 'term') {
      const row = sheet.addRow([line.term, line.text]);
      row.getCell(1).font = { name: FONT, size: 10, bold: true };
      row.getCell(2).font = { name: FONT, size: 10 };
      row.eachCell((cell) => (cell.alignment = WRAP));
      row.height = estimateHeight([{ text: line.text, width: 96 }]);
      continue;
    }
    if (line.kind === 'heading') sheet.addRow([]);
    const row = sheet.addRow([line.text]);
    sheet.mergeCells(row.number, 1, row.number, 2);
    const cell = row.getCell(1);
    cell.alignment = WRAP;
    cell.font = {
      name: FONT,
      size: line.kind === 'title' ? 14 : line.kind === 'heading' ? 12 : 10,
      bold: line.kind !== 'text',
    };
    row.height =
      line.kind === 'title'
        ? 22
        : line.kind === 'heading'
          ? 18
          : estimateHeight([{ text: line.text, width: 118 }]);
  }
}

function writeAnswers(sheet: Worksheet, model: WorkbookModel): void {
  const { columns, labels, rows } = model.answers;
  sheet.columns = columns.map((column) => ({ key: column, width: WIDTHS[column] }));
  const idRow = sheet.getRow(1);
  const labelRow = sheet.getRow(2);
  columns.forEach((column, index) => {
    const id = idRow.getCell(index + 1);
    id.value = column;
    id.font = { name: FONT, size: 10, bold: true };
    id.fill = HEADER;
    id.border = BORDERS;
    const label = labelRow.getCell(index + 1);
    label.value = labels[index] ?? column;
    label.font = { name: FONT, size: 10, italic: true };
    label.fill = HEADER;
    label.border = BORDERS;
    label.alignment = WRAP;
  });
  const isFilled = (column: SheetColumn) => (FILLED_COLUMNS as readonly string[]).includes(column);
  rows.forEach((entry, index) => {
    const row = sheet.getRow(FIRST_QUESTION_ROW + index);
    columns.forEach((column, columnIndex) => {
      const cell = row.getCell(columnIndex + 1);
      cell.value = entry.values[column];
      cell.font = { name: FONT, size: 10 };
      cell.alignment = WRAP;
      cell.border = BORDERS;
      if (isFilled(column)) cell.protection = { locked: false };
      else cell.fill = GREY;
    });
    const answer = row.getCell(columns.indexOf('answer') + 1);
    if (entry.answerChoices) addChoices(answer, entry.answerChoices, entry.answerPrompt);
    else if (entry.answerPrompt) {
      answer.dataValidation = {
        type: 'custom',
        formulae: ['TRUE'],
        allowBlank: true,
        showInputMessage: true,
        prompt: entry.answerPrompt,
      };
    }
    addChoices(row.getCell(columns.indexOf('data quality') + 1), model.answers.dataQuality, null);
    const { min, max, error } = model.answers.dataYear;
    row.getCell(columns.indexOf('data year') + 1).dataValidation = {
      type: 'whole',
      operator: 'between',
      allowBlank: true,
      formulae: [min, max],
      showErrorMessage: true,
      errorStyle: 'stop',
      error,
    };
    row.height = estimateHeight(
      columns.map((column) => ({ text: String(entry.values[column] ?? ''), width: WIDTHS[column] })),
    );
  });
  sheet.views = [{ state: 'frozen', xSplit: 3, ySplit: 2, topLeftCell: 'D3', activeCell: 'E3' }];
}

function writeAbout(sheet: Worksheet, model: WorkbookModel): void {
  sheet.columns = [{ width: 20 }, { width: 44 }, { width: 30 }];
  for (const { key, value, label } of model.about) {
    const row = sheet.addRow([key, value, label]);
    row.font = { name: FONT, size: 10 };
    row.getCell(1).font = { name: FONT, size: 10, bold: true };
    row.getCell(3).font = { name: FONT, size: 10, italic: true };
  }
}

/**
 * The workbook of a respondent's questions, as the bytes of an .xlsx file: the instructions, the
 * `answers` sheet (its ten columns headed by their ids, the columns to fill unlocked, dropdowns for
 * levels, yes/no, N/A and data quality) and the `about` sheet naming the assessment and respondent.
 */
export async function renderWorkbook(excel: ExcelJs, model: WorkbookModel, date: Date): Promise<Uint8Array> {
  const workbook = new excel.Workbook();
  workbook.creator = 'ICF community self-assessment';
  workbook.title = model.title;
  workbook.created = date;
  workbook.modified = date;

  const instructions = workbook.addWorksheet(model.instructions.sheetName, {
    views: [{ showGridLines: false }],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  writeInstructions(instructions, model);
  await instructions.protect('', PROTECTION);

  const answers = workbook.addWorksheet(ANSWERS_SHEET, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  writeAnswers(answers, model);
  answers.pageSetup.printTitlesRow = '1:2';
  await answers.protect('', PROTECTION);

  const about = workbook.addWorksheet(ABOUT_SHEET);
  writeAbout(about, model);
  await about.protect('', PROTECTION);

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
