import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

import { parseAssessmentFileText } from '../../src/domain/assessment/assessment-file';
import { scoreAssessment } from '../../src/domain/scoring/score-assessment';
import { readCriteriaDirectory } from '../../src/cli/read-criteria-directory';
import { runCli, runCliAsync, type WriteReport } from '../../src/cli/run-cli';

const criteriaDirectory = join(import.meta.dirname, '../../criteria');
const fixture = (name: string) => join(import.meta.dirname, '../fixtures/assessments', name);
const cli = (...args: string[]) => runCli(args, { criteriaDirectory });

type ScoreOutput = {
  overall: number | null;
  band: string | null;
  criteria: {
    id: string;
    score: number | null;
    coverage: number;
    answered: number;
    na: number;
    questions: number;
  }[];
  opportunities: { questionId: string; gain: number }[];
};

describe('cli score', () => {
  it('prints the scores of a file as JSON, at full precision', () => {
    const result = cli('score', fixture('partial.json'));
    expect(result.exitCode).toBe(0);
    const output = JSON.parse(result.stdout) as ScoreOutput;
    // broadband: level 3 → 0.75, 75 % on 50–100 → 0.5, 55 Mbps on 10–200 → 45/190; W = 2
    const broadband = (100 * (0.75 + 0.5 + 45 / 190)) / 3;
    expect(output.criteria[0]).toEqual({
      id: 'broadband',
      score: expect.closeTo(broadband, 10) as number,
      coverage: 3 / 9,
      answered: 3,
      na: 0,
      questions: 9,
    });
    expect(output.criteria[1]).toMatchObject({ id: 'knowledge-workforce', score: 50, answered: 1, na: 1 });
    expect(output.criteria[2]).toMatchObject({ id: 'innovation', score: null, coverage: 0 });
    expect(output.overall).toBeCloseTo((2 * broadband + 50) / 3, 10);
    expect(output.band).toBe('developing');
    expect(output.opportunities.length).toBeGreaterThan(10);
    expect(Object.keys(output.opportunities[0] ?? {})).toEqual(['questionId', 'gain']);
  });

  it('reports answers to unknown questions as warnings on stderr, and still scores', () => {
    const result = cli('score', fixture('partial.json'));
    expect(result.stderr).toContain('warning: ');
    expect(result.stderr).toContain(
      '"innovation.retired-question" is not a question of icf-six-criteria 1.0.0',
    );
  });

  it('scores exactly as the scoring engine does', () => {
    const framework = readCriteriaDirectory(criteriaDirectory);
    if (!framework.ok) throw new Error('criteria invalid');
    const parsed = parseAssessmentFileText(readFileSync(fixture('complete.json'), 'utf8'), framework.value);
    if (!parsed.ok) throw new Error('fixture invalid');
    const expected = scoreAssessment(framework.value, parsed.value.file.assessment);
    const output = JSON.parse(cli('score', fixture('complete.json')).stdout) as ScoreOutput;
    expect(output.overall).toBe(expected.overall);
    expect(output.criteria.map((c) => c.score)).toEqual(expected.criteria.map((c) => c.score));
    expect(output.criteria.every((c) => c.coverage === 1)).toBe(true);
  });

  it.each([
    ['not-json.json', /^error: .*not-json\.json: not a JSON file \(/],
    ['other-format.json', /format: this is not an ICF self-assessment file/],
    [
      'newer-version.json',
      /formatVersion: this file was made by a newer version of the app \(format version 2; this app reads up to 1\)/,
    ],
    [
      'bad-values.json',
      /assessment\.answers\["broadband\.availability"\]\.value: expected a percentage from 0 to 100, got 140/,
    ],
    ['missing.json', /missing\.json: cannot read the file \(no such file\)/],
  ])('refuses %s: a message on stderr, nothing on stdout, exit 1', (name, message) => {
    const result = cli('score', fixture(name));
    expect(result).toMatchObject({ stdout: '', exitCode: 1 });
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('lists every bad value in a file at once', () => {
    const lines = cli('score', fixture('bad-values.json')).stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
  });

  it('refuses a file over 5 MB', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'icf-')), 'big.json');
    writeFileSync(path, ' '.repeat(5 * 1024 * 1024 + 1));
    expect(cli('score', path).stderr).toMatch(/larger than 5 MB/);
  });

  it('refuses a broken criteria bank, naming the file and path', () => {
    const directory = mkdtempSync(join(tmpdir(), 'icf-criteria-'));
    cpSync(criteriaDirectory, directory, { recursive: true });
    const innovation = JSON.parse(readFileSync(join(directory, 'innovation.json'), 'utf8')) as {
      questions: { levels?: unknown[] }[];
    };
    innovation.questions[3]!.levels = innovation.questions[0]!.levels!.slice(0, 4);
    writeFileSync(join(directory, 'innovation.json'), JSON.stringify(innovation));
    const result = runCli(['score', fixture('partial.json')], { criteriaDirectory: directory });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('innovation.json: questions[3]');
  });

  it.each([
    [[]],
    [['rank', 'x.json']],
    [['score']],
    [['score', 'a.json', 'b.json']],
    [['score', '--colour', 'x.json']],
  ])('explains its usage when called as %j', (args) => {
    const result = cli(...args);
    expect(result).toMatchObject({ stdout: '', exitCode: 1 });
    expect(result.stderr).toMatch(/^error: .*\n[\s\S]*Usage:/);
  });
});

describe('cli validate', () => {
  it('accepts a valid file silently, with warnings on stderr', () => {
    expect(cli('validate', fixture('complete.json'))).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    const partial = cli('validate', fixture('partial.json'));
    expect(partial).toMatchObject({ stdout: '', exitCode: 0 });
    expect(partial.stderr).toMatch(/^warning: /);
  });

  it('refuses an invalid file with its errors on stderr', () => {
    const result = cli('validate', fixture('bad-values.json'));
    expect(result).toMatchObject({ stdout: '', exitCode: 1 });
    expect(result.stderr).toContain('assessment.profile.name: must not be empty');
  });
});

describe('npm run cli', () => {
  const run = promisify(execFile);
  const npmCli = (...args: string[]) =>
    run('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: join(import.meta.dirname, '../..') });

  it('prints the scores to stdout from the real command line', async () => {
    const { stdout } = await npmCli('score', fixture('partial.json'));
    expect((JSON.parse(stdout) as ScoreOutput).band).toBe('developing');
  });

  it('exits 1 with only a message when the file is bad', async () => {
    const error = await npmCli('score', fixture('not-json.json')).then(
      () => null,
      (e: unknown) => e as { code: number; stdout: string; stderr: string },
    );
    expect(error?.code).toBe(1);
    expect(error?.stdout).toBe('');
    expect(error?.stderr).toMatch(/not a JSON file/);
    expect(error?.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the worked example of docs/METHOD.md', () => {
  it('scores as the document says', () => {
    const output = JSON.parse(cli('score', fixture('method-example.json')).stdout) as ScoreOutput;
    expect(output.overall).toBeCloseTo(58.62, 2);
    expect(output.band).toBe('developing');
    expect(output.criteria[0]?.score).toBeCloseTo(47.24, 2);
    expect(output.criteria[0]?.coverage).toBeCloseTo(4 / 9, 12);
    expect(output.criteria[1]?.score).toBe(70);
    expect(output.opportunities[0]).toMatchObject({ questionId: 'knowledge-workforce.tertiary-attainment' });
    expect(output.opportunities[0]?.gain).toBeCloseTo(15, 2);
  });
});

describe('cli report', () => {
  const noReport: WriteReport = () => Promise.reject(new Error('not expected to write'));

  it.each([
    [['report', 'x.json'], /report needs --out/],
    [['report', 'x.json', '--out', 'r.pdf', '--lang', 'fr'], /--lang must be en or vi, not "fr"/],
    [['report', 'x.json', '--out', 'r.pdf', '--paper', 'a3'], /--paper must be a4 or letter, not "a3"/],
    [['report', 'x.json', '--out', 'r.pdf', '--date', 'yesterday'], /--date must be a date like 2026-11-22/],
  ])('refuses %j with a clear message', async (args, message) => {
    const result = await runCliAsync(args, { criteriaDirectory, writeReport: noReport });
    expect(result).toMatchObject({ stdout: '', exitCode: 1 });
    expect(result.stderr).toMatch(message);
  });

  it('refuses a bad file before writing anything', async () => {
    const result = await runCliAsync(['report', fixture('bad-values.json'), '--out', '/tmp/never.pdf'], {
      criteriaDirectory,
      writeReport: noReport,
    });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('expected a percentage from 0 to 100, got 140');
  });

  it('writes the Vietnamese report from the real command line', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'icf-cli-report-')), 'report.pdf');
    const run = promisify(execFile);
    const { stdout, stderr } = await run(
      'npm',
      [
        'run',
        '--silent',
        'cli',
        '--',
        'report',
        fixture('method-example.json'),
        '--lang',
        'vi',
        '--out',
        out,
        '--date',
        '2026-11-22',
      ],
      { cwd: join(import.meta.dirname, '../..') },
    );
    expect(stdout).toBe('');
    expect(stderr).toMatch(/wrote .*report\.pdf \(\d+ bytes\)/);
    const text = (await run('pdftotext', ['-layout', out, '-'])).stdout;
    expect(text).toContain('Nguồn nhân lực tri thức');
    expect(text).toContain('22 tháng 11, 2026');
  });
});
