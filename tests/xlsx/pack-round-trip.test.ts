import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { formatFileIssue } from '../../src/domain/assessment/assessment-file';
import type { Assessment } from '../../src/domain/assessment/assessment-schema';
import { createRespondentPack } from '../../src/domain/team/respondent-pack';
import {
  createRespondentPackFile,
  serializeRespondentPackFile,
} from '../../src/domain/team/respondent-pack-file';
import { readRespondentFile, readRespondentPack } from '../../src/files/read-import';
import { buildRespondentWorkbook } from '../../src/xlsx/respondent-workbook';
import { answersArbitrary } from '../factories/answer-arbitraries';
import { buildFramework } from '../factories/framework-factory';

const framework = buildFramework();
const DATE = new Date('2026-12-01T00:00:00Z');

const teamWith = (answers: Assessment['answers'], assignment: { criteria?: string[] } = {}): Assessment => ({
  id: 'team',
  profile: { name: 'Tỉnh Ví Dụ', year: 2025 },
  answers: {},
  respondents: [{ id: 'ict', name: 'Nguyễn Thị Lan', organisation: 'Sở TT&TT', ...assignment }],
  ...(Object.keys(answers).length > 0 ? { responses: { ict: answers } } : {}),
});

async function readBack(bytes: Uint8Array) {
  const result = await readRespondentFile({ bytes: new Uint8Array(bytes) }, framework);
  if (!result.ok) throw new Error(result.errors.map(formatFileIssue).join('\n'));
  return result.value;
}

describe('a respondent’s answers sent out and returned unchanged come back exactly', () => {
  it('through a workbook, any answers of every kind, in either language', async () => {
    await fc.assert(
      fc.asyncProperty(
        answersArbitrary(framework),
        fc.constantFrom('en' as const, 'vi' as const),
        async (answers, language) => {
          const pack = createRespondentPack({
            framework,
            assessment: teamWith(answers),
            respondentId: 'ict',
          });
          if (!pack) throw new Error('no pack');
          const { bytes } = await buildRespondentWorkbook({ framework, pack, language, date: DATE });
          const returned = await readBack(bytes);
          expect(returned.rowIssues).toEqual([]);
          expect(returned.questionIds).toEqual(pack.questions);
          expect({ ...returned.answers }).toEqual(answers);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('through a JSON file, and as the respondent’s app reads it', async () => {
    await fc.assert(
      fc.asyncProperty(answersArbitrary(framework), async (answers) => {
        const pack = createRespondentPack({
          framework,
          assessment: teamWith(answers, { criteria: ['alpha', 'beta'] }),
          respondentId: 'ict',
        });
        if (!pack) throw new Error('no pack');
        const text = serializeRespondentPackFile(createRespondentPackFile(pack, 'vi'));
        const returned = await readBack(new TextEncoder().encode(text));
        expect(returned).toMatchObject({
          kind: 'json',
          language: 'vi',
          assessment: { id: 'team', name: 'Tỉnh Ví Dụ' },
          respondent: { id: 'ict', name: 'Nguyễn Thị Lan' },
        });
        expect({ ...returned.answers }).toEqual(pack.answers);
        const opened = readRespondentPack({ text }, framework);
        expect(opened.ok && opened.value.pack).toEqual({ ...pack, answers: expect.anything() as unknown });
      }),
      { numRuns: 50 },
    );
  });
});

describe('a JSON pack that cannot be read', () => {
  const pack = () => {
    const made = createRespondentPack({
      framework,
      assessment: teamWith({ 'alpha.level': { value: 2 } }),
      respondentId: 'ict',
    });
    if (!made) throw new Error('no pack');
    return createRespondentPackFile(made, 'en');
  };
  const refusal = async (data: unknown) => {
    const result = await readRespondentFile(
      { bytes: new TextEncoder().encode(JSON.stringify(data)) },
      framework,
    );
    if (result.ok) throw new Error('expected a refusal');
    return result.errors.map(formatFileIssue);
  };

  it('names an answer that does not fit its question where it sits in the pack', async () => {
    expect(await refusal({ ...pack(), answers: { 'alpha.level': { value: 7 } } })).toEqual([
      'answers["alpha.level"].value: expected a level, a whole number from 0 to 4, got 7',
    ]);
  });

  it('checks the answers with the same schema as every file: control characters, links, lengths', async () => {
    const errors = await refusal({
      ...pack(),
      answers: { 'alpha.level': { value: 1, evidence: [{ url: 'javascript:alert(1)' }] } },
    });
    expect(errors).toEqual([
      'answers["alpha.level"].evidence[0].url: must be a web address starting with http:// or https://',
    ]);
  });

  it('refuses a pack of a newer version, and one without a respondent', async () => {
    expect(await refusal({ ...pack(), formatVersion: 2 })).toEqual([
      'formatVersion: this file was made by a newer version of the app (respondent file version 2; this app reads up to 1); update the app to open it',
    ]);
    expect((await refusal({ ...pack(), respondent: undefined })).join('\n')).toMatch(/^respondent/m);
  });
});
