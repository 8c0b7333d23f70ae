import { beforeAll, describe, expect, it } from 'vitest';

import type { Assessment } from '../../../src/domain/assessment/assessment-schema';
import type { Framework } from '../../../src/domain/criteria/criterion-schema';
import { buildReportModel } from '../../../src/domain/report/build-report-model';
import { listContested } from '../../../src/domain/scoring/disagreement';
import { createReportTranslate } from '../../../src/pdf/report-i18n';
import { readBundledFramework, readTeamAssessment } from '../../factories/example-files';

const DATE = new Date('2026-12-01T00:00:00Z');
let framework: Framework;
let team: Assessment;

beforeAll(() => {
  framework = readBundledFramework();
  team = readTeamAssessment(framework);
});

async function modelOf(assessment: Assessment, language: 'en' | 'vi' = 'en') {
  const t = await createReportTranslate(language);
  return buildReportModel({ framework, assessment, language, date: DATE, t });
}

const questionOf = (model: Awaited<ReturnType<typeof modelOf>>, id: string) => {
  const criterion = framework.criteria.findIndex((c) => c.questions.some((q) => q.id === id));
  const index = framework.criteria[criterion]?.questions.findIndex((q) => q.id === id) ?? -1;
  return model.criteria[criterion]?.questions[index];
};

describe('the report of a team’s assessment', () => {
  it('reports the effective answers, and says whether the coordinator or the rule gave each', async () => {
    const model = await modelOf(team);
    // Levels 3, 1 and 2: the median, 2.
    expect(questionOf(model, 'broadband.provider-choice')).toMatchObject({
      answer: expect.stringMatching(/^Level 2, Developing: /) as string,
      basis: 'By the default rule, from 3 respondents’ answers.',
    });
    // Decided by the coordinator: level 3, though the one respondent said 2.
    expect(questionOf(model, 'broadband.vision-plan')).toMatchObject({
      answer: expect.stringMatching(/^Level 3, /) as string,
      basis: 'Decided by the coordinator; 1 respondent answered.',
      notes: 'Đã thống nhất tại hội thảo ngày 12/3.',
    });
    expect(questionOf(model, 'broadband.adoption')?.basis).toBeNull();
    expect(model.cover.facts).toContainEqual(['Respondents', '3']);
  });

  it('has an appendix of the contested questions, widest spread first, with each respondent’s answer', async () => {
    const model = await modelOf(team);
    const contested = model.contested?.questions ?? [];
    expect(contested.map((q) => q.title)).toEqual(
      listContested(framework, team.responses).map(({ questionId }) => {
        const criterion = framework.criteria.find((c) => c.questions.some((q) => q.id === questionId));
        const index = criterion?.questions.findIndex((q) => q.id === questionId) ?? -1;
        return `${criterion?.name.en} · ${index + 1}. ${criterion?.questions[index]?.prompt.en}`;
      }),
    );
    expect(contested[0]).toEqual({
      title: expect.stringMatching(/^Broadband · 1\. /) as string,
      spread: 'Spread: 0.50 (moderate)',
      used: 'Used in the score: 2 · Developing (default rule)',
      responses: [
        {
          who: 'Nguyễn Thị Lan, Sở Thông tin và Truyền thông',
          answer: '3 · Established',
          notes: 'Ba nhà mạng cùng phủ sóng cáp quang.',
          origin: 'Data year: 2024 · Source: Báo cáo của Sở TT&TT 2024',
        },
        { who: 'Trần Văn Minh, Sở Khoa học và Công nghệ', answer: '1 · Initial', notes: null, origin: null },
        { who: 'Lê Hoàng, Văn phòng UBND tỉnh', answer: '2 · Developing', notes: null, origin: null },
      ],
    });
  });

  it('writes the appendix in Vietnamese too', async () => {
    const model = await modelOf(team, 'vi');
    expect(model.contested?.heading).toBe('Phụ lục: các câu hỏi còn ý kiến khác nhau');
    expect(model.contested?.questions[0]).toMatchObject({
      spread: 'Độ chênh lệch: 0,50 (vừa)',
      used: 'Dùng để tính điểm: 2 · Đang triển khai (theo quy tắc mặc định)',
    });
    expect(model.contested?.questions[0]?.responses[0]?.who).toBe(
      'Nguyễn Thị Lan (Sở Thông tin và Truyền thông)',
    );
  });

  it('has no appendix with fewer than two respondents, and says so when they all agree', async () => {
    const alone = await modelOf({
      ...team,
      respondents: team.respondents?.slice(0, 1),
      responses: { stttt: team.responses?.stttt ?? {} },
    });
    expect(alone.contested).toBeNull();
    const agreeing = await modelOf({
      ...team,
      responses: {
        stttt: { 'broadband.vision-plan': { value: 2 } },
        ubnd: { 'broadband.vision-plan': { value: 2 } },
      },
    });
    expect(agreeing.contested).toMatchObject({
      questions: [],
      none: expect.stringMatching(/^The respondents agree/) as string,
    });
  });
});
