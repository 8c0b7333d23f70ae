import type { Framework } from '../domain/criteria/criterion-schema';
import type { WorkbookVocabularies } from '../domain/team/read-returned-workbook';
import { buildAnswerVocabulary, buildWorkbookModel } from '../domain/team/workbook-model';
import { createReportTranslate } from '../pdf/report-i18n';
import { loadExcelJs } from './load-exceljs';
import { renderWorkbook } from './render-workbook';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A respondent's workbook in the language asked for, as the bytes of an .xlsx file and its name. */
export async function buildRespondentWorkbook(
  request: Omit<Parameters<typeof buildWorkbookModel>[0], 't'>,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const [excel, t] = await Promise.all([loadExcelJs(), createReportTranslate(request.language)]);
  const model = buildWorkbookModel({ ...request, t });
  return { bytes: await renderWorkbook(excel, model, request.date), fileName: `${model.fileStem}.xlsx` };
}

/** The words of each language a returned workbook's cells are read with. */
export async function createWorkbookVocabularies(framework: Framework): Promise<WorkbookVocabularies> {
  const [en, vi] = await Promise.all([createReportTranslate('en'), createReportTranslate('vi')]);
  return {
    en: buildAnswerVocabulary(framework, [{ language: 'en', t: en }]),
    vi: buildAnswerVocabulary(framework, [{ language: 'vi', t: vi }]),
  };
}
