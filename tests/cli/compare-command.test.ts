import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

import type { WriteComparison } from '../../src/cli/compare-command';
import { readCriteriaDirectory } from '../../src/cli/read-criteria-directory';
import { runCli, runCliAsync, type WriteReport } from '../../src/cli/run-cli';
import { writeComparison } from '../../src/cli/write-report-files';
import type { Assessment } from '../../src/domain/assessment/assessment-schema';
import { MAX_COMPARED } from '../../src/domain/compare/build-comparison';
import type { Framework } from '../../src/domain/criteria/criterion-schema';
import { numberFormat } from '../../src/domain/intl-formats';
import type { Language } from '../../src/domain/language';
import { scoreAssessment } from '../../src/domain/scoring/score-assessment';
import { readImport } from '../../src/files/read-import';
import { readDocx } from '../docx/read-docx';

const criteriaDirectory = join(import.meta.dirname, '../../criteria');
const fixture = (name: string) => join(import.meta.dirname, '../fixtures/assessments', name);
const noReport: WriteReport = () => Promise.reject(new Error('not expected to write a report'));
const noComparison: WriteComparison = () => Promise.reject(new Error('not expected to write'));

let framework: Framework;
beforeAll(() => {
  const read = readCriteriaDirectory(criteriaDirectory);
  if (!read.ok) throw new Error('criteria invalid');
  framework = read.value;
});

const compare = (args: string[], write: WriteComparison = writeComparison) =>
  runCliAsync(['compare', ...args], { criteriaDirectory, writeReport: noReport, writeComparison: write });

const folder = () => mkdtempSync(join(tmpdir(), 'icf-cli-compare-'));

type SingleFile = { format: string; formatVersion: number; framework: unknown; assessment: Assessment };
const single = (name: string) => JSON.parse(readFileSync(fixture(name), 'utf8')) as SingleFile;

/** The app's "Export all" file of the fixtures named, each assessment changed as asked. */
function writeCollection(
  directory: string,
  names: string[],
  change: (a: Assessment, i: number) => Assessment,
) {
  const { assessment: _, ...envelope } = single(names[0] ?? '');
  const path = join(directory, 'all.json');
  writeFileSync(
    path,
    JSON.stringify({ ...envelope, assessments: names.map((n, i) => change(single(n).assessment, i)) }),
  );
  return path;
}

/** A single-assessment file: a fixture under another id and name. */
function writeRenamed(directory: string, name: string, id: string, community: string) {
  const file = single(name);
  const path = join(directory, `${id}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      ...file,
      assessment: { ...file.assessment, id, profile: { ...file.assessment.profile, name: community } },
    }),
  );
  return path;
}

/** What a reader should find: each assessment's title and its scores, worked out by the scoring engine. */
function expectedOf(paths: string[], language: Language) {
  const oneDecimal = numberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const shown = (score: number | null) => (score === null ? '—' : oneDecimal.format(score));
  const assessments = paths.flatMap((path) => {
    const read = readImport({ text: readFileSync(path, 'utf8') }, framework);
    if (!read.ok) throw new Error(`${path} invalid`);
    return read.value.map((item) => item.assessment);
  });
  // Compared under one set of weights, the criteria's own: a file's saved weights are not used.
  const scores = assessments.map((a) =>
    scoreAssessment(framework, { answers: a.answers, responses: a.responses }),
  );
  return {
    titles: assessments.map((a) =>
      a.profile.year === undefined ? a.profile.name : `${a.profile.name} ${a.profile.year}`,
    ),
    rows: framework.criteria.map((criterion, c) => ({
      name: criterion.name[language],
      scores: scores.map((s) => shown(s.criteria[c]?.score ?? null)),
    })),
    overall: scores.map((s) => shown(s.overall)),
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pdftotext = (path: string, ...options: string[]) =>
  execFileSync('pdftotext', [...options, path, '-'], { encoding: 'utf8' });
const squeeze = (text: string) => text.replace(/\s+/g, ' ');

describe('cli compare', () => {
  // Three assessments from two files: a single file and an "Export all" file of two.
  const inputs = () => {
    const directory = folder();
    const all = writeCollection(directory, ['partial.json', 'method-example.json'], (a) => a);
    return { directory, paths: [fixture('complete.json'), all] };
  };

  it.each(['en', 'vi'] as const)(
    'writes the comparison PDF in %s: every name, every criterion, every score',
    async (language) => {
      const { directory, paths } = inputs();
      const out = join(directory, 'comparison.pdf');
      const result = await compare([...paths, '--lang', language, '--out', out, '--date', '2026-11-22']);
      expect(result.exitCode).toBe(0);
      expect(result.stderr).toMatch(
        language === 'en'
          ? /wrote .*comparison\.pdf \(\d+ bytes\)\n$/
          : /đã ghi .*comparison\.pdf \(\d+ byte\)\n$/,
      );
      const expected = expectedOf(paths, language);
      const text = squeeze(pdftotext(out));
      for (const title of expected.titles) expect(text).toContain(title);
      // In the table, a row holds its criterion (its first word: a long name wraps) and then its scores in column order.
      const lines = pdftotext(out, '-layout').split('\n');
      for (const row of [
        ...expected.rows,
        { name: language === 'en' ? 'Overall' : 'Điểm tổng', scores: expected.overall },
      ]) {
        expect(text).toContain(row.name);
        const pattern = new RegExp(
          `^\\s*${escape(row.name.split(' ')[0] ?? '')}.*?\\s${row.scores.map(escape).join('\\s.*?')}(\\s|$)`,
        );
        expect(
          lines.some((line) => pattern.test(line)),
          `${row.name}: ${row.scores.join(' ')}`,
        ).toBe(true);
      }
      expect(text).toContain(language === 'en' ? 'Comparison of 3 assessments' : 'So sánh 3 bản đánh giá');
      expect(text).toContain(language === 'en' ? 'November 22, 2026' : '22 tháng 11, 2026');
    },
  );

  it.each(['en', 'vi'] as const)(
    'writes the comparison as Word in %s: every name, every criterion, every score',
    async (language) => {
      const { directory, paths } = inputs();
      const out = join(directory, 'comparison.docx');
      const result = await compare([...paths, '--lang', language, '--format', 'docx', '--out', out]);
      expect(result.exitCode).toBe(0);
      const docx = readDocx(new Uint8Array(readFileSync(out)));
      const lines = docx.text.split('\n');
      const expected = expectedOf(paths, language);
      // The table's head: the criterion column, then one column an assessment, in the order given.
      const head = lines.indexOf(language === 'en' ? 'Criterion' : 'Tiêu chí');
      expect(lines.slice(head + 1, head + 4)).toEqual(expected.titles);
      for (const row of expected.rows) {
        const at = lines.indexOf(row.name);
        expect(at, row.name).toBeGreaterThan(head);
        const cells = lines.slice(at + 1, at + 1 + row.scores.length);
        cells.forEach((cell, i) =>
          expect(cell.startsWith(row.scores[i] ?? '?'), `${row.name}: ${cell}`).toBe(true),
        );
      }
      // The native radar holds every assessment, by name.
      for (const title of expected.titles) expect(docx.charts.join('')).toContain(title);
    },
  );

  it('refuses fewer than two assessments, in the language asked for, writing nothing', async () => {
    const out = join(folder(), 'never.pdf');
    const en = await compare([fixture('complete.json'), '--out', out], noComparison);
    expect(en).toEqual({
      stdout: '',
      stderr: 'error: a comparison needs at least 2 assessments; the files given hold 1\n',
      exitCode: 1,
    });
    const vi = await compare([fixture('complete.json'), '--lang', 'vi', '--out', out], noComparison);
    expect(vi.stderr).toBe('lỗi: cần ít nhất 2 bản đánh giá để so sánh; các tệp đã cho chỉ có 1 bản\n');
    // An "Export all" file of one counts as one.
    const one = writeCollection(folder(), ['complete.json'], (a) => a);
    expect((await compare([one, '--out', out], noComparison)).stderr).toMatch(/hold 1\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it(`refuses more than the compare screen's ${MAX_COMPARED}, counting every assessment of every file`, async () => {
    const directory = folder();
    const names = Array.from({ length: MAX_COMPARED }, () => 'complete.json');
    const all = writeCollection(directory, names, (a, i) => ({
      ...a,
      id: `c${i}`,
      profile: { ...a.profile, name: `C ${i}` },
    }));
    const out = join(directory, 'never.pdf');
    const result = await compare([all, fixture('partial.json'), '--out', out], noComparison);
    expect(result).toMatchObject({ stdout: '', exitCode: 1 });
    expect(result.stderr).toBe(
      `error: a comparison holds at most ${MAX_COMPARED} assessments, as on the compare screen; the files given hold ${MAX_COMPARED + 1}\n`,
    );
    expect(existsSync(out)).toBe(false);
    // More files than that are refused before any is read: the missing ones are not even named.
    const files = Array.from({ length: MAX_COMPARED + 1 }, (_, i) => join(directory, `missing-${i}.json`));
    expect(await compare([...files, '--lang', 'vi', '--out', out], noComparison)).toEqual({
      stdout: '',
      stderr: `lỗi: chỉ so sánh được tối đa ${MAX_COMPARED} bản đánh giá một lúc, như trên màn hình So sánh; đã cho ${MAX_COMPARED + 1} tệp, mỗi tệp có ít nhất một bản\n`,
      exitCode: 1,
    });
  });

  it('refuses an unreadable file, naming every file that cannot be read, in the language asked for', async () => {
    const directory = folder();
    const out = join(directory, 'never.docx');
    const missing = join(directory, 'missing.json');
    mkdirSync(join(directory, 'a-folder'));
    const args = [
      fixture('complete.json'),
      missing,
      join(directory, 'a-folder'),
      fixture('not-json.json'),
      '--format',
      'docx',
      '--out',
      out,
    ];
    const vi = await compare([...args, '--lang', 'vi'], noComparison);
    expect(vi).toMatchObject({ stdout: '', exitCode: 1 });
    expect(vi.stderr.split('\n')).toEqual([
      `lỗi: ${missing}: không đọc được tệp (không có tệp này)`,
      `lỗi: ${join(directory, 'a-folder')}: không đọc được tệp (đây là một thư mục)`,
      expect.stringMatching(
        /^lỗi: .*not-json\.json: Đây không phải tệp JSON \(Chi tiết kỹ thuật: not a JSON file \(/,
      ) as string,
      '',
    ]);
    const en = await compare(args, noComparison);
    expect(en.stderr).toContain(`error: ${missing}: cannot read the file (no such file)\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an invalid assessment with the import screen’s words for where and what', async () => {
    const vi = await compare(
      [
        fixture('complete.json'),
        fixture('bad-values.json'),
        '--lang',
        'vi',
        '--out',
        join(folder(), 'x.pdf'),
      ],
      noComparison,
    );
    expect(vi.exitCode).toBe(1);
    expect(vi.stderr).toMatch(
      /^lỗi: .*bad-values\.json: Kết nối băng thông rộng › Câu hỏi 2 “.*”: cần là tỷ lệ phần trăm từ 0 đến 100$/m,
    );
  });

  it('refuses to write over any of its inputs, however the path is spelled', async () => {
    const directory = folder();
    const input = join(directory, 'input.json');
    writeFileSync(input, readFileSync(fixture('partial.json')));
    const before = readFileSync(input, 'utf8');
    for (const out of [input, join(directory, '.', 'input.json')]) {
      const result = await compare([fixture('complete.json'), input, '--out', out], noComparison);
      expect(result).toEqual({
        stdout: '',
        stderr: `error: --out ${out} is one of the input files; the comparison would overwrite it\n`,
        exitCode: 1,
      });
    }
    const vi = await compare([input, fixture('complete.json'), '--lang', 'vi', '--out', input], noComparison);
    expect(vi.stderr).toBe(
      `lỗi: --out ${input} là một trong các tệp đầu vào; báo cáo so sánh sẽ ghi đè lên tệp này\n`,
    );
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it.each([
    [['--format', 'odt'], 'en', 'error: --format must be pdf or docx, not "odt"'],
    [['--format', 'md'], 'vi', 'lỗi: --format phải là pdf hoặc docx, không phải "md"'],
    [['--paper', 'a3'], 'en', 'error: --paper must be a4 or letter, not "a3"'],
    [
      ['--date', '2025-02-29'],
      'vi',
      'lỗi: --date phải là một ngày có thật, viết dạng 2026-11-22, không phải "2025-02-29"',
    ],
    [['--layout', 'fancy'], 'en', 'error: --layout must be default or decree-30, not "fancy"'],
  ])('refuses %j (%s) before reading anything', async (extra, language, message) => {
    const out = join(folder(), 'never.pdf');
    const result = await compare(
      [fixture('complete.json'), fixture('partial.json'), '--lang', language, '--out', out, ...extra],
      noComparison,
    );
    expect(result).toEqual({ stdout: '', stderr: `${message}\n`, exitCode: 1 });
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [[fixture('complete.json'), fixture('partial.json')], 'error: compare needs --out <file>'],
    [['--out', 'x.pdf'], 'error: compare needs the files of at least 2 assessments'],
    [
      [fixture('complete.json'), fixture('partial.json'), '--out', '-'],
      'error: --out - is not supported: the comparison is a file; name the file',
    ],
    [['-', '-', '--out', 'x.pdf'], 'error: - (stdin) can be read only once'],
    [
      [fixture('complete.json'), fixture('partial.json'), '--lang', 'fr', '--out', 'x.pdf'],
      'error: --lang must be en or vi, not "fr"',
    ],
  ])('refuses %j with a clear message', async (args, message) => {
    expect(await compare(args, noComparison)).toEqual({ stdout: '', stderr: `${message}\n`, exitCode: 1 });
  });

  it('compares a file with itself, or two files of one assessment, as two columns', async () => {
    let ids: string[] = [];
    const result = await compare(
      [fixture('complete.json'), fixture('complete.json'), '--out', 'x.pdf'],
      ({ comparison }) => {
        ids = comparison.columns.map((c) => c.id);
        return Promise.resolve(1);
      },
    );
    expect(result.exitCode).toBe(0);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });

  it('replaces what the PDF font cannot draw by a visible [?], and lists it on stderr', async () => {
    const directory = folder();
    const taipei = writeRenamed(directory, 'complete.json', 'taipei', 'Đài Bắc 台北');
    const out = join(directory, 'comparison.pdf');
    const result = await compare([fixture('partial.json'), taipei, '--out', out]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain(
      "warning: the PDF's font cannot draw 2 character(s), shown as [?] in the comparison: 台 北\n",
    );
    const text = squeeze(pdftotext(out));
    // A run of characters the font lacks is one marker.
    expect(text).toContain('Đài Bắc [?] 2024');
    expect(text).not.toContain('台');
    // Word draws every script with the reader's fonts: nothing is replaced, nothing to warn of.
    const docx = join(directory, 'comparison.docx');
    const word = await compare([
      fixture('partial.json'),
      taipei,
      '--lang',
      'vi',
      '--format',
      'docx',
      '--out',
      docx,
    ]);
    expect(word.stderr).not.toMatch(/\[\?\]/);
    expect(readDocx(new Uint8Array(readFileSync(docx))).text).toContain('Đài Bắc 台北 2024');
  });

  it('is listed in --help', () => {
    const help = runCli(['--help'], { criteriaDirectory }).stdout;
    expect(help).toMatch(/cli compare <file\.json>… --out <file> \[--format pdf\|docx\] \[--lang en\|vi\]/);
  });

  it('loads the PDF or the Word code only for the format asked for, and neither when it refuses', async () => {
    const directory = folder();
    const run = promisify(execFile);
    /** The modules `compare` resolved, run as `npm run cli` runs it. */
    const loadedBy = async (name: string, args: string[]) => {
      const log = join(directory, `${name}.log`);
      writeFileSync(log, '');
      const hook = join(import.meta.dirname, 'log-resolved-modules.mjs');
      await run('node', ['--import', 'tsx', '--import', hook, 'src/cli/main.ts', 'compare', ...args], {
        cwd: join(import.meta.dirname, '../..'),
        env: { ...process.env, LOADED_LOG: log },
      }).catch((error: unknown) => error);
      const modules = readFileSync(log, 'utf8');
      return {
        hasPdf: /node_modules\/jspdf\/|src\/pdf\/render-comparison-pdf/.test(modules),
        hasWord: /node_modules\/docx\/|src\/docx\/render-comparison-docx/.test(modules),
        hasCli: modules.includes('src/cli/compare-command.ts'),
      };
    };
    const two = [fixture('complete.json'), fixture('partial.json')];
    expect(await loadedBy('refused', [fixture('complete.json'), '--out', join(directory, 'x.pdf')])).toEqual({
      hasPdf: false,
      hasWord: false,
      hasCli: true,
    });
    expect(await loadedBy('docx', [...two, '--format', 'docx', '--out', join(directory, 'c.docx')])).toEqual({
      hasPdf: false,
      hasWord: true,
      hasCli: true,
    });
    expect(await loadedBy('pdf', [...two, '--out', join(directory, 'c.pdf')])).toEqual({
      hasPdf: true,
      hasWord: false,
      hasCli: true,
    });
  });

  it('writes the Vietnamese comparison from the real command line, a file piped on stdin among them', async () => {
    const out = join(folder(), 'so-sanh.pdf');
    const run = promisify(execFile);
    const child = run(
      'npm',
      [
        'run',
        '--silent',
        'cli',
        '--',
        'compare',
        fixture('complete.json'),
        '-',
        '--lang',
        'vi',
        '--out',
        out,
      ],
      {
        cwd: join(import.meta.dirname, '../..'),
      },
    );
    child.child.stdin?.end(readFileSync(fixture('method-example.json')));
    const { stdout, stderr } = await child;
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^đã ghi .*so-sanh\.pdf \(\d+ byte\)\n$/);
    const text = squeeze(pdftotext(out));
    expect(text).toContain('So sánh 2 bản đánh giá');
    expect(text).toContain('Thành phố Ví Dụ 2024');
    expect(text).toContain('Nguồn nhân lực tri thức');
  });
});
