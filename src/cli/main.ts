import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { readDescriptor } from './read-input';
import { runCliAsync, type ReadStdin, type WriteReport } from './run-cli';

// The PDF code loads only for `report`, so `score` and `validate` start fast.
const writeReport: WriteReport = async ({ assessment, framework, language, paper, date, out }) => {
  const [{ buildReportModel }, { renderReportPdf }, { createReportTranslate }, { readReportFonts }] =
    await Promise.all([
      import('../domain/report/build-report-model'),
      import('../pdf/render-report-pdf'),
      import('../pdf/report-i18n'),
      import('./read-report-fonts'),
    ]);
  const t = await createReportTranslate(language);
  const model = buildReportModel({ framework, assessment, language, paper, date, t });
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
