import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { runCliAsync, type WriteReport } from './run-cli';

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
  const bytes = renderReportPdf(model, readReportFonts(), date);
  writeFileSync(out, new Uint8Array(bytes));
  return bytes.byteLength;
};

const result = await runCliAsync(process.argv.slice(2), {
  criteriaDirectory: fileURLToPath(new URL('../../criteria', import.meta.url)),
  writeReport,
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
