import boldUrl from '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf?url';

import { downloadBlob } from '../components/download';
import type { Assessment } from '../domain/assessment/assessment-schema';
import type { Framework } from '../domain/criteria/criterion-schema';
import type { Language } from '../domain/language';
import { buildReportModel, type PaperSize } from '../domain/report/build-report-model';
import { renderReportPdf, type ReportFonts } from './render-report-pdf';
import { createReportTranslate } from './report-i18n';

async function fetchBase64(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode(...bytes) on a whole font overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

let fonts: Promise<ReportFonts> | undefined;

/** The two TTFs, fetched once and shared by both reports. */
export function loadReportFonts(): Promise<ReportFonts> {
  fonts ??= Promise.all([fetchBase64(regularUrl), fetchBase64(boldUrl)]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  fonts.catch(() => {
    fonts = undefined;
  });
  return fonts;
}

export type ReportRequest = {
  framework: Framework;
  assessment: Assessment;
  previous?: Assessment | undefined;
  language: Language;
  paper: PaperSize;
  date?: Date;
};

/** Builds the report in this browser: nothing is sent anywhere. */
export async function buildReportPdf(
  request: ReportRequest,
): Promise<{ bytes: ArrayBuffer; fileName: string; missingCharacters: string[] }> {
  const date = request.date ?? new Date();
  const [t, reportFonts] = await Promise.all([createReportTranslate(request.language), loadReportFonts()]);
  const model = buildReportModel({ ...request, date, t });
  return { ...renderReportPdf(model, reportFonts, date, t), fileName: `${model.fileStem}.pdf` };
}

/** A downloaded file, with the characters a PDF had to draw as a marker (none for other formats). */
export type DownloadedReport = { fileName: string; missingCharacters: string[] };

/** Builds the report and hands it to the browser as a download. */
export async function downloadReportPdf(request: ReportRequest): Promise<DownloadedReport> {
  const { bytes, fileName, missingCharacters } = await buildReportPdf(request);
  downloadBlob(new Blob([bytes], { type: 'application/pdf' }), fileName);
  return { fileName, missingCharacters };
}
