import { writeFileSync } from 'node:fs';

import type { Document } from 'docx';

import type { RenderedPdf } from '../pdf/pdf-writer';
import type { WrittenFile } from './cli-output';
import type { WriteComparison } from './compare-command';
import type { WriteReport } from './run-cli';

// The report code loads only for `report` and `compare`, and only that of the format asked for, so
// `score` and `validate` start fast.

async function writeWordFile(out: string, document: Document): Promise<number> {
  const { Packer } = await import('docx');
  const bytes = await Packer.toBuffer(document);
  writeFileSync(out, bytes);
  return bytes.byteLength;
}

/** The PDF, with what its font could not draw (shown as a marker) for the warning. */
function writePdfFile(out: string, { bytes, missingCharacters }: RenderedPdf): WrittenFile {
  writeFileSync(out, new Uint8Array(bytes));
  return { bytes: bytes.byteLength, missingCharacters };
}

export const writeReport: WriteReport = async ({
  assessment,
  framework,
  language,
  paper,
  format,
  layout,
  date,
  out,
}) => {
  const [{ buildReportModel }, { createReportTranslate }] = await Promise.all([
    import('../domain/report/build-report-model'),
    import('../pdf/report-i18n'),
  ]);
  const t = await createReportTranslate(language);
  const model = buildReportModel({ framework, assessment, language, paper, date, t });
  if (format === 'md') {
    const { renderReportMarkdown } = await import('../domain/report/render-report-markdown');
    const bytes = new TextEncoder().encode(renderReportMarkdown(model));
    writeFileSync(out, bytes);
    return bytes.byteLength;
  }
  if (format === 'docx') {
    const { renderReportDocx } = await import('../docx/render-report-docx');
    return writeWordFile(out, renderReportDocx(model, layout));
  }
  const [{ renderReportPdf }, { readReportFonts }] = await Promise.all([
    import('../pdf/render-report-pdf'),
    import('./read-report-fonts'),
  ]);
  return writePdfFile(out, renderReportPdf(model, readReportFonts(), date, t));
};

/** The compare screen's own export, from the same comparison model, with the fonts read from disk. */
export const writeComparison: WriteComparison = async (request) => {
  const { language, format, layout, date, out } = request;
  const [{ buildComparisonReportModel }, { createReportTranslate }] = await Promise.all([
    import('../domain/report/build-comparison-report-model'),
    import('../pdf/report-i18n'),
  ]);
  const t = await createReportTranslate(language);
  const model = buildComparisonReportModel({ ...request, t });
  if (format === 'docx') {
    const { renderComparisonDocx } = await import('../docx/render-comparison-docx');
    return writeWordFile(out, renderComparisonDocx(model, layout));
  }
  const [{ renderComparisonPdf }, { readReportFonts }] = await Promise.all([
    import('../pdf/render-comparison-pdf'),
    import('./read-report-fonts'),
  ]);
  return writePdfFile(out, renderComparisonPdf(model, readReportFonts(), date, t));
};
