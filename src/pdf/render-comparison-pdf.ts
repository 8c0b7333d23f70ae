import type { ComparisonReportModel } from '../domain/report/build-comparison-report-model';
import type { Translate } from '../domain/report/build-report-model';
import { createFontFitter } from './fit-text-to-font';
import {
  FONT,
  MUTED,
  Writer,
  addHeaderAndFooter,
  createDocument,
  drawRadar,
  type RenderedPdf,
  type ReportFonts,
} from './pdf-writer';

/** The comparison PDF: the facts and warnings, the radar of all assessments, the table, the ranking and the trend. */
export function renderComparisonPdf(
  unfitted: ComparisonReportModel,
  fonts: ReportFonts,
  date: Date,
  t: Translate,
): RenderedPdf {
  const doc = createDocument(fonts, {
    paper: unfitted.paper,
    language: unfitted.language,
    title: unfitted.title,
    subject: unfitted.labels.footer,
    date,
  });
  const fitter = createFontFitter(doc, FONT);
  const model = fitter.fitModel(unfitted);
  const w = new Writer(doc);
  w.heading(model.heading, 18);
  w.facts(model.facts, 9.5);
  w.y += 2;
  w.text(model.statement, { size: 9, colour: MUTED, after: 2 });
  for (const warning of model.warnings)
    w.text(`• ${warning}`, { size: 9.5, colour: [122, 46, 14], after: 1 });
  drawRadar(w, model.radar);
  w.table(model.table, { columnStyles: { 0: { fontStyle: 'bold' } } });
  // A heading is never left alone at the foot of a page, away from its table.
  if (model.ranking) {
    w.ensure(40);
    w.heading(model.rankingHeading, 13);
    w.table(model.ranking);
  }
  if (model.trend) {
    w.ensure(40);
    w.heading(model.trend.heading, 13);
    w.table(model.trend.table, { columnStyles: { 0: { fontStyle: 'bold' } } });
  }
  addHeaderAndFooter(doc, model.title, model.labels.footer, t);
  return { bytes: doc.output('arraybuffer'), missingCharacters: fitter.missingCharacters() };
}
