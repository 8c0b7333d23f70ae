import { downloadBlob } from '../components/download';
import type { Comparison } from '../domain/compare/build-comparison';
import type { Framework } from '../domain/criteria/criterion-schema';
import type { Language } from '../domain/language';
import { buildComparisonReportModel } from '../domain/report/build-comparison-report-model';
import type { PaperSize } from '../domain/report/build-report-model';
import { loadReportFonts, type DownloadedReport } from './export-report';
import { renderComparisonPdf } from './render-comparison-pdf';
import { createReportTranslate } from './report-i18n';

/** Builds the comparison PDF in this browser and hands it over as a download; returns its file name. */
export async function downloadComparisonPdf(request: {
  framework: Framework;
  comparison: Comparison;
  weights?: Readonly<Record<string, number>> | undefined;
  language: Language;
  paper: PaperSize;
}): Promise<DownloadedReport> {
  const date = new Date();
  const [t, fonts] = await Promise.all([createReportTranslate(request.language), loadReportFonts()]);
  const model = buildComparisonReportModel({ ...request, date, t });
  const fileName = `${model.fileStem}.pdf`;
  const { bytes, missingCharacters } = renderComparisonPdf(model, fonts, date, t);
  downloadBlob(new Blob([bytes], { type: 'application/pdf' }), fileName);
  return { fileName, missingCharacters };
}
