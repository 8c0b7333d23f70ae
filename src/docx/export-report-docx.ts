import { Packer } from 'docx';

import { downloadBlob } from '../components/download';
import { buildReportModel } from '../domain/report/build-report-model';
import type { DownloadedReport, ReportRequest } from '../pdf/export-report';
import { createReportTranslate } from '../pdf/report-i18n';
import { renderReportDocx } from './render-report-docx';
import { DOCX_TYPE } from './word-document';
import type { WordLayout } from './word-layout';

export type WordReportRequest = ReportRequest & { layout: WordLayout; wordLimit?: number | undefined };

/** Builds the Word report in this browser (nothing is sent anywhere) and hands it over as a download. */
export async function downloadReportDocx(request: WordReportRequest): Promise<DownloadedReport> {
  const date = request.date ?? new Date();
  const t = await createReportTranslate(request.language);
  const model = buildReportModel({ ...request, date, t });
  const blob = await Packer.toBlob(renderReportDocx(model, request.layout));
  const fileName = `${model.fileStem}.docx`;
  downloadBlob(new Blob([blob], { type: DOCX_TYPE }), fileName);
  return { fileName, missingCharacters: [] };
}
