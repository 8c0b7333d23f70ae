import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { ReportFonts } from '../pdf/render-report-pdf';

const require = createRequire(import.meta.url);

/** Be Vietnam Pro from its npm package, as base64 for jsPDF. */
export function readReportFonts(): ReportFonts {
  const read = (path: string) => readFileSync(require.resolve(path)).toString('base64');
  return {
    regular: read('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
    bold: read('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
  };
}
