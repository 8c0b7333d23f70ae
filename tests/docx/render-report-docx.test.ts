import { Packer } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';

import { renderReportDocx } from '../../src/docx/render-report-docx';
import { WORD_LAYOUTS, type WordLayout } from '../../src/docx/word-layout';
import type { Answer, Assessment } from '../../src/domain/assessment/assessment-schema';
import type { Framework } from '../../src/domain/criteria/criterion-schema';
import { buildResults } from '../../src/domain/insights/build-results';
import type { Language } from '../../src/domain/language';
import { buildReportModel, countWords } from '../../src/domain/report/build-report-model';
import { createReportTranslate } from '../../src/pdf/report-i18n';
import { readBundledFramework, readExampleAssessment, readTeamAssessment } from '../factories/example-files';
import { readDocx, unescapeXml, type Unzipped } from './read-docx';

const DATE = new Date('2026-12-01T00:00:00Z');
let framework: Framework;

beforeAll(() => {
  framework = readBundledFramework();
});

const loadExample = (language: Language): Assessment => readExampleAssessment(framework, language);

/** The .docx of the report, read back as a zip of XML parts. */
async function writeDocx(
  assessment: Assessment,
  language: Language,
  layout: WordLayout = 'default',
  wordLimit?: number,
): Promise<Unzipped & { bytes: number }> {
  const t = await createReportTranslate(language);
  const model = buildReportModel({ framework, assessment, language, date: DATE, t, wordLimit });
  const buffer = await Packer.toBuffer(renderReportDocx(model, layout));
  return { bytes: buffer.byteLength, ...readDocx(new Uint8Array(buffer)) };
}

describe('the Word report of a team’s assessment', () => {
  it('has the appendix of contested questions as a heading, with each respondent’s answer', async () => {
    const team = readTeamAssessment(framework);
    const t = await createReportTranslate('vi');
    const model = buildReportModel({ framework, assessment: team, language: 'vi', date: DATE, t });
    const docx = await writeDocx(team, 'vi');
    const heading = model.contested?.heading ?? '';
    expect(docx.document).toMatch(new RegExp(`Heading1"/>[\\s\\S]*?${heading}`));
    const first = model.contested?.questions[0];
    expect(docx.text).toContain(first?.spread);
    for (const response of first?.responses ?? [])
      expect(docx.text).toContain(`${response.who}: ${response.answer}`);
  });
});

describe.each(['en', 'vi'] as const)('the %s Word report of the illustrative example', (language) => {
  let docx: Awaited<ReturnType<typeof writeDocx>>;
  let assessment: Assessment;

  beforeAll(async () => {
    assessment = loadExample(language);
    docx = await writeDocx(assessment, language);
  });

  it('has every criterion as a real Word heading, and a contents field', () => {
    for (const criterion of framework.criteria) {
      expect(docx.text).toContain(criterion.name[language]);
    }
    const headings = [...docx.document.matchAll(/<w:pStyle w:val="Heading2"\/>[\s\S]*?<\/w:p>/g)].length;
    expect(headings).toBeGreaterThanOrEqual(framework.criteria.length);
    expect(docx.document).toMatch(/TOC \\h \\o &quot;1-2&quot;/);
  });

  it('carries every note and every narrative, line by line', () => {
    const answers = Object.values(assessment.answers);
    const notes = answers.flatMap((a) => (a.notes ? a.notes.split(/\r?\n/) : []));
    expect(notes.length).toBeGreaterThan(0);
    for (const line of notes) expect(docx.text).toContain(line.normalize('NFC'));
    for (const narrative of Object.values(assessment.narratives ?? {}))
      for (const line of narrative.split(/\r?\n/)) expect(docx.text).toContain(line.normalize('NFC'));
  });

  it('draws a native radar chart holding the six criterion scores', () => {
    expect(docx.charts).toHaveLength(1);
    const chart = docx.charts[0] ?? '';
    expect(chart).toContain('<c:radarChart>');
    const firstSeries = /<c:ser>[\s\S]*?<\/c:ser>/.exec(chart)?.[0] ?? '';
    const values = /<c:val>[\s\S]*?<\/c:val>/.exec(firstSeries)?.[0] ?? '';
    expect(values).toContain(`<c:ptCount val="${framework.criteria.length}"/>`);
    // A criterion with no score is a gap in the line (no point), never a 0.
    const points = new Map(
      [...values.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map((m) => [Number(m[1]), Number(m[2])]),
    );
    const scores = buildResults(framework, assessment).criteria.map((c) => c.score);
    expect(scores).toHaveLength(framework.criteria.length);
    expect(points.size).toBe(scores.filter((score) => score !== null).length);
    scores.forEach((score, i) => {
      if (score === null) expect(points.has(i)).toBe(false);
      else expect(points.get(i)).toBeCloseTo(score, 1);
    });
    for (const criterion of framework.criteria)
      expect(chart).toContain(criterion.name[language].split(' ')[0]);
  });

  it('links every piece of evidence to its address', () => {
    const urls = Object.values(assessment.answers).flatMap((a) => (a.evidence ?? []).map((e) => e.url));
    expect(urls.length).toBeGreaterThan(0);
    const targets = [...docx.rels.matchAll(/Target="([^"]*)" TargetMode="External"/g)].map((m) =>
      unescapeXml(m[1] ?? ''),
    );
    for (const url of urls) expect(targets).toContain(url);
    expect(docx.document).toContain('<w:hyperlink');
  });

  it('says in which language it is written, whatever the screen’s', () => {
    expect(docx.styles).toContain(`w:val="${language === 'vi' ? 'vi-VN' : 'en-GB'}"`);
  });
});

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

describe.each(['default', 'decree-30'] as const)('the %s Word layout', (layout) => {
  it('sets its font and page margins on A4', async () => {
    const docx = await writeDocx(loadExample('vi'), 'vi', layout);
    const spec = WORD_LAYOUTS[layout];
    expect(docx.styles).toContain(`w:ascii="${spec.font}"`);
    expect(docx.styles).toContain(`<w:sz w:val="${spec.size * 2}"/>`);
    expect(docx.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(docx.document)?.[1] ?? '';
    expect(margins).toContain(`w:top="${twips(spec.margins.top)}"`);
    expect(margins).toContain(`w:left="${twips(spec.margins.left)}"`);
    expect(margins).toContain(`w:right="${twips(spec.margins.right)}"`);
    expect(margins).toContain(`w:bottom="${twips(spec.margins.bottom)}"`);
  });
});

describe('the Decree 30/2020 layout', () => {
  it('is Times New Roman within the decree’s margins (mm): top and bottom 20–25, left 30–35, right 15–20', () => {
    const spec = WORD_LAYOUTS['decree-30'];
    expect(spec.font).toBe('Times New Roman');
    expect(spec.margins.top).toBeGreaterThanOrEqual(20);
    expect(spec.margins.top).toBeLessThanOrEqual(25);
    expect(spec.margins.bottom).toBeGreaterThanOrEqual(20);
    expect(spec.margins.bottom).toBeLessThanOrEqual(25);
    expect(spec.margins.left).toBeGreaterThanOrEqual(30);
    expect(spec.margins.left).toBeLessThanOrEqual(35);
    expect(spec.margins.right).toBeGreaterThanOrEqual(15);
    expect(spec.margins.right).toBeLessThanOrEqual(20);
  });
});

describe('a Word report of answers that record where their data comes from', () => {
  /** The first question of each criterion answered, with a note, a link, a data year and a source. */
  function buildAssessment(): Assessment {
    const answers: Record<string, Answer> = {};
    framework.criteria.forEach((criterion, i) => {
      const question = criterion.questions[0];
      if (!question) return;
      answers[question.id] = {
        value:
          question.type === 'boolean'
            ? true
            : question.type === 'checklist'
              ? []
              : question.type === 'level'
                ? 1
                : question.scoring.best,
        notes: `Note ${i}: A & B <ok>\tafter a tab`,
        evidence: [{ url: `https://example.org/evidence/${i}?a=1&b=2`, label: `Evidence ${i}` }],
        dataQuality: 'measured',
        dataYear: 2023,
        source: `Statistical yearbook ${i}`,
      };
    });
    return {
      id: 'origin',
      profile: { name: 'Tỉnh Thử', year: 2024 },
      answers,
      narratives: { [framework.criteria[0]?.id ?? '']: 'word '.repeat(120).trim() },
    };
  }

  it('shows each data year and source, every note with its tab, and every link', async () => {
    const docx = await writeDocx(buildAssessment(), 'en');
    framework.criteria.forEach((_, i) => {
      expect(docx.text).toContain(`Statistical yearbook ${i}`);
      expect(docx.text).toContain(`Note ${i}: A & B <ok>\tafter a tab`);
      expect(docx.rels).toContain(`Target="https://example.org/evidence/${i}?a=1&amp;b=2"`);
    });
    expect(docx.text).toContain('Data year: 2023');
  });

  it('counts a narrative’s words and warns past the word limit', async () => {
    expect(countWords('  one two\tthree\nfour ')).toBe(4);
    const under = await writeDocx(buildAssessment(), 'en', 'default', 500);
    expect(under.text).toContain('120 of 500 words');
    expect(under.text).not.toContain('Over the limit');
    const over = await writeDocx(buildAssessment(), 'vi', 'default', 100);
    expect(over.text).toContain('120/100 từ');
    expect(over.text).toContain('Vượt giới hạn: 120 từ, nhiều hơn 20 từ');
  });

  it('flags an answer carried over and not confirmed, and counts such answers under the summary', async () => {
    const assessment = buildAssessment();
    const [questionId, answer] = Object.entries(assessment.answers)[0] ?? [];
    const carried = await writeDocx(
      {
        ...assessment,
        answers: {
          ...assessment.answers,
          [questionId ?? '']: { ...answer, carriedOver: { fromYear: 2024 } },
        },
      },
      'vi',
    );
    expect(carried.text).toContain('Lấy từ năm 2024, chưa xác nhận');
    expect(carried.text).toContain('Có 1 câu trả lời lấy từ năm trước chưa được xác nhận');
    expect((await writeDocx(assessment, 'vi')).text).not.toContain('chưa xác nhận');
  });
});
