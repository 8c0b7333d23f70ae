import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { parseAssessmentFileText } from '../../src/domain/assessment/assessment-file';
import type { Assessment } from '../../src/domain/assessment/assessment-schema';
import { runCliAsync } from '../../src/cli/run-cli';
import { readRespondentFile } from '../../src/files/read-import';
import { readBundledFramework } from '../factories/example-files';
import { fillWorkbook } from '../factories/fill-workbook';

const criteriaDirectory = join(import.meta.dirname, '../../criteria');
const teamFile = join(import.meta.dirname, '../fixtures/file-format/v2-team-assessment.json');
const framework = readBundledFramework();

const cli = (...args: string[]) =>
  runCliAsync(args, {
    criteriaDirectory,
    writeReport: () => Promise.reject(new Error('not expected to write a report')),
  });

const folder = () => mkdtempSync(join(tmpdir(), 'icf-team-'));

function readAssessment(path: string): Assessment {
  const parsed = parseAssessmentFileText(readFileSync(path, 'utf8'), framework);
  if (!parsed.ok) throw new Error('the merged file does not parse');
  return parsed.value.file.assessment;
}

const original = readAssessment(teamFile);

describe('cli pack', () => {
  it('writes a respondent’s workbook that names the assessment and the respondent', async () => {
    const out = join(folder(), 'stttt.xlsx');
    const result = await cli('pack', teamFile, '--respondent', 'stttt', '--lang', 'vi', '--out', out);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(/^wrote .*stttt\.xlsx \(\d+ bytes\): 11 questions for Nguyễn Thị Lan\n$/);
    const returned = await readRespondentFile({ bytes: new Uint8Array(readFileSync(out)) }, framework);
    expect(returned.ok && returned.value).toMatchObject({
      kind: 'workbook',
      language: 'vi',
      assessment: { id: 'team-example' },
      respondent: { id: 'stttt', name: 'Nguyễn Thị Lan' },
    });
  });

  it('writes a JSON file for a respondent who answers in the app', async () => {
    const out = join(folder(), 'skhcn.json');
    const result = await cli('pack', teamFile, '--respondent', 'skhcn', '--format', 'json', '--out', out);
    expect(result).toMatchObject({ exitCode: 0, stdout: '' });
    const pack = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(pack).toMatchObject({
      format: 'icf-respondent-pack',
      assessment: { id: 'team-example', name: 'Tỉnh Ví Dụ' },
      respondent: { id: 'skhcn', name: 'Trần Văn Minh' },
      questions: ['broadband.provider-choice', 'innovation.startup-support'],
      answers: original.responses?.skhcn,
    });
  });

  it('shows last year’s answers from the file given with --last-year', async () => {
    const directory = folder();
    const lastYear = join(directory, 'last-year.json');
    writeFileSync(
      lastYear,
      JSON.stringify({
        format: 'icf-self-assessment',
        formatVersion: 2,
        framework: { id: 'icf-six-criteria', version: '2.0.0' },
        assessment: {
          id: 'ly',
          profile: { name: 'Tỉnh Ví Dụ', year: 2024 },
          answers: { 'broadband.adoption': { value: 61 } },
        },
      }),
    );
    const out = join(directory, 'ubnd.xlsx');
    const result = await cli('pack', teamFile, '--respondent', 'ubnd', '--last-year', lastYear, '--out', out);
    expect(result.exitCode).toBe(0);
    const { loadExcelJs } = await import('../../src/xlsx/load-exceljs');
    const workbook = new (await loadExcelJs()).Workbook();
    await workbook.xlsx.load(readFileSync(out).buffer);
    const sheet = workbook.getWorksheet('answers');
    const row = sheet?.getRows(3, 80)?.find((r) => r.getCell(1).text === 'broadband.adoption');
    expect(sheet?.getRow(2).getCell(11).text).toBe('Last year (2024)');
    expect(row?.getCell(11).text).toBe('61');
  });

  it.each([
    [
      ['--respondent', 'nobody'],
      /has no respondent "nobody"; its respondents are stttt \(Nguyễn Thị Lan\), skhcn \(Trần Văn Minh\), ubnd \(Lê Hoàng\)/,
    ],
    [[], /pack needs --respondent <id>/],
    [['--respondent', 'stttt', '--format', 'csv'], /--format must be xlsx or json, not "csv"/],
    [['--respondent', 'stttt', '--lang', 'fr'], /--lang must be en or vi, not "fr"/],
  ])('refuses %j with a clear message and writes nothing', async (args, message) => {
    const out = join(folder(), 'out.xlsx');
    const result = await cli('pack', teamFile, ...args, '--out', out);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to write over the assessment file', async () => {
    const result = await cli('pack', teamFile, '--respondent', 'stttt', '--out', teamFile);
    expect(result).toMatchObject({
      exitCode: 1,
      stderr: expect.stringMatching(/is one of the input files/) as unknown,
    });
  });
});

describe('cli merge', () => {
  async function packWorkbook(directory: string, respondent: string) {
    const out = join(directory, `${respondent}.xlsx`);
    expect((await cli('pack', teamFile, '--respondent', respondent, '--out', out)).exitCode).toBe(0);
    return out;
  }

  it('lands each returned file in its respondent’s slot and touches nothing else', async () => {
    const directory = folder();
    const workbook = await packWorkbook(directory, 'stttt');
    writeFileSync(
      workbook,
      await fillWorkbook(readFileSync(workbook), {
        'broadband.provider-choice': { answer: '4 · Leading', notes: 'Bốn nhà mạng' },
        'broadband.adoption': { answer: 0.62, percent: true, 'data year': 2024 },
        'broadband.vision-plan': { answer: 9 },
      }),
    );
    const json = join(directory, 'skhcn.json');
    await cli('pack', teamFile, '--respondent', 'skhcn', '--format', 'json', '--out', json);
    const pack = JSON.parse(readFileSync(json, 'utf8')) as { answers: Record<string, unknown> };
    pack.answers['innovation.startup-support'] = { value: 1, notes: 'Vườn ươm mới' };
    writeFileSync(json, JSON.stringify(pack));

    const out = join(directory, 'merged.json');
    const result = await cli('merge', teamFile, workbook, json, '--out', out);
    expect(result.exitCode).toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContain(
      `warning: ${workbook}: row 11, answer: expected a level, a whole number from 0 to 4, got 9 (not merged)`,
    );
    expect(lines).toContain(
      'stttt.xlsx → Nguyễn Thị Lan (stttt): 2 answers changed (1 added, 1 changed, 0 removed), 8 unchanged, 1 row not read',
    );
    expect(lines).toContain(
      'skhcn.json → Trần Văn Minh (skhcn): 1 answer changed (0 added, 1 changed, 0 removed), 1 unchanged',
    );

    const merged = readAssessment(out);
    // The workbook came prefilled: the fields left as they were come back as they were.
    expect(merged.responses?.stttt?.['broadband.provider-choice']).toEqual({
      ...original.responses?.stttt?.['broadband.provider-choice'],
      value: 4,
      notes: 'Bốn nhà mạng',
    });
    expect(merged.responses?.stttt?.['broadband.adoption']).toEqual({ value: 62, dataYear: 2024 });
    expect(merged.responses?.stttt?.['broadband.vision-plan']).toEqual(
      original.responses?.stttt?.['broadband.vision-plan'],
    );
    expect(merged.responses?.skhcn?.['innovation.startup-support']).toEqual({
      value: 1,
      notes: 'Vườn ươm mới',
    });
    const { responses: mergedResponses, ...mergedRest } = merged;
    const { responses: originalResponses, ...originalRest } = original;
    expect(mergedRest).toEqual(originalRest);
    expect(mergedResponses?.ubnd).toEqual(originalResponses?.ubnd);
  });

  it('refuses a returned file naming a respondent the assessment does not have, and writes nothing', async () => {
    const directory = folder();
    const json = join(directory, 'stranger.json');
    await cli('pack', teamFile, '--respondent', 'skhcn', '--format', 'json', '--out', json);
    const pack = JSON.parse(readFileSync(json, 'utf8')) as { respondent: { id: string; name: string } };
    pack.respondent = { id: 'sgd', name: 'Phạm Thu Hà' };
    writeFileSync(json, JSON.stringify(pack));
    const out = join(directory, 'merged.json');
    const result = await cli('merge', teamFile, json, '--out', out);
    expect(result).toEqual({
      stdout: '',
      stderr: `error: ${json}: respondent.id: this file is for "Phạm Thu Hà" (sgd), who is not among the respondents of Tỉnh Ví Dụ\n`,
      exitCode: 1,
    });
    expect(existsSync(out)).toBe(false);
  });

  it('refuses two files for the same respondent, a file that is not a returned one, and no file at all', async () => {
    const directory = folder();
    const workbook = await packWorkbook(directory, 'ubnd');
    const out = join(directory, 'merged.json');
    expect((await cli('merge', teamFile, workbook, workbook, '--out', out)).stderr).toMatch(
      /are both for Lê Hoàng \(ubnd\); merge one of them/,
    );
    expect((await cli('merge', teamFile, teamFile, '--out', out)).stderr).toMatch(
      /this is not a respondent's workbook or file/,
    );
    expect((await cli('merge', teamFile, '--out', out)).stderr).toMatch(
      /merge needs at least one returned file/,
    );
    expect(existsSync(out)).toBe(false);
  });
});
