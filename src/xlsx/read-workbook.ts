import type { Cell, CellValue, Worksheet } from 'exceljs';

import { createFileIssue, type FileIssue } from '../domain/assessment/assessment-file';
import { normalizeWord, type SheetCell } from '../domain/team/read-answer-cell';
import type { SheetRow, WorkbookContent } from '../domain/team/read-returned-workbook';
import { ABOUT_SHEET, ANSWERS_SHEET } from '../domain/team/workbook-layout';
import { fail, succeed, type Result } from '../domain/result';
import type { ExcelJs } from './load-exceljs';

/** The most rows and columns read from a sheet: far more than any bank's questions. */
const MAX_ROWS = 2_000;
const MAX_COLUMNS = 40;

function toSheetCell(value: CellValue, numberFormat: string | undefined): SheetCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') {
    return numberFormat?.includes('%')
      ? { kind: 'number', value, isPercent: true }
      : { kind: 'number', value };
  }
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date', iso: value.toISOString() };
  if ('error' in value) return { kind: 'error', text: String(value.error) };
  if ('richText' in value) return { kind: 'text', text: value.richText.map((run) => run.text).join('') };
  // A web address typed into Excel becomes a link: its text is what the person typed.
  if ('hyperlink' in value) return { kind: 'text', text: String(value.text) };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: CellValue }).result;
    return result === undefined ? { kind: 'empty' } : toSheetCell(result, numberFormat);
  }
  return { kind: 'empty' };
}

function readCell(cell: Cell): SheetCell {
  // A merged cell repeats its master's value; only the master is read.
  if (cell.isMerged && cell.master !== cell) return { kind: 'empty' };
  return toSheetCell(cell.value, cell.numFmt);
}

function readSheet(sheet: Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  const width = Math.min(sheet.actualColumnCount > 0 ? sheet.columnCount : 0, MAX_COLUMNS);
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number > MAX_ROWS) return;
    rows.push({
      row: number,
      cells: Array.from({ length: width }, (_, index) => readCell(row.getCell(index + 1))),
    });
  });
  return rows;
}

/**
 * The two sheets the app reads from a workbook's bytes (`answers` and `about`, found by name
 * whatever their case), as plain cells. Bytes that are not a workbook get an issue, not an exception.
 */
export async function readWorkbookContent(
  excel: ExcelJs,
  bytes: Uint8Array,
): Promise<Result<WorkbookContent, FileIssue>> {
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail([
      createFileIssue('not-a-workbook', [], `this file cannot be read as an Excel workbook (${reason})`),
    ]);
  }
  const sheets = new Map<string, SheetRow[]>();
  for (const name of [ANSWERS_SHEET, ABOUT_SHEET]) {
    const sheet = workbook.worksheets.find((candidate) => normalizeWord(candidate.name) === name);
    if (sheet) sheets.set(name, readSheet(sheet));
  }
  return succeed({ sheets });
}
