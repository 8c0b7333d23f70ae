import { Packer } from 'docx';

import { downloadBlob } from '../components/download';
import type { Comparison } from '../domain/compare/build-comparison';
import type { Framework } from '../domain/criteria/criterion-schema';
import type { Language } from '../domain/language';
import { buildComparisonReportModel } from '../domain/report/build-comparison-report-model';
import type { DownloadedReport } from '../pdf/export-report';
import { createReportTranslate } from '../pdf/report-i18n';
import { renderComparisonDocx } from './render-comparison-docx';
import { DOCX_TYPE } from './word-document';

/** Builds the comparison as a Word file in this browser (nothing is sent anywhere) and downloads it. */
export async function downloadComparisonDocx(request: {
  framework: Framework;
  comparison: Comparison;
  weights?: Readonly<Record<string, number>> | undefined;
  language: Language;
}): Promise<DownloadedReport> {
  const t = await createReportTranslate(request.language);
  const model = buildComparisonReportModel({ ...request, paper: 'a4', date: new Date(), t });
  const blob = await Packer.toBlob(renderComparisonDocx(model));
  const fileName = `${model.fileStem}.docx`;
  downloadBlob(new Blob([blob], { type: DOCX_TYPE }), fileName);
  return { fileName, missingCharacters: [] };
}
