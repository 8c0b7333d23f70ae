import { downloadText } from '../components/download';
import { buildReportModel } from '../domain/report/build-report-model';
import { renderReportMarkdown } from '../domain/report/render-report-markdown';
import type { DownloadedReport, ReportRequest } from '../pdf/export-report';
import { createReportTranslate } from '../pdf/report-i18n';

/** Builds the narratives and evidence as Markdown in this browser and hands them over as a download. */
export async function downloadReportMarkdown(
  request: ReportRequest & { wordLimit?: number | undefined },
): Promise<DownloadedReport> {
  const t = await createReportTranslate(request.language);
  const model = buildReportModel({ ...request, date: request.date ?? new Date(), t });
  const fileName = `${model.fileStem}.md`;
  downloadText(renderReportMarkdown(model), fileName, 'text/markdown;charset=utf-8');
  return { fileName, missingCharacters: [] };
}
