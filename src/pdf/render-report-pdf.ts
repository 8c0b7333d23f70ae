import type { ReportModel, Translate } from '../domain/report/build-report-model';
import {
  ACCENT,
  MUTED,
  Writer,
  addHeaderAndFooter,
  createDocument,
  drawRadar,
  FONT,
  type RenderedPdf,
  type ReportFonts,
} from './pdf-writer';
import { createFontFitter } from './fit-text-to-font';

export type { ReportFonts } from './pdf-writer';

/** Lays a report model out as a PDF: A4 or US Letter, embedded Unicode fonts, vector chart, clickable links. */
export function renderReportPdf(
  unfitted: ReportModel,
  fonts: ReportFonts,
  date: Date,
  /** The report's texts, for what only a paged format says ("page x of y"). */
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

  // 1. Cover
  w.y = 48;
  w.text(model.cover.heading, { size: 13, colour: MUTED, after: 3 });
  w.text(model.cover.community, { size: 26, bold: true, colour: ACCENT, after: 8 });
  w.facts(model.cover.facts);
  w.y += 6;
  w.text(model.cover.statement, { size: 10.5, after: 4 });
  if (model.cover.illustrative)
    w.text(model.cover.illustrative, { size: 10.5, bold: true, colour: [122, 46, 14] });

  // 2. Summary
  w.newPage();
  w.heading(model.summary.heading, 18);
  w.text(model.summary.overall, { size: 16, bold: true, after: 1 });
  w.text(model.summary.band, { size: 13, bold: true, colour: ACCENT, after: 1 });
  if (model.summary.bandDescription)
    w.text(model.summary.bandDescription, { size: 10, colour: MUTED, after: 1 });
  w.text(model.summary.weightsNote, { size: 10, colour: MUTED, after: 2 });
  if (model.summary.carriedOver)
    w.text(model.summary.carriedOver, { size: 10, bold: true, colour: [122, 46, 14], after: 2 });
  drawRadar(w, model.summary);
  w.table(model.summary.table, { columnStyles: { 0: { fontStyle: 'bold' } } });
  for (const insight of model.summary.insights) w.text(insight, { size: 10 });

  // 3. Opportunities and targets
  w.newSection();
  w.heading(model.opportunities.heading);
  w.text(model.opportunities.intro, { size: 9.5, colour: MUTED, after: 3 });
  if (model.opportunities.table)
    w.table(model.opportunities.table, {
      columnStyles: { 0: { cellWidth: 18, halign: 'right' }, 1: { cellWidth: 22, halign: 'right' } },
    });
  else w.text(model.opportunities.empty);
  if (model.stillToAnswer) {
    w.ensure(40);
    w.heading(model.stillToAnswer.heading);
    w.text(model.stillToAnswer.intro, { size: 9.5, colour: MUTED, after: 3 });
    w.table(model.stillToAnswer.table, { columnStyles: { 0: { cellWidth: 22, halign: 'right' } } });
  }
  w.ensure(40);
  w.heading(model.targets.heading);
  if (model.targets.table) w.table(model.targets.table);
  else w.text(model.targets.empty);

  // 4. One section per criterion
  w.newPage();
  w.heading(model.criteriaHeading, 18);
  model.criteria.forEach((criterion, i) => {
    if (i > 0) w.newPage();
    w.heading(criterion.heading, 15);
    w.text(criterion.description, { size: 9.5, colour: MUTED, after: 2 });
    w.text(criterion.scoreLine, { size: 10.5, bold: true, after: 3 });
    if (criterion.narrative) {
      w.text(model.labels.narrative, { size: 10, bold: true, after: 1 });
      w.text(criterion.narrative, { size: 9.5, after: 1 });
      if (criterion.narrativeLength)
        w.text(criterion.narrativeLength, {
          size: 8.5,
          colour: MUTED,
          after: criterion.narrativeWarning ? 1 : 3,
        });
      if (criterion.narrativeWarning)
        w.text(criterion.narrativeWarning, { size: 9, bold: true, colour: [122, 46, 14], after: 3 });
    }
    for (const question of criterion.questions) {
      const title = { size: 10, bold: true, after: 1 };
      const answer = { size: 9.5, indent: 4, after: 1 };
      const answerText = `${model.labels.answer}: ${question.answer}`;
      // A question starts a page rather than leave its title at the foot of one, apart from its answer.
      w.ensure(w.measure(question.title, title) + Math.min(w.measure(answerText, answer), 30));
      w.text(question.title, title);
      w.text(answerText, answer);
      for (const flag of [question.carriedOver, question.warning])
        if (flag) w.text(flag, { size: 9, indent: 4, bold: true, colour: [122, 46, 14], after: 1 });
      if (question.origin) w.text(question.origin, { size: 9, indent: 4, colour: MUTED, after: 1 });
      if (question.basis) w.text(question.basis, { size: 9, indent: 4, colour: MUTED, after: 1 });
      if (question.notes)
        w.text(`${model.labels.notes}: ${question.notes}`, { size: 9, indent: 4, colour: MUTED, after: 1 });
      if (question.evidence.length > 0) {
        w.text(`${model.labels.evidence}:`, { size: 9, indent: 4, after: 0.5 });
        for (const item of question.evidence) w.link(item.label, item.url, 8);
      }
      if (question.quality)
        w.text(`${model.labels.quality}: ${question.quality}`, {
          size: 9,
          indent: 4,
          colour: MUTED,
          after: 1,
        });
      w.y += 2.5;
    }
  });

  // 5. With several respondents, the questions they disagree on, each one's answer beside the others'
  if (model.contested) {
    w.newPage();
    w.heading(model.contested.heading, 18);
    w.text(model.contested.intro, { size: 9.5, colour: MUTED, after: 3 });
    if (model.contested.questions.length === 0) w.text(model.contested.none);
    for (const question of model.contested.questions) {
      w.ensure(30);
      w.text(question.title, { size: 10, bold: true, after: 1 });
      w.text(question.spread, { size: 9.5, indent: 4, after: 0.5 });
      w.text(question.used, { size: 9.5, indent: 4, after: 1.5 });
      for (const response of question.responses) {
        w.ensure(10);
        w.text(`${response.who}: ${response.answer}`, { size: 9.5, indent: 8, after: 0.5 });
        if (response.origin) w.text(response.origin, { size: 9, indent: 12, colour: MUTED, after: 0.5 });
        if (response.notes)
          w.text(`${model.labels.notes}: ${response.notes}`, {
            size: 9,
            indent: 12,
            colour: MUTED,
            after: 0.5,
          });
      }
      w.y += 2.5;
    }
  }

  // 6. Method
  w.newPage();
  w.heading(model.method.heading, 18);
  for (const paragraph of model.method.paragraphs) w.text(paragraph, { size: 10, after: 3 });
  w.table(model.method.weights);

  // 7. Header and footer on every page
  addHeaderAndFooter(doc, model.community, model.labels.footer, t);
  return { bytes: doc.output('arraybuffer'), missingCharacters: fitter.missingCharacters() };
}
