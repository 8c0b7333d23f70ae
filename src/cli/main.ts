import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { readDescriptor } from './read-input';
import { runCliAsync, type ReadStdin, type WriteReport } from './run-cli';

// The report code loads only for `report`, and only that of the format asked for, so `score` and
// `validate` start fast.
const writeReport: WriteReport = async ({
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
    const [{ Packer }, { renderReportDocx }] = await Promise.all([
      import('docx'),
      import('../docx/render-report-docx'),
    ]);
    const bytes = await Packer.toBuffer(renderReportDocx(model, layout));
    writeFileSync(out, bytes);
    return bytes.byteLength;
  }
  const [{ renderReportPdf }, { readReportFonts }] = await Promise.all([
    import('../pdf/render-report-pdf'),
    import('./read-report-fonts'),
  ]);
  const { bytes, missingCharacters } = renderReportPdf(model, readReportFonts(), date, t);
  writeFileSync(out, new Uint8Array(bytes));
  return { bytes: bytes.byteLength, missingCharacters };
};

// Descriptor 0 itself: process.stdin would make a pipe non-blocking.
const readStdin: ReadStdin = (limit) => {
  try {
    return readDescriptor(0, limit);
  } catch (error) {
    return { error: (error as Error).message };
  }
};

const result = await runCliAsync(process.argv.slice(2), {
  criteriaDirectory: fileURLToPath(new URL('../../criteria', import.meta.url)),
  readStdin,
  writeReport,
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
