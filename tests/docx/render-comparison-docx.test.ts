import { Packer } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';

import { renderComparisonDocx } from '../../src/docx/render-comparison-docx';
import { buildComparison } from '../../src/domain/compare/build-comparison';
import type { Framework } from '../../src/domain/criteria/criterion-schema';
import type { Language } from '../../src/domain/language';
import { buildComparisonReportModel } from '../../src/domain/report/build-comparison-report-model';
import { createReportTranslate } from '../../src/pdf/report-i18n';
import { readBundledFramework, readExampleAssessment } from '../factories/example-files';
import { readDocx } from './read-docx';

let framework: Framework;
beforeAll(() => {
  framework = readBundledFramework();
});

/** The example, and a year later with every level answered at the top, compared in a Word file. */
async function writeComparison(language: Language) {
  const example = readExampleAssessment(framework, language);
  const raised = Object.entries(example.answers).map(([id, answer]) => {
    const question = framework.criteria.flatMap((c) => c.questions).find((q) => q.id === id);
    return [id, question?.type === 'level' ? { ...answer, value: 4 } : answer] as const;
  });
  const later = {
    ...example,
    id: 'later',
    profile: { ...example.profile, name: 'Thủ Dầu Một', year: 2024 },
    answers: Object.fromEntries(raised),
  };
  const comparison = buildComparison(framework, [{ assessment: example }, { assessment: later }], {
    baselineId: example.id,
    currentVersion: framework.version,
  });
  const t = await createReportTranslate(language);
  const model = buildComparisonReportModel({
    framework,
    comparison,
    language,
    date: new Date('2026-12-01T00:00:00Z'),
    t,
  });
  const buffer = await Packer.toBuffer(renderComparisonDocx(model));
  return { model, comparison, ...readDocx(new Uint8Array(buffer)) };
}

describe.each(['en', 'vi'] as const)('the %s Word comparison', (language) => {
  it('holds the heading, every community, every table row and the ranking, as text Word can edit', async () => {
    const { model, text } = await writeComparison(language);
    expect(text).toContain(model.heading);
    expect(text).toContain('Bình Dương');
    expect(text).toContain('Thủ Dầu Một');
    for (const row of [...model.table.rows, ...(model.ranking?.rows ?? [])]) {
      for (const cell of row) expect(text).toContain(cell);
    }
    expect(model.ranking).not.toBeNull();
    expect(text).toContain(model.rankingHeading);
  });

  it('draws one native radar with a series per community and each criterion’s score', async () => {
    const { charts, comparison } = await writeComparison(language);
    expect(charts).toHaveLength(1);
    const values = [...(charts[0] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
    expect(comparison.radar.series).toHaveLength(2);
    for (const series of comparison.radar.series) {
      for (const value of series.values) {
        if (value !== null) expect(values).toContain(String(Math.round(value * 10) / 10));
      }
    }
    expect(new Set(values).size).toBeGreaterThan(framework.criteria.length / 2);
  });
});
