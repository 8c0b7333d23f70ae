import type * as ExcelJS from 'exceljs';

export type ExcelJs = typeof ExcelJS;

let loading: Promise<ExcelJs> | null = null;

/**
 * exceljs, loaded the first time a workbook is made or read: it is about 240 KB gzipped, so the
 * app fetches it as a chunk of its own and never before. Its prebuilt browser bundle without
 * polyfills serves the CLI too, so both read and write with the same code.
 */
export function loadExcelJs(): Promise<ExcelJs> {
  loading ??= import('exceljs/dist/exceljs.bare.min.js').then((module) => module.default);
  return loading;
}
