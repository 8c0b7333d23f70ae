import {
  AlignmentType,
  ExternalHyperlink,
  HeadingLevel,
  LineRuleType,
  Paragraph,
  TableOfContents,
  TextRun,
  type Document,
  type ParagraphChild,
} from 'docx';

import type { ReportModel } from '../domain/report/build-report-model';
import {
  ACCENT,
  MUTED,
  WARNING,
  createWordDocument,
  heading,
  labelled,
  mm,
  muted,
  paragraphsOf,
  radarChart,
  tableOf,
} from './word-document';
import { WORD_LAYOUTS, type WordLayout } from './word-layout';

/**
 * Lays a report model out as an editable Word document: real headings (navigation pane, contents
 * field), a native radar chart Word can edit, tables and clickable evidence links. Pure: no file or
 * network access, so it runs alike in the browser and in Node.
 */
export function renderReportDocx(model: ReportModel, layoutId: WordLayout = 'default'): Document {
  const layout = WORD_LAYOUTS[layoutId];
  const { labels } = model;
  const language = { value: model.language === 'vi' ? 'vi-VN' : 'en-GB' };
  const { radar } = model.summary;

  const cover = [
    new Paragraph({
      spacing: { before: 2400, after: 240 },
      children: [new TextRun({ text: model.cover.heading, color: MUTED, size: 28 })],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: model.cover.community })] }),
    tableOf({ head: [], rows: model.cover.facts.map(([k, v]) => [k, v]) }, true),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun(model.cover.statement)] }),
    ...(model.cover.illustrative
      ? [
          new Paragraph({
            children: [new TextRun({ text: model.cover.illustrative, bold: true, color: WARNING })],
          }),
        ]
      : []),
    // Not a heading itself, so that the contents do not list themselves.
    new Paragraph({
      pageBreakBefore: true,
      children: [
        new TextRun({ text: labels.contents, bold: true, color: ACCENT, size: layout.size * 2 + 12 }),
      ],
    }),
    new TableOfContents(labels.contents, { hyperlink: true, headingStyleRange: '1-2' }),
    ...muted(labels.contentsHint),
  ];

  const chart = radarChart(
    radar,
    {
      axes: model.summary.axisLabels,
      series: model.summary.seriesLabels,
      title: labels.chartTitle,
      description: labels.chartDescription,
    },
    layout.font,
  );

  const summary = [
    heading(model.summary.heading, 1, true),
    new Paragraph({ children: [new TextRun({ text: model.summary.overall, bold: true, size: 30 })] }),
    new Paragraph({
      children: [new TextRun({ text: model.summary.band, bold: true, color: ACCENT, size: 26 })],
    }),
    ...(model.summary.bandDescription ? muted(model.summary.bandDescription) : []),
    ...muted(model.summary.weightsNote),
    ...(model.summary.carriedOver
      ? paragraphsOf(model.summary.carriedOver, { bold: true, color: WARNING })
      : []),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      // Single, automatic spacing: a fixed line height would clip the chart to one line.
      spacing: { line: 240, lineRule: LineRuleType.AUTO },
      children: [chart],
    }),
    tableOf(model.summary.table, true),
    ...model.summary.insights.flatMap((insight) => paragraphsOf(insight)),
  ];

  const actionPlan = [
    heading(model.opportunities.heading, 1, true),
    ...muted(model.opportunities.intro),
    model.opportunities.table ? tableOf(model.opportunities.table) : new Paragraph(model.opportunities.empty),
    ...(model.stillToAnswer
      ? [
          heading(model.stillToAnswer.heading, 2),
          ...muted(model.stillToAnswer.intro),
          tableOf(model.stillToAnswer.table),
        ]
      : []),
    heading(model.targets.heading, 2),
    model.targets.table ? tableOf(model.targets.table, true) : new Paragraph(model.targets.empty),
  ];

  const criteria = [
    heading(model.criteriaHeading, 1, true),
    ...model.criteria.flatMap((criterion, i) => [
      heading(criterion.heading, 2, i > 0),
      ...muted(criterion.description),
      new Paragraph({ children: [new TextRun({ text: criterion.scoreLine, bold: true })] }),
      ...(criterion.narrative
        ? [
            heading(labels.narrative, 3),
            ...paragraphsOf(criterion.narrative),
            ...(criterion.narrativeLength ? muted(criterion.narrativeLength) : []),
            ...(criterion.narrativeWarning
              ? paragraphsOf(criterion.narrativeWarning, { bold: true, color: WARNING })
              : []),
          ]
        : []),
      ...criterion.questions.flatMap((question) => [
        new Paragraph({
          keepNext: true,
          spacing: { before: 200 },
          children: [new TextRun({ text: question.title, bold: true })],
        }),
        ...labelled(labels.answer, question.answer),
        ...[question.carriedOver, question.warning].flatMap((flag) =>
          flag ? paragraphsOf(flag, { bold: true, color: WARNING }) : [],
        ),
        ...(question.origin ? muted(question.origin) : []),
        ...(question.basis ? muted(question.basis) : []),
        ...(question.notes ? labelled(labels.notes, question.notes, MUTED) : []),
        ...(question.evidence.length > 0
          ? [
              new Paragraph({
                indent: { left: mm(4) },
                children: [new TextRun({ text: `${labels.evidence}:`, bold: true })],
              }),
              ...question.evidence.map(
                (item) =>
                  new Paragraph({
                    indent: { left: mm(8) },
                    children: [
                      new ExternalHyperlink({
                        link: item.url,
                        children: [new TextRun({ text: item.label, style: 'Hyperlink' })],
                      }),
                      ...(item.label === item.url
                        ? []
                        : [new TextRun({ text: ` (${item.url})`, color: MUTED, size: 18 })]),
                    ] satisfies ParagraphChild[],
                  }),
              ),
            ]
          : []),
        ...(question.quality ? labelled(labels.quality, question.quality, MUTED) : []),
      ]),
    ]),
  ];

  // With several respondents, the questions they disagree on, each one's answer beside the others'.
  const contested = model.contested
    ? [
        heading(model.contested.heading, 1, true),
        ...muted(model.contested.intro),
        ...(model.contested.questions.length === 0 ? paragraphsOf(model.contested.none) : []),
        ...model.contested.questions.flatMap((question) => [
          new Paragraph({
            keepNext: true,
            spacing: { before: 200 },
            children: [new TextRun({ text: question.title, bold: true })],
          }),
          ...paragraphsOf(question.spread),
          ...paragraphsOf(question.used),
          ...question.responses.flatMap((response) => [
            ...labelled(response.who, response.answer),
            ...(response.origin ? muted(response.origin) : []),
            ...(response.notes ? labelled(labels.notes, response.notes, MUTED) : []),
          ]),
        ]),
      ]
    : [];

  const method = [
    heading(model.method.heading, 1, true),
    ...model.method.paragraphs.flatMap((paragraph) => paragraphsOf(paragraph)),
    tableOf(model.method.weights),
  ];

  return createWordDocument({
    layoutId,
    paperSize: model.paper,
    languageTag: language.value,
    title: model.title,
    header: model.community,
    footer: labels.footer,
    children: [...cover, ...summary, ...actionPlan, ...criteria, ...contested, ...method],
  });
}
