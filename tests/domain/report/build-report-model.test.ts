import { describe, expect, it } from 'vitest';

import type { Assessment } from '../../../src/domain/assessment/assessment-schema';
import type { Question } from '../../../src/domain/criteria/criterion-schema';
import type { Language } from '../../../src/domain/language';
import { buildReportModel } from '../../../src/domain/report/build-report-model';
import { createReportTranslate } from '../../../src/pdf/report-i18n';
import { readBundledFramework } from '../../factories/example-files';

const framework = readBundledFramework();
const checklist = framework.criteria
  .flatMap((criterion) => criterion.questions)
  .find((question): question is Extract<Question, { type: 'checklist' }> => question.type === 'checklist');
if (!checklist) throw new Error('the bank has no checklist question');

async function buildModel(assessment: Assessment, language: Language) {
  const t = await createReportTranslate(language);
  return buildReportModel({ framework, assessment, language, date: new Date('2026-12-01T00:00:00Z'), t });
}

const answerText = (model: Awaited<ReturnType<typeof buildModel>>, language: Language) =>
  model.criteria
    .flatMap((criterion) => criterion.questions)
    .find((q) => q.title.includes(checklist.prompt[language]))?.answer;

describe('the report model', () => {
  it.each(['en', 'vi'] as const)(
    'in %s, lists every option of a checklist as ticked or not ticked',
    async (language) => {
      const [first, ...rest] = checklist.options;
      if (!first || rest.length === 0) throw new Error('the checklist needs two options');
      const model = await buildModel(
        { id: 'a', profile: { name: 'Huế' }, answers: { [checklist.id]: { value: [first.id] } } },
        language,
      );
      const text = answerText(model, language) ?? '';
      const [tickedPart, notTickedPart] = text.split(language === 'en' ? 'Not ticked: ' : 'Chưa có: ');
      expect(tickedPart).toContain(first.label[language]);
      for (const option of rest) {
        expect(tickedPart).not.toContain(option.label[language]);
        expect(notTickedPart).toContain(option.label[language]);
      }
    },
  );

  it('says "none of the options" and lists them all as not ticked when none is', async () => {
    const model = await buildModel(
      { id: 'a', profile: { name: 'Huế' }, answers: { [checklist.id]: { value: [] } } },
      'en',
    );
    const text = answerText(model, 'en') ?? '';
    expect(text.startsWith('None of the options. Not ticked: ')).toBe(true);
    for (const option of checklist.options) expect(text).toContain(option.label.en);
  });

  it.each([
    ['en', 'Population', '2,763,124'],
    ['vi', 'Dân số', '2.763.124'],
  ] as const)(
    'in %s, puts the population on the cover in the reader’s number format',
    async (language, label, value) => {
      const model = await buildModel(
        { id: 'a', profile: { name: 'Bình Dương', population: 2763124 }, answers: {} },
        language,
      );
      expect(model.cover.facts).toContainEqual([label, value]);
    },
  );
});
