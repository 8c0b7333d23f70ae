import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { formatFileIssue } from '../../src/domain/assessment/assessment-file';
import type { Answer, Assessment } from '../../src/domain/assessment/assessment-schema';
import type { Language } from '../../src/domain/language';
import { createRespondentPack, type RespondentPack } from '../../src/domain/team/respondent-pack';
import { WORKBOOK_COLUMNS } from '../../src/domain/team/workbook-layout';
import { readRespondentFile } from '../../src/files/read-import';
import { loadExcelJs } from '../../src/xlsx/load-exceljs';
import { buildRespondentWorkbook } from '../../src/xlsx/respondent-workbook';
import { readBundledFramework, readExampleAssessment } from '../factories/example-files';
import { fillWorkbook } from '../factories/fill-workbook';

const framework = readBundledFramework();
const lastYear = readExampleAssessment(framework, 'en');
const DATE = new Date('2026-12-01T00:00:00Z');

const ASSIGNED_QUESTIONS = [
  'knowledge-workforce.workforce-organisations',
  'knowledge-workforce.higher-education-access',
  'digital-equality.minority-languages',
];

const team: Assessment = {
  id: 'binh-duong-2024',
  profile: { name: 'Bình Dương', year: 2024 },
  basedOn: lastYear.id,
  answers: {},
  respondents: [
    {
      id: 'ict',
      name: 'Nguyễn Thị Lan',
      organisation: 'Sở Thông tin và Truyền thông',
      role: 'Phó Giám đốc',
      criteria: ['broadband'],
      questions: ASSIGNED_QUESTIONS,
    },
    { id: 'doet', name: 'Trần Văn Minh', organisation: 'Sở Giáo dục và Đào tạo' },
  ],
  responses: {
    ict: {
      'broadband.provider-choice': {
        value: 2,
        notes: 'Ba nhà mạng ở thị xã,\nmột ở vùng sâu.',
        evidence: [{ url: 'https://binhduong.gov.vn/vien-thong', label: 'Báo cáo viễn thông 2024' }],
        dataQuality: 'measured',
        dataYear: 2024,
        source: 'Sở TT&TT',
      },
      'broadband.availability': { value: 87.5 },
      'broadband.deployment-policies': { value: ['dig-once', 'public-assets'] },
      'knowledge-workforce.higher-education-access': { value: 'na' },
      'digital-equality.minority-languages': { value: 3 },
      'broadband.mobile-subscriptions': { value: 0 },
    },
    doet: { 'broadband.provider-choice': { value: 4 } },
  },
};

function packFor(respondentId: string, assessment: Assessment = team): RespondentPack {
  const pack = createRespondentPack({ framework, assessment, respondentId, lastYear });
  if (!pack) throw new Error(`no respondent ${respondentId}`);
  return pack;
}

async function buildWorkbook(language: Language = 'en', pack = packFor('ict')) {
  return (await buildRespondentWorkbook({ framework, pack, language, date: DATE })).bytes;
}

async function readBack(bytes: Uint8Array) {
  const result = await readRespondentFile({ bytes: bytes.slice() }, framework);
  if (!result.ok) throw new Error(result.errors.map(formatFileIssue).join('\n'));
  return result.value;
}

/** The XML of a sheet, found by its name as Excel and LibreOffice find it. */
function sheetXml(bytes: Uint8Array, name: string): string {
  const files = unzipSync(bytes);
  const read = (path: string) => strFromU8(files[path] ?? new Uint8Array());
  const sheet = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(read('xl/workbook.xml'));
  const target = new RegExp(`Id="${sheet?.[1]}"[^>]*Target="([^"]+)"`).exec(
    read('xl/_rels/workbook.xml.rels'),
  );
  if (!target?.[1]) throw new Error(`no sheet ${name}`);
  return read(`xl/${target[1]}`);
}

const decode = (xml: string) => xml.replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** Each dropdown or check of the `answers` sheet: the cells it covers, its kind and its first formula. */
function listValidations(xml: string) {
  return [...xml.matchAll(/<dataValidation ([^>]*)>(.*?)<\/dataValidation>/gs)].map(
    ([, attributes = '', body = '']) => ({
      cells: /sqref="([^"]+)"/.exec(attributes)?.[1] ?? '',
      type: /type="([^"]+)"/.exec(attributes)?.[1],
      errorStyle: /errorStyle="([^"]+)"/.exec(attributes)?.[1] ?? 'stop',
      formula: decode(/<formula1>(.*?)<\/formula1>/s.exec(body)?.[1] ?? ''),
      formula2: /<formula2>(.*?)<\/formula2>/s.exec(body)?.[1],
    }),
  );
}

async function openSheet(bytes: Uint8Array, name: string) {
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return { workbook, sheet };
}

describe('a respondent’s workbook', () => {
  it('holds the instructions, the answers and whose answers they are, in that order', async () => {
    const { workbook } = await openSheet(await buildWorkbook('vi'), 'answers');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Hướng dẫn', 'answers', 'about']);
  });

  it('heads the answers sheet with exactly the ten column ids, then last year’s answer; row 2 translates them', async () => {
    const { sheet } = await openSheet(await buildWorkbook('vi'), 'answers');
    const row = (number: number) => (sheet.getRow(number).values as unknown[]).slice(1);
    expect(row(1)).toEqual([...WORKBOOK_COLUMNS, 'last year']);
    expect(row(2).slice(0, 5)).toEqual(['Mã', 'Tiêu chí', 'Câu hỏi', 'Hướng dẫn', 'Trả lời']);
    expect(row(2)[10]).toBe('Năm trước (2023)');
  });

  it('has one row per assigned question, in the criteria’s order, with its criterion, prompt and help', async () => {
    const { sheet } = await openSheet(await buildWorkbook(), 'answers');
    const broadband = framework.criteria[0]?.questions.map((question) => question.id) ?? [];
    const ids = sheet.getColumn(1).values.slice(3);
    expect(ids).toEqual([...broadband, ...ASSIGNED_QUESTIONS]);
    const first = sheet.getRow(3);
    expect(first.getCell(2).value).toBe('Broadband');
    expect(first.getCell(3).value).toBe(framework.criteria[0]?.questions[0]?.prompt.en);
    expect(first.getCell(4).text).toContain('2 · Developing');
  });

  it('lists a checklist’s items with the codes to type', async () => {
    const { sheet } = await openSheet(await buildWorkbook(), 'answers');
    const row = sheet.getRows(3, 30)?.find((r) => r.getCell(1).value === 'broadband.deployment-policies');
    expect(row?.getCell(4).text).toMatch(/Items \(type their codes\):\ndig-once = .+\nrights-of-way = /);
  });

  it('fills in the respondent’s answers so far, in the words of the dropdowns', async () => {
    const { sheet } = await openSheet(await buildWorkbook(), 'answers');
    const byId = new Map(sheet.getRows(3, 30)?.map((row) => [row.getCell(1).text, row]));
    const answerOf = (id: string) => byId.get(id)?.getCell(5).value;
    expect(answerOf('broadband.provider-choice')).toBe('2 · Developing');
    expect(answerOf('broadband.availability')).toBe(87.5);
    expect(answerOf('broadband.deployment-policies')).toBe('dig-once, public-assets');
    expect(answerOf('knowledge-workforce.higher-education-access')).toBe('N/A');
    expect(answerOf('broadband.adoption')).toBeNull();
    const row = byId.get('broadband.provider-choice');
    expect(row?.getCell(7).value).toBe('https://binhduong.gov.vn/vien-thong Báo cáo viễn thông 2024');
    expect(row?.getCell(10).value).toBe('Measured');
  });

  it('shows last year’s answer: that of the assessment it was started from', async () => {
    const { sheet } = await openSheet(await buildWorkbook(), 'answers');
    const lastYearOf = (id: string) =>
      sheet
        .getRows(3, 30)
        ?.find((row) => row.getCell(1).value === id)
        ?.getCell(11).value;
    expect(lastYear.answers['knowledge-workforce.higher-education-access']).toMatchObject({
      value: true,
      dataYear: 2023,
    });
    expect(lastYearOf('knowledge-workforce.higher-education-access')).toBe('Yes (data year 2023)');
    expect(lastYear.answers['broadband.adoption']).toBeUndefined();
    expect(lastYearOf('broadband.adoption')).toBeNull();
  });

  it('leaves the last-year column out when there is no earlier assessment', async () => {
    const pack = { ...packFor('ict'), lastYear: undefined };
    const { sheet } = await openSheet(await buildWorkbook('en', pack), 'answers');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...WORKBOOK_COLUMNS]);
  });

  it('names the assessment and the respondent on the about sheet', async () => {
    const { sheet } = await openSheet(await buildWorkbook(), 'about');
    const about = new Map(
      sheet
        .getSheetValues()
        .slice(1)
        .map((row) => [(row as unknown[])[1], (row as unknown[])[2]]),
    );
    expect(about.get('format')).toBe('icf-respondent-workbook');
    expect(about.get('assessment id')).toBe('binh-duong-2024');
    expect(about.get('assessment')).toBe('Bình Dương');
    expect(about.get('respondent id')).toBe('ict');
    expect(about.get('respondent')).toBe('Nguyễn Thị Lan');
    expect(about.get('organisation')).toBe('Sở Thông tin và Truyền thông');
  });

  it('unlocks only the six columns to fill in, and protects every sheet', async () => {
    const bytes = await buildWorkbook();
    const { sheet } = await openSheet(bytes, 'answers');
    const row = sheet.getRow(3);
    const isUnlocked = WORKBOOK_COLUMNS.map(
      (_, index) => row.getCell(index + 1).protection?.locked === false,
    );
    expect(isUnlocked).toEqual([false, false, false, false, true, true, true, true, true, true]);
    for (const name of ['Instructions', 'answers', 'about'])
      expect(sheetXml(bytes, name)).toMatch(/<sheetProtection [^>]*sheet="1"/);
  });

  it('offers the five levels with their names in a dropdown, and N/A where a question allows it', async () => {
    const bytes = await buildWorkbook('vi');
    const validations = listValidations(sheetXml(bytes, 'answers'));
    const levels = '"0 · Chưa có,1 · Bước đầu,2 · Đang triển khai,3 · Đã hoàn thiện,4 · Dẫn đầu"';
    const levelCells = validations.filter((v) => v.type === 'list' && v.formula === levels);
    // A level's bare number may be typed too: a warning, not a refusal.
    expect(levelCells.length).toBeGreaterThan(0);
    expect(levelCells.every((v) => v.errorStyle === 'warning')).toBe(true);
    expect(levelCells.map((v) => v.cells).join(' ')).toContain('E3');
    const withNA = validations.find((v) => v.formula === `${levels.slice(0, -1)},Không áp dụng"`);
    expect(withNA).toBeDefined();
  });

  it('offers yes and no (and N/A) in a strict dropdown, data quality and a whole year from 1990 to 2100', async () => {
    const validations = listValidations(sheetXml(await buildWorkbook(), 'answers'));
    expect(validations).toContainEqual(
      expect.objectContaining({ type: 'list', formula: '"Yes,No,N/A"', errorStyle: 'stop' }),
    );
    expect(validations).toContainEqual(
      expect.objectContaining({ type: 'list', formula: '"Measured,Estimated,Opinion"' }),
    );
    expect(validations).toContainEqual(
      expect.objectContaining({ type: 'whole', formula: '1990', formula2: '2100' }),
    );
  });

  it('keeps every dropdown within the 255 characters Excel allows', async () => {
    for (const language of ['en', 'vi'] as const) {
      const pack = packFor('doet');
      const validations = listValidations(sheetXml(await buildWorkbook(language, pack), 'answers'));
      for (const { formula } of validations) expect(formula.length).toBeLessThanOrEqual(257);
    }
  });
});

describe('a workbook filled in and read back', () => {
  it('gives back exactly the answers it was made with, when nothing is changed (both languages)', async () => {
    for (const language of ['en', 'vi'] as const) {
      const returned = await readBack(await buildWorkbook(language));
      const pack = packFor('ict');
      expect(returned.questionIds).toEqual(pack.questions);
      expect(returned.answers).toEqual(pack.answers);
      expect(returned.rowIssues).toEqual([]);
      expect(returned).toMatchObject({
        kind: 'workbook',
        language,
        assessment: { id: 'binh-duong-2024', name: 'Bình Dương' },
        respondent: { id: 'ict', name: 'Nguyễn Thị Lan' },
      });
    }
  });

  it('reads every kind of answer typed as Excel stores it', async () => {
    const filled = await fillWorkbook(await buildWorkbook(), {
      'broadband.provider-choice': {
        answer: '3 · Established',
        notes: null,
        evidence: null,
        'data quality': null,
        'data year': null,
        source: null,
      },
      'broadband.vision-plan': { answer: 1 },
      'broadband.accountable-official': { answer: '4' },
      'broadband.availability': {
        answer: 0.45,
        percent: true,
        'data year': 2024,
        'data quality': 'Estimated',
      },
      'broadband.adoption': { answer: '62.5%' },
      'broadband.mobile-subscriptions': { answer: 131.2, source: 'VNPT, Viettel, MobiFone' },
      'broadband.business-connectivity': { answer: 'N/A' },
      'broadband.deployment-policies': { answer: 'dig-once, fast-permits;new-developments' },
      'knowledge-workforce.workforce-organisations': { answer: 'none' },
      'knowledge-workforce.higher-education-access': { answer: 'Yes' },
      'digital-equality.minority-languages': {
        answer: '2 · Developing',
        notes: 'Khmer and Chăm radio;\nleaflets',
        evidence: 'https://example.gov.vn/a Radio schedule\n\nhttps://example.gov.vn/b',
      },
    });
    const returned = await readBack(filled);
    expect(returned.rowIssues).toEqual([]);
    const answers: Record<string, Answer> = returned.answers;
    expect(answers['broadband.provider-choice']).toEqual({ value: 3 });
    expect(answers['broadband.vision-plan']).toEqual({ value: 1 });
    expect(answers['broadband.accountable-official']).toEqual({ value: 4 });
    expect(answers['broadband.availability']).toEqual({
      value: 45,
      dataYear: 2024,
      dataQuality: 'estimated',
    });
    expect(answers['broadband.adoption']).toEqual({ value: 62.5 });
    expect(answers['broadband.mobile-subscriptions']).toEqual({
      value: 131.2,
      source: 'VNPT, Viettel, MobiFone',
    });
    expect(answers['broadband.business-connectivity']).toEqual({ value: 'na' });
    expect(answers['broadband.deployment-policies']).toEqual({
      value: ['dig-once', 'fast-permits', 'new-developments'],
    });
    expect(answers['knowledge-workforce.workforce-organisations']).toEqual({ value: [] });
    expect(answers['knowledge-workforce.higher-education-access']).toEqual({ value: true });
    expect(answers['digital-equality.minority-languages']).toEqual({
      value: 2,
      notes: 'Khmer and Chăm radio;\nleaflets',
      evidence: [
        { url: 'https://example.gov.vn/a', label: 'Radio schedule' },
        { url: 'https://example.gov.vn/b', label: '' },
      ],
    });
  });

  it('reads a Vietnamese workbook’s words and decimal comma, and English typed into it', async () => {
    const filled = await fillWorkbook(await buildWorkbook('vi'), {
      'broadband.provider-choice': { answer: '1 · Bước đầu', 'data quality': 'Nhận định' },
      'broadband.adoption': { answer: '45,5' },
      'knowledge-workforce.higher-education-access': { answer: 'Có' },
      'digital-equality.minority-languages': { answer: 'Không áp dụng' },
      'knowledge-workforce.workforce-organisations': { answer: 'không có' },
      'broadband.business-connectivity': { answer: 'N/A' },
    });
    const { answers, rowIssues } = await readBack(filled);
    expect(rowIssues).toEqual([]);
    expect(answers['broadband.provider-choice']).toMatchObject({ value: 1, dataQuality: 'opinion' });
    expect(answers['broadband.adoption']).toEqual({ value: 45.5 });
    expect(answers['knowledge-workforce.higher-education-access']).toEqual({ value: true });
    expect(answers['digital-equality.minority-languages']).toEqual({ value: 'na' });
    expect(answers['knowledge-workforce.workforce-organisations']).toEqual({ value: [] });
    expect(answers['broadband.business-connectivity']).toEqual({ value: 'na' });
  });

  it('reads a cleared row as a question left blank: listed, with no answer', async () => {
    const filled = await fillWorkbook(await buildWorkbook(), {
      'broadband.availability': { answer: null },
    });
    const returned = await readBack(filled);
    expect(returned.questionIds).toContain('broadband.availability');
    expect(returned.answers['broadband.availability']).toBeUndefined();
  });

  it('names the row and the column of each cell it cannot read, and reads the other rows', async () => {
    const filled = await fillWorkbook(await buildWorkbook(), {
      'broadband.provider-choice': { answer: 7 },
      'broadband.availability': { answer: 140 },
      'broadband.adoption': { answer: 50, 'data year': 1900, 'data quality': 'a guess' },
      'broadband.vision-plan': { answer: 2, evidence: 'see the plan' },
      'broadband.mobile-coverage': { answer: { formula: '1/0', result: { error: '#DIV/0!' } } },
      'broadband.accountable-official': { answer: 'N/A' },
      'broadband.deployment-policies': { answer: 'dig-once, tunnels' },
      'knowledge-workforce.higher-education-access': { answer: 'perhaps' },
      'digital-equality.minority-languages': { answer: 3 },
    });
    const returned = await readBack(filled);
    const rowOf = async (id: string) => {
      const { sheet } = await openSheet(filled, 'answers');
      return sheet.getRows(1, 40)?.find((row) => row.getCell(1).value === id)?.number;
    };
    const issues = returned.rowIssues.map(formatFileIssue);
    expect(issues).toContain(
      `row ${await rowOf('broadband.provider-choice')}, answer: expected a level, a whole number from 0 to 4, got 7`,
    );
    expect(returned.rowIssues[0]).toMatchObject({
      reason: 'expected-level',
      values: { max: 4 },
      at: ['answers', 3, 'answer'],
    });
    expect(issues).toContain(
      `row ${await rowOf('broadband.availability')}, answer: expected a percentage from 0 to 100, got 140`,
    );
    const adoption = await rowOf('broadband.adoption');
    expect(issues).toContain(`row ${adoption}, data year: expected a year from 1990 to 2100, got 1900`);
    expect(issues).toContain(
      `row ${adoption}, data quality: expected one of measured, estimated, opinion, got "a guess"`,
    );
    expect(returned.rowIssues.map((issue) => issue.reason)).toEqual(
      expect.arrayContaining(['bad-link', 'cell-error', 'not-na', 'unknown-option', 'expected-boolean']),
    );
    // Rows with a problem do not land; the others do.
    expect(returned.questionIds).not.toContain('broadband.provider-choice');
    expect(returned.questionIds).not.toContain('broadband.vision-plan');
    expect(returned.answers['digital-equality.minority-languages']).toEqual({ value: 3 });
  });

  it('reports a row of a question that is not in the criteria, and a question given twice', async () => {
    const filled = await fillWorkbook(await buildWorkbook(), {}, (workbook) => {
      const sheet = workbook.getWorksheet('answers');
      sheet?.addRow(['broadband.unknown', '', '', '', 2]);
      sheet?.addRow(['broadband.adoption', '', '', '', 40]);
      sheet?.addRow(['broadband.nothing-filled']);
    });
    const returned = await readBack(filled);
    expect(returned.rowIssues.map((issue) => issue.reason)).toEqual(['not-a-question', 'row-twice']);
    expect(returned.answers['broadband.adoption']).toBeUndefined();
  });

  it('finds the columns by their ids, wherever they are moved', async () => {
    const filled = await fillWorkbook(
      await buildWorkbook(),
      { 'broadband.vision-plan': { answer: 2 } },
      (workbook) => {
        workbook.getWorksheet('answers')?.spliceColumns(2, 2);
      },
    );
    expect((await readBack(filled)).answers['broadband.vision-plan']).toEqual({ value: 2 });
  });
});

describe('a file that is not a readable respondent’s workbook', () => {
  const refusal = async (bytes: Uint8Array) => {
    const result = await readRespondentFile({ bytes: bytes.slice() }, framework);
    if (result.ok) throw new Error('expected a refusal');
    return result.errors;
  };

  it('refuses a workbook without the about sheet: not made by the app', async () => {
    const excel = await loadExcelJs();
    const workbook = new excel.Workbook();
    workbook.addWorksheet('answers').addRow(['id', 'answer']);
    const errors = await refusal(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(errors.map(formatFileIssue)).toEqual([
      'this is not a respondent\'s workbook made by this app: it has no sheet "about"',
    ]);
  });

  it('refuses a workbook whose answers sheet lost a column to fill in, naming it', async () => {
    const filled = await fillWorkbook(await buildWorkbook(), {}, (workbook) => {
      workbook.getWorksheet('answers')?.spliceColumns(8, 1);
    });
    const errors = await refusal(filled);
    expect(errors).toEqual([
      expect.objectContaining({ reason: 'missing-column', values: { column: 'data year' } }),
    ]);
  });

  it('refuses a workbook of another framework and one of a newer workbook version', async () => {
    const change = async (key: string, value: string) =>
      fillWorkbook(await buildWorkbook(), {}, (workbook) => {
        workbook.getWorksheet('about')?.eachRow((row) => {
          if (row.getCell(1).value === key) row.getCell(2).value = value;
        });
      });
    expect((await refusal(await change('framework', 'another'))).map((e) => e.code)).toEqual([
      'other-framework',
    ]);
    expect((await refusal(await change('format version', '9'))).map((e) => e.code)).toEqual([
      'newer-version',
    ]);
    expect((await refusal(await change('respondent id', 'not an id!'))).map((e) => e.reason)).toEqual([
      'bad-id',
    ]);
  });

  it('refuses a damaged zip, and one that would unpack to more than 50 MB, without unpacking it', async () => {
    const bytes = await buildWorkbook();
    expect((await refusal(bytes.slice(0, 2000))).map((e) => e.code)).toEqual(['not-a-workbook']);
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refusal(bomb)).toEqual([
      expect.objectContaining({ code: 'not-a-workbook', reason: 'too-big' }),
    ]);
  });

  it('refuses a JSON file that is not a respondent’s pack', async () => {
    const errors = await refusal(new TextEncoder().encode('{"format":"icf-self-assessment"}'));
    expect(errors.map((e) => e.code)).toEqual(['wrong-format']);
  });
});
