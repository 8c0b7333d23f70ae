import { execFile, execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';

import { parseAssessmentFileText } from '../../src/domain/assessment/assessment-file';
import { findImprovementOpportunities } from '../../src/domain/scoring/find-improvement-opportunities';
import { listStillToAnswer } from '../../src/domain/scoring/list-still-to-answer';
import { scoreAssessment } from '../../src/domain/scoring/score-assessment';
import { readCriteriaDirectory } from '../../src/cli/read-criteria-directory';
import { runCli, runCliAsync, type ReadStdin, type WriteReport } from '../../src/cli/run-cli';

const criteriaDirectory = join(import.meta.dirname, '../../criteria');
const fixture = (name: string) => join(import.meta.dirname, '../fixtures/assessments', name);
const cli = (...args: string[]) => runCli(args, { criteriaDirectory });

type Range = { low: number; high: number } | null;

type ScoreOutput = {
  overall: number | null;
  range: Range;
  provisional: boolean;
  band: string | null;
  coverage: number;
  answersToBand: number;
  criteria: {
    id: string;
    score: number | null;
    range: Range;
    provisional: boolean;
    coverage: number;
    answered: number;
    na: number;
    questions: number;
  }[];
  unanswered: string[];
  toConfirm: string[];
  opportunities: { questionId: string; gain: number; nextLevel?: { level: number; gain: number } }[];
  respondents: number;
  contested: { questionId: string; spread: number }[];
};

describe('cli score', () => {
  it('lists the answers carried over from an earlier year and not confirmed, and scores them as given', () => {
    const file = JSON.parse(readFileSync(fixture('partial.json'), 'utf8')) as {
      assessment: { answers: Record<string, Record<string, unknown>> };
    };
    file.assessment.answers['broadband.provider-choice'] = {
      ...file.assessment.answers['broadband.provider-choice'],
      carriedOver: { fromYear: 2024 },
    };
    // A mark on a question with no value yet has nothing to confirm.
    file.assessment.answers['innovation.startup-support'] = { notes: 'to do', carriedOver: {} };
    const path = join(mkdtempSync(join(tmpdir(), 'icf-carried-')), 'carried.json');
    writeFileSync(path, JSON.stringify(file));
    // The fixture's one warning (an answer to a retired question), and none about the marks.
    const validated = cli('validate', path);
    expect(validated.exitCode).toBe(0);
    expect(validated.stderr.replaceAll(path, 'file')).toBe(
      cli('validate', fixture('partial.json')).stderr.replaceAll(fixture('partial.json'), 'file'),
    );
    const output = JSON.parse(cli('score', path).stdout) as ScoreOutput;
    expect(output.toConfirm).toEqual(['broadband.provider-choice']);
    const plain = JSON.parse(cli('score', fixture('partial.json')).stdout) as ScoreOutput;
    expect(plain.toConfirm).toEqual([]);
    expect(output.overall).toBe(plain.overall);
  });

  it('prints the scores of a file as JSON, at full precision', () => {
    const result = cli('score', fixture('partial.json'));
    expect(result.exitCode).toBe(0);
    const output = JSON.parse(result.stdout) as ScoreOutput;
    // broadband: level 3 → 0.75, 75 % on 50–100 → 0.5, 55 Mbps on 25–250 → 30/225; W = 2
    const broadband = (100 * (0.75 + 0.5 + 30 / 225)) / 3;
    expect(output.criteria[0]).toEqual({
      id: 'broadband',
      score: expect.closeTo(broadband, 10) as number,
      range: { low: expect.any(Number) as number, high: expect.any(Number) as number },
      provisional: true,
      coverage: 3 / 11,
      answered: 3,
      na: 0,
      questions: 11,
    });
    expect(output.criteria[1]).toMatchObject({ id: 'knowledge-workforce', score: 50, answered: 1, na: 1 });
    expect(output.criteria[2]).toMatchObject({
      id: 'innovation',
      score: null,
      coverage: 0,
      provisional: true,
    });
    expect(output.criteria[2]?.range).toEqual({ low: 0, high: 100 });
    expect(output.overall).toBeCloseTo((2 * broadband + 50) / 3, 10);
    // Few questions answered: provisional, so no band, and a range instead.
    expect(output).toMatchObject({ provisional: true, band: null });
    expect(output.range?.low).toBeLessThan(output.overall ?? NaN);
    expect(output.range?.high).toBeGreaterThan(output.overall ?? NaN);
  });

  it('gives the range, provisional state, unanswered questions and opportunities exactly as the engine does', () => {
    const framework = readCriteriaDirectory(criteriaDirectory);
    if (!framework.ok) throw new Error('criteria invalid');
    const parsed = parseAssessmentFileText(readFileSync(fixture('partial.json'), 'utf8'), framework.value);
    if (!parsed.ok) throw new Error('fixture invalid');
    const assessment = parsed.value.file.assessment;
    const expected = scoreAssessment(framework.value, assessment);
    const output = JSON.parse(cli('score', fixture('partial.json')).stdout) as ScoreOutput;
    expect(output).toMatchObject({
      range: expected.range,
      provisional: expected.isProvisional,
      coverage: expected.coverage,
      answersToBand: expected.answersToBand,
    });
    expect(output.criteria.map((c) => [c.range, c.provisional])).toEqual(
      expected.criteria.map((c) => [c.range, c.isProvisional]),
    );
    expect(output.unanswered).toEqual(
      listStillToAnswer(framework.value, assessment).map((q) => q.questionId),
    );
    const opportunities = findImprovementOpportunities(framework.value, assessment);
    expect(output.opportunities).toEqual(
      opportunities.map(({ questionId, gain, nextLevel }) => ({
        questionId,
        gain,
        ...(nextLevel ? { nextLevel } : {}),
      })),
    );
    // Only answered questions are opportunities; the unanswered ones are listed apart.
    expect(output.opportunities.length).toBeGreaterThan(0);
    for (const o of output.opportunities) expect(output.unanswered).not.toContain(o.questionId);
  });

  it('scores a team’s file with the effective answers, and prints its respondents and contested questions', () => {
    const framework = readCriteriaDirectory(criteriaDirectory);
    if (!framework.ok) throw new Error('criteria invalid');
    const team = join(import.meta.dirname, '../fixtures/file-format/v2-team-assessment.json');
    const result = cli('score', team);
    expect(result.exitCode).toBe(0);
    const output = JSON.parse(result.stdout) as ScoreOutput;
    expect(output.respondents).toBe(3);
    // provider-choice: levels 3, 1, 2 (s 0.75, 0.25, 0.5); availability: 82 and 70 % on 50–100
    // (s 0.64, 0.4); deployment policies: 2 and 1 of 7 ticked. The rest has one scored answer at most.
    expect(output.contested).toEqual([
      { questionId: 'broadband.provider-choice', spread: 0.5 },
      { questionId: 'broadband.availability', spread: expect.closeTo(0.24, 12) as number },
      { questionId: 'broadband.deployment-policies', spread: expect.closeTo(1 / 7, 12) as number },
    ]);
    // The answers the default rule gives, worked by hand; vision-plan was decided by the coordinator.
    const effective = scoreAssessment(framework.value, {
      answers: {
        'broadband.provider-choice': { value: 2 },
        'broadband.availability': { value: 76 },
        'broadband.vision-plan': { value: 3 },
        'broadband.deployment-policies': { value: ['dig-once'] },
        'broadband.business-connectivity': { value: 'na' },
        'innovation.startup-support': { value: 2 },
      },
    });
    expect(output.overall).toBe(effective.overall);
    expect(output.criteria.map((c) => c.score)).toEqual(effective.criteria.map((c) => c.score));
    expect(output.unanswered).not.toContain('broadband.provider-choice');
  });

  it('prints no respondents and nothing contested for a file without a team', () => {
    const output = JSON.parse(cli('score', fixture('complete.json')).stdout) as ScoreOutput;
    expect(output).toMatchObject({ respondents: 0, contested: [] });
  });

  it('reports answers to unknown questions as warnings on stderr, and still scores', () => {
    const result = cli('score', fixture('partial.json'));
    expect(result.stderr).toContain('warning: ');
    expect(result.stderr).toContain(
      '"innovation.retired-question" is not a question of icf-six-criteria 2.0.0',
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
    // Every question answered: not provisional, a band, and a range closed on the score.
    expect(output).toMatchObject({ provisional: false, band: expected.band?.id, unanswered: [] });
    expect(output.band).not.toBeNull();
    expect(output.range).toEqual({ low: expected.overall, high: expected.overall });
  });

  it.each([
    ['not-json.json', /^error: .*not-json\.json: not a JSON file \(/],
    ['other-format.json', /format: this is not an ICF self-assessment file/],
    [
      'newer-version.json',
      /formatVersion: this file was made by a newer version of the app \(format version 99; this app reads up to 2\)/,
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

describe('cli input', () => {
  const MB5 = 5 * 1024 * 1024;
  const fromStdin = (bytes: Uint8Array, ...args: string[]) => {
    const asked: number[] = [];
    const readStdin: ReadStdin = (limit) => {
      asked.push(limit);
      return { bytes };
    };
    return { result: runCli([...args, '-'], { criteriaDirectory, readStdin }), asked };
  };
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const partialText = () => readFileSync(fixture('partial.json'), 'utf8');
  const partialScores = () => cli('score', fixture('partial.json')).stdout;
  const temporary = (name: string) => join(mkdtempSync(join(tmpdir(), 'icf-input-')), name);

  it('reads `-` from the injected stdin, asking for at most 5 MB', () => {
    const { result, asked } = fromStdin(utf8(partialText()), 'score');
    expect(result.stdout).toBe(partialScores());
    expect(asked).toEqual([MB5]);
  });

  it('names stdin in its messages', () => {
    expect(fromStdin(utf8('{'), 'validate').result.stderr).toMatch(/^error: stdin: not a JSON file/);
  });

  it('refuses stdin holding more than 5 MB', () => {
    const { result } = fromStdin(new Uint8Array(MB5 + 1).fill(0x20), 'score');
    expect(result).toMatchObject({ stdout: '', exitCode: 1 });
    expect(result.stderr).toBe(
      'error: stdin: the file is larger than 5 MB (at most 5242880 bytes are read)\n',
    );
  });

  it('refuses a source the reader stopped reading', () => {
    const result = runCli(['score', '-'], { criteriaDirectory, readStdin: () => ({ tooLarge: true }) });
    expect(result.stderr).toMatch(/stdin: the file is larger than 5 MB/);
  });

  it('refuses `-` when no stdin is given to it', () => {
    expect(cli('score', '-').stderr).toMatch(/stdin: cannot read the file \(no standard input to read\)/);
  });

  it('reads a file of exactly 5 MB', () => {
    const path = temporary('exactly.json');
    const text = partialText();
    writeFileSync(path, text + ' '.repeat(MB5 - Buffer.byteLength(text)));
    expect(cli('score', path).stdout).toBe(partialScores());
  });

  it.skipIf(!existsSync('/dev/zero'))(
    'stops reading an endless device (/dev/zero, /dev/urandom) after 5 MB',
    () => {
      for (const device of ['/dev/zero', '/dev/urandom']) {
        expect(cli('score', device)).toEqual({
          stdout: '',
          stderr: `error: ${device}: the file is larger than 5 MB (at most 5242880 bytes are read)\n`,
          exitCode: 1,
        });
      }
    },
  );

  it.skipIf(process.platform === 'win32')('stops reading a FIFO whose writer never stops', async () => {
    const path = temporary('fifo');
    execFileSync('mkfifo', [path]);
    const writer = spawn('sh', ['-c', `yes > "${path}"`], { stdio: 'ignore' });
    const exited = new Promise((resolve) => writer.on('exit', resolve));
    expect(cli('score', path).stderr).toMatch(/fifo: the file is larger than 5 MB/);
    // The writer ends on its own (SIGPIPE) once the reader closes: nothing is left waiting.
    await expect(exited).resolves.not.toBe(undefined);
  });

  it.skipIf(process.platform === 'win32')('reads a finite FIFO to its end', async () => {
    const path = temporary('fifo');
    execFileSync('mkfifo', [path]);
    const writer = spawn('sh', ['-c', `cat "${fixture('partial.json')}" > "${path}"`], { stdio: 'ignore' });
    const exited = new Promise((resolve) => writer.on('exit', resolve));
    expect(cli('score', path).stdout).toBe(partialScores());
    await exited;
  });

  it('refuses a directory and a missing file with a clear message', () => {
    const directory = mkdtempSync(join(tmpdir(), 'icf-dir-'));
    expect(cli('score', directory).stderr).toBe(
      `error: ${directory}: cannot read the file (is a directory)\n`,
    );
    expect(cli('score', join(directory, 'none.json')).stderr).toMatch(
      /none\.json: cannot read the file \(no such file\)\n$/,
    );
  });

  it.each([
    ['UTF-8 with a byte-order mark', [0xef, 0xbb, 0xbf], (text: string) => utf8(text)],
    ['UTF-16 LE with a byte-order mark', [0xff, 0xfe], (text: string) => Buffer.from(text, 'utf16le')],
    [
      'UTF-16 BE with a byte-order mark',
      [0xfe, 0xff],
      (text: string) => Buffer.from(text, 'utf16le').swap16(),
    ],
  ])('reads %s, from a file and from stdin', (_, bom, encode) => {
    const bytes = new Uint8Array([...bom, ...encode(partialText())]);
    const path = temporary('encoded.json');
    writeFileSync(path, bytes);
    expect(cli('score', path).stdout).toBe(partialScores());
    expect(fromStdin(bytes, 'score').result.stdout).toBe(partialScores());
  });

  it('keeps Vietnamese text intact in every encoding', () => {
    const name = 'Thành phố Hồ Chí Minh';
    const text = partialText().replace(/"name": "[^"]*"/, `"name": ${JSON.stringify(name)}`);
    expect(text).toContain(name);
    const path = temporary('vi.json');
    writeFileSync(path, new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]));
    expect(cli('validate', path).stderr).not.toMatch(/^error/m);
    writeFileSync(
      path,
      new Uint8Array([0xff, 0xfe, ...Buffer.from(text.replace(name, 'x\u0007'), 'utf16le')]),
    );
    expect(cli('validate', path).exitCode).toBe(1);
  });

  it('refuses UTF-16 without a byte-order mark, as the app does', () => {
    const path = temporary('utf16.json');
    writeFileSync(path, Buffer.from(partialText(), 'utf16le'));
    expect(cli('score', path).stderr).toMatch(/not a JSON file/);
  });
});

describe('the app\'s "Export all" file', () => {
  type SingleFile = { format: string; formatVersion: number; framework: unknown; assessment: unknown };
  const single = (name: string) => JSON.parse(readFileSync(fixture(name), 'utf8')) as SingleFile;
  const writeCollection = (names: string[], change: (list: unknown[]) => void = () => {}) => {
    const { assessment: _, ...envelope } = single(names[0]!);
    const assessments = names.map((name) => single(name).assessment);
    change(assessments);
    const path = join(mkdtempSync(join(tmpdir(), 'icf-all-')), 'all.json');
    writeFileSync(path, JSON.stringify({ ...envelope, assessments }));
    return path;
  };
  const scoresOf = (name: string) => JSON.parse(cli('score', fixture(name)).stdout) as ScoreOutput;

  it('score prints a JSON array, one result per assessment, in file order', () => {
    const result = cli('score', writeCollection(['method-example.json', 'complete.json', 'partial.json']));
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      scoresOf('method-example.json'),
      scoresOf('complete.json'),
      scoresOf('partial.json'),
    ]);
  });

  it('score prints an array even for a list of one, and an object for a single file', () => {
    expect(JSON.parse(cli('score', writeCollection(['complete.json'])).stdout)).toEqual([
      scoresOf('complete.json'),
    ]);
    expect(Array.isArray(scoresOf('complete.json'))).toBe(false);
  });

  it('score reads the crash screen’s download of earlier versions (saved state) as such a list', () => {
    const dump = join(import.meta.dirname, '../fixtures/file-format/crash-download-saved-state-v1.json');
    const result = cli('score', dump);
    expect(result.exitCode).toBe(0);
    const saved = JSON.parse(readFileSync(dump, 'utf8')) as { state: { assessments: object } };
    expect(JSON.parse(result.stdout)).toHaveLength(Object.keys(saved.state.assessments).length);
  });

  it('warnings name the assessment in the list', () => {
    const result = cli('score', writeCollection(['complete.json', 'partial.json']));
    expect(result.stderr).toMatch(
      /^warning: .*all\.json: assessments\[1\]\.answers\["innovation\.retired-question"\]/,
    );
  });

  it('validate checks every assessment and lists every error', () => {
    expect(cli('validate', writeCollection(['complete.json', 'method-example.json']))).toEqual({
      stdout: '',
      stderr: '',
      exitCode: 0,
    });
    const path = writeCollection(['complete.json', 'method-example.json', 'complete.json'], (list) => {
      (list[1] as { profile: { name: string } }).profile.name = '';
    });
    const result = cli('validate', path);
    expect(result).toMatchObject({ stdout: '', exitCode: 1 });
    expect(result.stderr).toContain('assessments[1].profile.name: must not be empty');
    expect(result.stderr).toContain('assessments[2].id: "complete-example" appears twice in this file');
  });

  it('report refuses a list of several, saying how many it holds', async () => {
    const result = await runCliAsync(
      ['report', writeCollection(['complete.json', 'partial.json']), '--out', '/tmp/never.pdf'],
      { criteriaDirectory, writeReport: () => Promise.reject(new Error('not expected to write')) },
    );
    expect(result).toMatchObject({ stdout: '', exitCode: 1 });
    expect(result.stderr).toMatch(/all\.json holds 2 assessments; a report is for one assessment/);
  });

  it('report makes the report of a list of one', async () => {
    let written: unknown;
    const result = await runCliAsync(['report', writeCollection(['complete.json']), '--out', '/tmp/r.pdf'], {
      criteriaDirectory,
      writeReport: ({ assessment }) => {
        written = assessment;
        return Promise.resolve(1);
      },
    });
    expect(result.exitCode).toBe(0);
    expect(written).toEqual(single('complete.json').assessment);
  });
});

describe('cli output safety', () => {
  // eslint-disable-next-line no-control-regex
  const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  const writeFile = (name: string, content: unknown) => {
    const path = join(mkdtempSync(join(tmpdir(), 'icf-safe-')), name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  const partial = () =>
    JSON.parse(readFileSync(fixture('partial.json'), 'utf8')) as {
      format: string;
      assessment: { answers: Record<string, unknown>; profile: { name: string } };
    };

  it('shows the escape sequences a file quotes as text, never as escapes', () => {
    const file = partial();
    file.format = '\u001b[2J\u001b[31mred';
    const result = cli('score', writeFile('x.json', file));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('got "\\u001b[2J\\u001b[31mred"');
    expect(result.stderr).not.toMatch(TERMINAL_CONTROL);
  });

  it('escapes bidirectional overrides in warnings, and C1 controls in refusals', () => {
    const file = partial();
    file.assessment.answers['x\u202eevil'] = { value: 1 };
    const warned = cli('validate', writeFile('x.json', file));
    expect(warned.exitCode).toBe(0);
    expect(warned.stderr).toContain('"x\\u202eevil" is not a question');
    expect(warned.stderr).not.toMatch(TERMINAL_CONTROL);
    const hostile = partial();
    hostile.assessment.answers['x\u009b31m'] = { value: 1 };
    const refused = cli('validate', writeFile('y.json', hostile));
    expect(refused.exitCode).not.toBe(0);
    expect(refused.stderr).toContain('x\\u009b31m');
    expect(refused.stderr).toMatch(/holds a control character/);
    expect(refused.stderr).not.toMatch(TERMINAL_CONTROL);
  });

  it('escapes a file name, so it cannot fake a second line', () => {
    const path = join(tmpdir(), 'none\nerror: all is well.json');
    const result = cli('score', path);
    expect(result.stderr).toMatch(/^error: .*none\\u000aerror: all is well\.json: cannot read the file/);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });

  it('escapes what the JSON parser quotes from a broken file', () => {
    const result = cli('score', writeFile('x.json', '\u001b[31m'));
    expect(result.stderr).toMatch(/not a JSON file/);
    expect(result.stderr).not.toMatch(TERMINAL_CONTROL);
  });

  it('prints on stdout no text of the file, so JSON output has nothing to escape', () => {
    const file = partial();
    file.assessment.profile.name = 'Ví Dụ \u009b31m \u202e';
    const result = cli('score', writeFile('x.json', file));
    expect(result.exitCode).toBe(0);
    expect(result.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(result.stdout).not.toContain('Ví Dụ');
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
    expect(JSON.parse(stdout) as ScoreOutput).toEqual(
      JSON.parse(cli('score', fixture('partial.json')).stdout),
    );
  });

  it('reads stdin from the real command line, and stops reading an endless pipe', () => {
    const cwd = join(import.meta.dirname, '../..');
    const input = readFileSync(fixture('partial.json'));
    const stdout = execFileSync('npm', ['run', '--silent', 'cli', '--', 'score', '-'], {
      cwd,
      input,
      stdio: 'pipe',
    });
    expect(JSON.parse(stdout.toString()) as ScoreOutput).toEqual(
      JSON.parse(cli('score', fixture('partial.json')).stdout),
    );
    const endless = promisify(execFile)('sh', ['-c', 'yes | npm run --silent cli -- score -'], { cwd });
    return expect(endless).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/stdin: the file is larger than 5 MB/) as string,
    });
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

// docs/METHOD.md still works this example on the 1.0.0 questions (47.24, 58.62); with the 1.0.0
// answers mapped onto 2.0.0 (broadband.public-access is no longer asked) the figures are these.
describe('the worked example of docs/METHOD.md, on criteria 2.0.0', () => {
  // Every figure below is worked out by hand in docs/METHOD.md section 4 (and METHOD.vi.md); change both together.
  const broadbandSum = 0.5 + 0.6 + 3 / 7; // level 2 of 4; 3 % on worst 6, best 1; 3 of 7 policies
  const workforceSum = 0.4 + 1; // 23 % on 5–50; +5 %/year on −2 to +4, clamped
  const broadband = (100 * broadbandSum) / 3;
  const broadbandRange = { low: (100 * broadbandSum) / 11, high: (100 * (broadbandSum + 8)) / 11 };
  const workforceRange = { low: (100 * workforceSum) / 8, high: (100 * (workforceSum + 6)) / 8 };

  const scoreVariant = (
    change: { weights?: Record<string, number>; answers?: Record<string, unknown> } = {},
  ) => {
    const file = JSON.parse(readFileSync(fixture('method-example.json'), 'utf8')) as {
      assessment: { answers: Record<string, unknown>; weights?: Record<string, number> };
    };
    if (change.weights) file.assessment.weights = change.weights;
    Object.assign(file.assessment.answers, change.answers);
    const path = join(mkdtempSync(join(tmpdir(), 'icf-method-')), 'example.json');
    writeFileSync(path, JSON.stringify(file));
    return JSON.parse(cli('score', path).stdout) as ScoreOutput;
  };

  it('scores the questions and criteria as worked out by hand (4.1, 4.2)', () => {
    const output = JSON.parse(cli('score', fixture('method-example.json')).stdout) as ScoreOutput;
    expect(broadband).toBeCloseTo(1070 / 21, 12);
    // 62 questions in all; ⌈Q/2⌉ of each criterion are needed for it to stop being provisional.
    expect(output.criteria.map((c) => `${c.id} ${c.questions}`).join(', ')).toBe(
      'broadband 11, knowledge-workforce 9, innovation 11, digital-equality 11, advocacy 8, sustainability 12',
    );
    const [b, k, ...others] = output.criteria;
    expect(b).toMatchObject({ answered: 3, na: 0, questions: 11, provisional: true });
    expect(b?.score).toBeCloseTo(50.95238095238095, 10);
    expect(b?.coverage).toBeCloseTo(3 / 11, 12);
    expect(b?.range?.low).toBeCloseTo(broadbandRange.low, 10);
    expect(b?.range?.low).toBeCloseTo(13.896103896103897, 10);
    expect(b?.range?.high).toBeCloseTo(broadbandRange.high, 10);
    expect(b?.range?.high).toBeCloseTo(86.62337662337663, 10);
    expect(k).toMatchObject({ answered: 2, na: 1, questions: 9, provisional: true });
    expect(k?.score).toBeCloseTo(70, 10);
    expect(k?.coverage).toBeCloseTo(1 / 3, 12);
    expect(k?.range?.low).toBeCloseTo(17.5, 10);
    expect(k?.range?.high).toBeCloseTo(92.5, 10);
    for (const criterion of others) {
      expect(criterion).toMatchObject({
        score: null,
        range: { low: 0, high: 100 },
        coverage: 0,
        provisional: true,
      });
    }
  });

  it('gives the overall, its range and the answers needed for a band as worked out by hand (4.3)', () => {
    const output = scoreVariant();
    expect(output.overall).toBeCloseTo((broadband + 70) / 2, 10);
    expect(output.overall).toBeCloseTo(1270 / 21, 10);
    expect(output.range?.low).toBeCloseTo((broadbandRange.low + workforceRange.low) / 6, 10);
    expect(output.range?.low).toBeCloseTo(4835 / 924, 10);
    expect(output.range?.high).toBeCloseTo((broadbandRange.high + workforceRange.high + 400) / 6, 10);
    expect(output.range?.high).toBeCloseTo(89185 / 924, 10);
    expect(output.coverage).toBeCloseTo(6 / 62, 12);
    expect(output.provisional).toBe(true);
    expect(output.band).toBeNull();
    // Criteria need 3 + 2 + 6 + 6 + 4 + 6 = 27; 80 % of 62 needs ⌈49.6⌉ − 6 = 44.
    expect(output.answersToBand).toBe(44);

    const workforceDouble = scoreVariant({ weights: { 'knowledge-workforce': 2 } });
    expect(workforceDouble.overall).toBeCloseTo(4010 / 63, 10);
    expect(workforceDouble.range?.low).toBeCloseTo(3765 / 539, 10);
    expect(workforceDouble.range?.high).toBeCloseTo(51715 / 539, 10);
    expect(workforceDouble.provisional).toBe(true);
    expect(scoreVariant({ weights: { broadband: 0 } }).overall).toBeCloseTo(70, 10);
  });

  it('ranks the opportunities and lists what is still to answer as worked out by hand (4.4, 4.5)', () => {
    const output = scoreVariant();
    expect(output.opportunities.map((o) => o.questionId)).toEqual([
      'knowledge-workforce.tertiary-attainment',
      'broadband.deployment-policies',
      'broadband.provider-choice',
      'broadband.affordability',
    ]);
    const [tertiary, policies, provider, affordability] = output.opportunities;
    expect(tertiary?.gain).toBeCloseTo(15, 10);
    expect(policies?.gain).toBeCloseTo(200 / 21, 10);
    expect(provider?.gain).toBeCloseTo(25 / 3, 10);
    expect(provider?.nextLevel?.level).toBe(3);
    expect(provider?.nextLevel?.gain).toBeCloseTo(25 / 6, 10);
    expect(affordability?.gain).toBeCloseTo(20 / 3, 10);
    expect(output.unanswered).toHaveLength(56);

    const framework = readCriteriaDirectory(criteriaDirectory);
    if (!framework.ok) throw new Error('criteria invalid');
    const parsed = parseAssessmentFileText(
      readFileSync(fixture('method-example.json'), 'utf8'),
      framework.value,
    );
    if (!parsed.ok) throw new Error('fixture invalid');
    const narrowingByCriterion = new Map<string, Set<number>>();
    for (const { criterionId, narrowing } of listStillToAnswer(
      framework.value,
      parsed.value.file.assessment,
    )) {
      narrowingByCriterion.set(
        criterionId,
        (narrowingByCriterion.get(criterionId) ?? new Set()).add(narrowing),
      );
    }
    const expected: [string, number][] = [
      ['broadband', 100 / 66],
      ['knowledge-workforce', 100 / 48],
      ['innovation', 100 / 66],
      ['digital-equality', 100 / 66],
      ['advocacy', 100 / 48],
      ['sustainability', 100 / 72],
    ];
    for (const [criterionId, narrowing] of expected) {
      const found = [...(narrowingByCriterion.get(criterionId) ?? [])];
      expect(found.length).toBeGreaterThan(0);
      for (const value of found) expect(value).toBeCloseTo(narrowing, 10);
    }

    // Marked N/A instead, broadband.business-connectivity narrows the overall range by (800/11 − 70) / 6.
    const width = (o: ScoreOutput) => (o.range?.high ?? Number.NaN) - (o.range?.low ?? Number.NaN);
    const withNA = scoreVariant({ answers: { 'broadband.business-connectivity': { value: 'na' } } });
    expect(withNA.criteria[0]?.range?.low).toBeCloseTo((100 * broadbandSum) / 10, 10);
    expect(withNA.criteria[0]?.range?.high).toBeCloseTo((100 * (broadbandSum + 7)) / 10, 10);
    expect(width(output) - width(withNA)).toBeCloseTo(5 / 11, 10);
  });
});

describe('cli report', () => {
  const noReport: WriteReport = () => Promise.reject(new Error('not expected to write'));

  it.each([
    [['report', 'x.json'], /report needs --out/],
    [['report', 'x.json', '--out', 'r.pdf', '--lang', 'fr'], /--lang must be en or vi, not "fr"/],
    [['report', 'x.json', '--out', 'r.pdf', '--paper', 'a3'], /--paper must be a4 or letter, not "a3"/],
    [['report', 'x.json', '--out', 'r.pdf', '--date', 'yesterday'], /--date must be a date like 2026-11-22/],
    [
      ['report', 'x.json', '--out', 'r.pdf', '--date', '2025-02-30'],
      /--date must be a date like .*"2025-02-30"/,
    ],
    [
      ['report', 'x.json', '--out', 'r.pdf', '--date', '2025-02-29'],
      /--date must be a date like .*"2025-02-29"/,
    ],
    [
      ['report', 'x.json', '--out', 'r.pdf', '--date', '2025-13-01'],
      /--date must be a date like .*"2025-13-01"/,
    ],
    [
      ['report', 'x.json', '--out', 'r.pdf', '--date', '2025-00-10'],
      /--date must be a date like .*"2025-00-10"/,
    ],
    [
      ['report', 'x.json', '--out', 'r.pdf', '--date', '2025-1-01'],
      /--date must be a date like .*"2025-1-01"/,
    ],
    [['report', 'x.json', '--out', '-'], /--out - is not supported: the report is a file/],
  ])('refuses %j with a clear message', async (args, message) => {
    const result = await runCliAsync(args, { criteriaDirectory, writeReport: noReport });
    expect(result).toMatchObject({ stdout: '', exitCode: 1 });
    expect(result.stderr).toMatch(message);
  });

  it('says on stderr which characters the PDF could only draw as [?]', async () => {
    const result = await runCliAsync(
      ['report', fixture('complete.json'), '--out', '/tmp/never-written.pdf'],
      {
        criteriaDirectory,
        writeReport: () => Promise.resolve({ bytes: 10, missingCharacters: ['台', '🎉'] }),
      },
    );
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(
      /warning: the PDF's font cannot draw 2 character\(s\), shown as \[\?\] in the report: 台 🎉/,
    );
    expect(result.stderr).toContain('wrote /tmp/never-written.pdf (10 bytes)');
  });

  const reportOf = async (args: string[]) => {
    const requests: Parameters<WriteReport>[0][] = [];
    const result = await runCliAsync(['report', ...args], {
      criteriaDirectory,
      writeReport: (request) => {
        requests.push(request);
        return Promise.resolve(1);
      },
    });
    return { result, requests };
  };

  it.each([
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2000-02-29', '2000-02-29T00:00:00.000Z'],
    ['2026-12-31', '2026-12-31T00:00:00.000Z'],
  ])('accepts the real calendar date %s', async (date, iso) => {
    const { result, requests } = await reportOf([
      fixture('complete.json'),
      '--out',
      '/tmp/r.pdf',
      '--date',
      date,
    ]);
    expect(result.exitCode).toBe(0);
    expect(requests.map((request) => request.date.toISOString())).toEqual([iso]);
  });

  it('refuses to write the report over its input, however the path is spelled', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'icf-same-'));
    const input = join(directory, 'input.json');
    cpSync(fixture('complete.json'), input);
    symlinkSync(input, join(directory, 'link.json'));
    linkSync(input, join(directory, 'hard.json'));
    mkdirSync(join(directory, 'sub'));
    for (const out of [
      input,
      join(directory, 'link.json'),
      join(directory, 'sub/../input.json'),
      join(directory, 'hard.json'),
    ]) {
      const { result, requests } = await reportOf([input, '--out', out]);
      expect(result).toMatchObject({ stdout: '', exitCode: 1 });
      expect(result.stderr).toBe(`error: --out ${out} is the input file; the report would overwrite it\n`);
      expect(requests).toEqual([]);
    }
    const { result } = await reportOf([input, '--out', join(directory, 'report.pdf')]);
    expect(result.exitCode).toBe(0);
  });

  it('refuses a bad file before writing anything', async () => {
    const result = await runCliAsync(['report', fixture('bad-values.json'), '--out', '/tmp/never.pdf'], {
      criteriaDirectory,
      writeReport: noReport,
    });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('expected a percentage from 0 to 100, got 140');
  });

  /** `npm run cli -- report` of the method example, as a user runs it. */
  const runRealCli = (args: string[]) =>
    promisify(execFile)(
      'npm',
      ['run', '--silent', 'cli', '--', 'report', fixture('method-example.json'), ...args],
      {
        cwd: join(import.meta.dirname, '../..'),
      },
    );

  it('writes the Vietnamese report from the real command line', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'icf-cli-report-')), 'report.pdf');
    const run = promisify(execFile);
    const { stdout, stderr } = await runRealCli(['--lang', 'vi', '--out', out, '--date', '2026-11-22']);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/wrote .*report\.pdf \(\d+ bytes\)/);
    const text = (await run('pdftotext', ['-layout', out, '-'])).stdout;
    expect(text).toContain('Nguồn nhân lực tri thức');
    expect(text).toContain('22 tháng 11, 2026');
  });

  it('writes the Word report in the Decree 30/2020 layout, and the Markdown, from the real command line', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'icf-cli-formats-'));
    const cli = (format: string, out: string, ...extra: string[]) =>
      runRealCli(['--lang', 'vi', '--format', format, '--out', out, ...extra]);
    const docx = join(folder, 'report.docx');
    expect((await cli('docx', docx, '--layout', 'decree-30')).stderr).toMatch(
      /wrote .*report\.docx \(\d+ bytes\)/,
    );
    const parts = unzipSync(new Uint8Array(readFileSync(docx)));
    expect(strFromU8(parts['word/styles.xml'] ?? new Uint8Array())).toContain('w:ascii="Times New Roman"');
    expect(strFromU8(parts['word/document.xml'] ?? new Uint8Array())).toContain('Nguồn nhân lực tri thức');
    const md = join(folder, 'report.md');
    await cli('md', md);
    expect(readFileSync(md, 'utf8')).toContain('## Nguồn nhân lực tri thức\n');
  });
});
