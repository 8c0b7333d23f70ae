import type { CellValue, Workbook } from 'exceljs';

import { loadExcelJs } from '../../src/xlsx/load-exceljs';

/** What a person types into a row of the `answers` sheet, by column id; `percent` formats a number as Excel does for "45%". */
export type TypedRow = Partial<
  Record<'answer' | 'notes' | 'evidence' | 'data year' | 'source' | 'data quality', CellValue>
> & { percent?: boolean };

/**
 * Fills in a respondent's workbook as Excel would: opens the file, types values into the rows of
 * the given question ids (found by the `id` column), and saves it. Columns are found by their ids
 * in the first row, as the app finds them.
 */
export async function fillWorkbook(
  bytes: Uint8Array,
  rows: Record<string, TypedRow>,
  edit?: (workbook: Workbook) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  const sheet = workbook.getWorksheet('answers');
  if (!sheet) throw new Error('no answers sheet');
  const header = sheet.getRow(1);
  const columnOf = new Map<string, number>();
  header.eachCell((cell, column) => columnOf.set(cell.text, column));
  const idColumn = columnOf.get('id') ?? 1;
  sheet.eachRow((row) => {
    const typed = rows[row.getCell(idColumn).text];
    if (!typed) return;
    for (const [column, value] of Object.entries(typed)) {
      if (column === 'percent') continue;
      const cell = row.getCell(columnOf.get(column) ?? 0);
      cell.value = value;
      // exceljs shares one style object between cells loaded with the same style: copy it first.
      if (column === 'answer' && typed.percent) cell.style = { ...cell.style, numFmt: '0%' };
    }
  });
  edit?.(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
