import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

import { readReportFonts } from '../../src/cli/read-report-fonts';
import type { Assessment } from '../../src/domain/assessment/assessment-schema';
import type { Framework } from '../../src/domain/criteria/criterion-schema';
import type { Language } from '../../src/domain/language';
import { buildResults } from '../../src/domain/insights/build-results';
import { buildReportModel, type PaperSize, type Translate } from '../../src/domain/report/build-report-model';
import { buildComparison } from '../../src/domain/compare/build-comparison';
import { buildComparisonReportModel } from '../../src/domain/report/build-comparison-report-model';
import { renderComparisonPdf } from '../../src/pdf/render-comparison-pdf';
import { renderReportPdf, type ReportFonts } from '../../src/pdf/render-report-pdf';
import { createReportTranslate } from '../../src/pdf/report-i18n';
import { readBundledFramework, readExampleAssessment, readTeamAssessment } from '../factories/example-files';

const DATE = new Date('2026-11-22T00:00:00Z');
const directory = mkdtempSync(join(tmpdir(), 'icf-report-'));
let framework: Framework;
let fonts: ReportFonts;

const loadExample = (language: Language): Assessment => readExampleAssessment(framework, language);

async function writeReport(
  assessment: Assessment,
  language: Language,
  name: string,
  paper: PaperSize = 'a4',
) {
  const t = await createReportTranslate(language);
  const model = buildReportModel({ framework, assessment, language, paper, date: DATE, t });
  const { bytes, missingCharacters } = renderReportPdf(model, fonts, DATE, t);
  const path = join(directory, name);
  writeFileSync(path, new Uint8Array(bytes));
  return { path, bytes, model, missingCharacters };
}

const pdftotext = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
const pageCount = (path: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);

beforeAll(() => {
  framework = readBundledFramework();
  fonts = readReportFonts();
});

describe.each(['vi', 'en'] as const)('the %s report of the illustrative example', (language) => {
  let path: string;
  let text: string;
  let model: Awaited<ReturnType<typeof writeReport>>['model'];
  let t: Translate;

  beforeAll(async () => {
    ({ path, model } = await writeReport(loadExample(language), language, `example-${language}.pdf`));
    t = await createReportTranslate(language);
    text = pdftotext(path);
  });

  it('gives back, as text, the community, every criterion name and every section heading', () => {
    expect(text).toContain('Bình Dương 2023');
    for (const criterion of framework.criteria) expect(text).toContain(criterion.name[language]);
    for (const heading of [
      model.cover.heading,
      model.summary.heading,
      model.opportunities.heading,
      model.targets.heading,
      model.criteriaHeading,
      model.method.heading,
    ]) {
      expect(text).toContain(heading);
    }
  });

  it('carries the notes as typed, diacritics included', () => {
    const note = loadExample(language).answers['innovation.triple-helix']?.notes ?? '';
    const firstWords = note.split(/\s+/).slice(0, 6).join(' ');
    expect(firstWords.length).toBeGreaterThan(10);
    expect(text.replace(/\s+/g, ' ')).toContain(firstWords);
  });

  it('says it is a self-assessment and an illustrative example', () => {
    expect(text.replace(/\s+/g, ' ')).toContain(model.cover.statement.slice(0, 60));
    expect(text.replace(/\s+/g, ' ')).toContain(model.cover.illustrative?.slice(0, 40));
  });

  it('embeds its only font, with a Unicode map', () => {
    const rows = execFileSync('pdffonts', [path], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect(row).toMatch(/^BeVietnamPro\s+CID TrueType\s+Identity-H\s+yes\s+\w+\s+yes/);
  });

  it('has a cover, a summary, the opportunities, a page per criterion and the method, each with “page x of y”', () => {
    const pages = pageCount(path);
    expect(pages).toBeGreaterThanOrEqual(1 + 1 + 1 + framework.criteria.length + 1);
    expect(text).toContain(t('report.page', { page: pages, pages }));
  });

  it('never leaves a question at the foot of a page apart from its answer', () => {
    const answerLabel = `${model.labels.answer}:`;
    for (let page = 1; page <= pageCount(path); page += 1) {
      const lines = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), path, '-'], {
        encoding: 'utf8',
      })
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      const lastTitle = lines.findLastIndex((line) =>
        model.criteria.some((c) => c.questions.some((q) => q.title.startsWith(line) && line.length > 12)),
      );
      if (lastTitle === -1) continue;
      expect(
        lines.slice(lastTitle).some((line) => line.startsWith(answerLabel)),
        `page ${page}: "${lines[lastTitle]}" has no answer below it`,
      ).toBe(true);
    }
  });

  it('has clickable evidence links', () => {
    const raw = readFileSync(path, 'latin1');
    expect(raw).toMatch(/\/URI \(https:\/\/www\.wtca\.org\/news\//);
  });
});

/** The first `count` questions of the bank, each answered halfway between its worst and best. */
function answerFirst(count: number): Assessment['answers'] {
  const questions = framework.criteria.flatMap((c) => c.questions).slice(0, count);
  return Object.fromEntries(
    questions.map((q) => {
      const value =
        q.type === 'level'
          ? 2
          : q.type === 'percent' || q.type === 'number'
            ? (q.scoring.worst + q.scoring.best) / 2
            : q.type === 'boolean'
              ? false
              : q.options.slice(0, 1).map((o) => o.id);
      return [q.id, { value }];
    }),
  );
}

describe.each(['en', 'vi'] as const)('the %s report of a provisional score', (language) => {
  const words = {
    en: { provisional: 'Provisional score', noBand: 'No band while provisional', still: 'Still to answer' },
    vi: {
      provisional: 'Điểm tạm tính',
      noBand: 'Chưa xếp hạng khi còn tạm tính',
      still: 'Câu hỏi chưa trả lời',
    },
  }[language];
  let text: string;
  let results: ReturnType<typeof buildResults>;

  beforeAll(async () => {
    const assessment: Assessment = {
      id: 'few',
      profile: { name: 'Xã Thử', year: 2025 },
      answers: answerFirst(3),
    };
    results = buildResults(framework, assessment);
    const { path } = await writeReport(assessment, language, `provisional-${language}.pdf`);
    text = pdftotext(path).replace(/\s+/g, ' ');
  });

  it('says the overall is provisional, with its range and the answers a band needs, and names no band', () => {
    expect(results.isProvisional).toBe(true);
    const range = results.range ?? { low: NaN, high: NaN };
    expect(text).toContain(words.provisional);
    const score = new Intl.NumberFormat(language, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(results.overall ?? NaN);
    expect(text).toContain(
      language === 'en'
        ? `${score}, between ${Math.floor(range.low)} and ${Math.ceil(range.high)} until ${results.answersToBand} more questions are answered`
        : `${score}, trong khoảng từ ${Math.floor(range.low)} đến ${Math.ceil(range.high)} cho đến khi trả lời thêm ${results.answersToBand} câu hỏi`,
    );
    expect(text).toContain(words.noBand);
    for (const band of framework.bands) expect(text).not.toContain(band.description[language].slice(0, 40));
  });

  it('lists the questions still to answer apart from the opportunities', () => {
    expect(text).toContain(words.still);
    const first = results.stillToAnswer[0];
    expect(first).toBeDefined();
    expect(text).toContain(first?.question.prompt[language].split(/\s+/).slice(0, 5).join(' '));
  });
});

describe.each(['en', 'vi'] as const)('the %s report of a team’s assessment', (language) => {
  let text: string;
  let model: Awaited<ReturnType<typeof writeReport>>['model'];

  beforeAll(async () => {
    const { path, model: built } = await writeReport(
      readTeamAssessment(framework),
      language,
      `team-${language}.pdf`,
    );
    model = built;
    text = pdftotext(path).replace(/\s+/g, ' ');
  });

  it('ends with an appendix of the contested questions, each respondent’s answer beside the others', () => {
    const appendix = model.contested;
    if (!appendix) throw new Error('a team of three has an appendix');
    expect(appendix.questions.length).toBeGreaterThan(1);
    expect(text).toContain(appendix.heading);
    const first = appendix.questions[0];
    expect(text).toContain(first?.spread);
    expect(text).toContain(first?.used);
    for (const response of first?.responses ?? [])
      expect(text).toContain(`${response.who}: ${response.answer}`);
    // After the criteria, before the method.
    const at = text.indexOf(appendix.heading);
    expect(at).toBeGreaterThan(text.indexOf(model.criteriaHeading));
    expect(at).toBeLessThan(text.lastIndexOf(model.method.heading));
  });
});

describe('the report renderer', () => {
  it('gives the same bytes for the same input and date', async () => {
    const assessment = loadExample('en');
    const a = await writeReport(assessment, 'en', 'a.pdf');
    const b = await writeReport(assessment, 'en', 'b.pdf');
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('prints on US Letter when asked', async () => {
    const { path } = await writeReport(loadExample('en'), 'en', 'letter.pdf', 'letter');
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(
      /Page size:\s+612 x 792 pts \(letter\)/,
    );
  });

  it('wraps long names and long notes inside the page, and keeps markup as text', async () => {
    const longName =
      'Thành phố Thủ Dầu Một và vùng phụ cận thuộc tỉnh Bình Dương cũ, nay là Thành phố Hồ Chí Minh';
    const longNote = `${'Ghi chú rất dài về hạ tầng băng thông rộng <script>alert(1)</script> '.repeat(300)}HẾT.`;
    const assessment: Assessment = {
      id: 'long',
      profile: { name: longName, year: 2025 },
      answers: { 'broadband.provider-choice': { value: 2, notes: longNote } },
      narratives: { broadband: 'Đoạn thuyết minh. '.repeat(400) },
    };
    const { path } = await writeReport(assessment, 'vi', 'long.pdf');
    const text = pdftotext(path).replace(/\s+/g, ' ');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('HẾT.');
    const bbox = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
    const width = Number(/<page width="([\d.]+)"/.exec(bbox)?.[1]);
    const rightEdges = [...bbox.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...rightEdges)).toBeLessThanOrEqual(width - 30);
  });

  it('prints the data year and source of an answer, and flags a number given without a data year', async () => {
    const assessment: Assessment = {
      id: 'years',
      profile: { name: 'Tỉnh Thử Nghiệm', year: 2024 },
      answers: {
        'broadband.availability': { value: 92, dataYear: 2023, source: 'Sở Thông tin và Truyền thông' },
        'broadband.adoption': { value: 70 },
        'broadband.provider-choice': { value: 2 },
      },
    };
    const { path, model } = await writeReport(assessment, 'vi', 'years.pdf');
    const questions = model.criteria[0]?.questions ?? [];
    const byTitle = (start: string) => questions.find((q) => q.title.includes(start));
    expect(byTitle('đăng ký ngay')?.origin).toBe('Năm số liệu: 2023 · Nguồn: Sở Thông tin và Truyền thông');
    expect(byTitle('đăng ký ngay')?.warning).toBeNull();
    expect(byTitle('có thuê bao')?.warning).toMatch(/^Chưa ghi năm số liệu/);
    // A level answer is a judgement, not a figure: it is not flagged.
    expect(byTitle('lựa chọn nhà cung cấp')?.warning).toBeNull();
    const text = pdftotext(path).replace(/\s+/g, ' ');
    expect(text).toContain('Chưa ghi năm số liệu');
    expect(text).toContain('Năm số liệu: 2023');
  });
});

describe('answers carried over from last year and not confirmed', () => {
  it('are flagged one by one and counted in the summary, in both languages, and scored as given', async () => {
    const assessment: Assessment = {
      id: 'carried',
      profile: { name: 'Tỉnh Thử Nghiệm', year: 2025 },
      basedOn: 'gone',
      answers: {
        'broadband.availability': { value: 92, dataYear: 2024, carriedOver: { fromYear: 2024 } },
        'broadband.adoption': { value: 70, dataYear: 2025 },
        'broadband.provider-choice': { value: 2, carriedOver: {} },
      },
    };
    const flagged = (model: { criteria: { questions: { title: string; carriedOver: string | null }[] }[] }) =>
      (model.criteria[0]?.questions ?? []).filter((q) => q.carriedOver !== null).map((q) => q.carriedOver);
    const vi = await writeReport(assessment, 'vi', 'carried-vi.pdf');
    // In the bank's order: the choice of providers comes before availability.
    expect(flagged(vi.model)).toEqual([
      'Lấy từ bản đánh giá trước, chưa xác nhận',
      'Lấy từ năm 2024, chưa xác nhận',
    ]);
    expect(vi.model.summary.carriedOver).toMatch(/^Có 2 câu trả lời lấy từ năm trước chưa được xác nhận/);
    const text = pdftotext(vi.path).replace(/\s+/g, ' ');
    expect(text).toContain('Lấy từ năm 2024, chưa xác nhận');
    expect(text).toContain('Có 2 câu trả lời lấy từ năm trước chưa được xác nhận');
    const en = await writeReport(assessment, 'en', 'carried-en.pdf');
    expect(flagged(en.model)).toEqual([
      'Carried over from an earlier assessment, not confirmed',
      'Carried over from 2024, not confirmed',
    ]);
    const confirmed = await writeReport(
      {
        ...assessment,
        answers: {
          ...assessment.answers,
          'broadband.availability': { value: 92, dataYear: 2024 },
          'broadband.provider-choice': { value: 2 },
        },
      },
      'en',
      'confirmed-en.pdf',
    );
    expect(confirmed.model.summary.carriedOver).toBeNull();
    expect(flagged(confirmed.model)).toEqual([]);
    // The scores count carried-over answers as they are.
    expect(confirmed.model.summary.overall).toBe(en.model.summary.overall);
  });
});

describe('the comparison of one community over the years', () => {
  it('ranks nothing and gives the change from the first year to the last', async () => {
    const example = loadExample('en');
    const comparison = buildComparison(
      framework,
      [2023, 2024].map((year) => ({
        assessment: {
          ...example,
          id: `y${year}`,
          profile: { ...example.profile, year },
          answers: year === 2023 ? {} : example.answers,
        },
      })),
      { currentVersion: framework.version },
    );
    const t = await createReportTranslate('en');
    const model = buildComparisonReportModel({ framework, comparison, language: 'en', date: DATE, t });
    expect(model.ranking).toBeNull();
    expect(model.trend?.table.head.at(-1)).toBe('Change 2023–2024');
    const path = join(directory, 'comparison-years.pdf');
    writeFileSync(path, new Uint8Array(renderComparisonPdf(model, fonts, DATE, t).bytes));
    const text = pdftotext(path);
    expect(text).toContain('Change 2023–2024');
    expect(text).not.toContain('Ranking');
  });
});

describe('text the embedded font cannot draw', () => {
  const foreign = ['台北', '수원', '横浜', 'عربي', 'עברית', '🎉'];
  const note = `Before\tafter the tab. Partner cities: ${foreign.join(', ')}; end of note.`;
  const longName = `${'Thành phố thông minh '.repeat(7)}Bình Dương ${'x'.repeat(8)}`.slice(0, 150);

  it('keeps what follows a tab, marks each foreign run with [?] and lists every character it replaced', async () => {
    expect(longName).toHaveLength(150);
    const assessment: Assessment = {
      id: 'scripts',
      profile: { name: longName, year: 2025 },
      answers: { [framework.criteria[0]?.questions[0]?.id ?? '']: { notes: note } },
      narratives: { [framework.criteria[1]?.id ?? '']: `Narrative\twith a tab and 中文.` },
    };
    const { path, missingCharacters } = await writeReport(assessment, 'en', 'scripts.pdf');
    const text = pdftotext(path);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(
      'Before after the tab. Partner cities: [?], [?], [?], [?], [?], [?]; end of note.',
    );
    expect(flat).toContain('Narrative with a tab and [?].');
    // Nothing is lost without a word: each character of the note is in the PDF or in the warning.
    const shown = new Set(text);
    for (const char of note.replace(/\s/g, ''))
      expect(shown.has(char) || missingCharacters.includes(char), char).toBe(true);
    for (const char of [...foreign.join(''), ...'中文']) expect(missingCharacters).toContain(char);
    expect(text.replace(/\s+/g, '')).toContain(longName.replace(/\s+/g, ''));
  });
});

describe('the comparison of communities with 150-character names', () => {
  it('is written whole, every name given in full', async () => {
    const example = loadExample('vi');
    const names = [0, 1, 2, 3, 4].map((i) =>
      `${'Đ'.repeat(120)} ${'Thành phố '.repeat(3)}${i}`.slice(0, 150),
    );
    const comparison = buildComparison(
      framework,
      names.map((name, i) => ({
        assessment: { ...example, id: `c${i}`, profile: { ...example.profile, name } },
      })),
      { baselineId: 'c0', currentVersion: framework.version },
    );
    const t = await createReportTranslate('vi');
    const model = buildComparisonReportModel({ framework, comparison, language: 'vi', date: DATE, t });
    const { bytes, missingCharacters } = renderComparisonPdf(model, fonts, DATE, t);
    expect(missingCharacters).toEqual([]);
    const path = join(directory, 'comparison-long.pdf');
    writeFileSync(path, new Uint8Array(bytes));
    const text = pdftotext(path).replace(/\s+/g, '');
    for (const name of names) expect(text).toContain(name.replace(/\s+/g, ''));
    // Nothing runs past the right margin: the legend of the radar wraps as the table does.
    const bbox = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
    const pageWidth = Number(/<page width="([\d.]+)"/.exec(bbox)?.[1]);
    const rightEdges = [...bbox.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"/g)].map((match) =>
      Number(match[1]),
    );
    expect(rightEdges.length).toBeGreaterThan(100);
    // In points: the page less its 18 mm margin, and half a point of rounding.
    expect(Math.max(...rightEdges)).toBeLessThanOrEqual(pageWidth - (18 * 72) / 25.4 + 0.5);
  });
});
