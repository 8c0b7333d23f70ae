import { AlignmentType, LineRuleType, Paragraph, type Document } from 'docx';

import type { ComparisonReportModel } from '../domain/report/build-comparison-report-model';
import {
  WARNING,
  createWordDocument,
  heading,
  muted,
  paragraphsOf,
  radarChart,
  tableOf,
} from './word-document';
import { WORD_LAYOUTS, type WordLayout } from './word-layout';

/**
 * The comparison as an editable Word document, from the same model as its PDF: the facts and
 * warnings, one native radar of all assessments, the table, the ranking and the trend.
 */
export function renderComparisonDocx(
  model: ComparisonReportModel,
  layoutId: WordLayout = 'default',
): Document {
  const layout = WORD_LAYOUTS[layoutId];
  const { radar } = model;
  const chart = radarChart(
    radar.radar,
    {
      axes: radar.axisLabels,
      series: radar.seriesLabels,
      title: model.heading,
      description: radar.seriesLabels.join(', '),
    },
    layout.font,
  );
  return createWordDocument({
    layoutId,
    paperSize: model.paper,
    languageTag: model.language === 'vi' ? 'vi-VN' : 'en-GB',
    title: model.title,
    header: model.title,
    footer: model.labels.footer,
    children: [
      heading(model.heading, 1),
      tableOf({ head: [], rows: model.facts.map(([label, value]) => [label, value]) }, true),
      ...muted(model.statement),
      ...model.warnings.flatMap((warning) => paragraphsOf(`• ${warning}`, { color: WARNING })),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        // Single, automatic spacing: a fixed line height would clip the chart to one line.
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        children: [chart],
      }),
      tableOf(model.table, true),
      // No ranking of one community against itself over the years.
      ...(model.ranking ? [heading(model.rankingHeading, 2), tableOf(model.ranking)] : []),
      ...(model.trend ? [heading(model.trend.heading, 2), tableOf(model.trend.table, true)] : []),
    ],
  });
}
