import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import {
  applyChange,
  checkChange,
  type AssessmentChange,
} from '../../src/domain/assessment/assessment-change';
import { assessmentSchema, type Assessment } from '../../src/domain/assessment/assessment-schema';
import { isSameData } from '../../src/domain/is-same-data';
import { applyChangeToDoc, readAssessmentData, writeAssessment } from '../../src/persistence/assessment-doc';
import { valueArbitrary } from '../factories/answer-arbitraries';
import { buildFramework } from '../factories/framework-factory';
import { respondentArbitrary, teamAssessmentArbitrary } from '../factories/team-arbitraries';

const framework = buildFramework();
const questions = framework.criteria.flatMap((c) => c.questions);
const NOW = '2026-03-01T00:00:00.000Z';

function read(doc: Y.Doc): Assessment {
  return assessmentSchema.parse(readAssessmentData(doc));
}

function docOf(assessment: Assessment): Y.Doc {
  const doc = new Y.Doc();
  writeAssessment(doc, assessment);
  return doc;
}

/** A copy of the document, as another person's device holds it after syncing. */
function copyDoc(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Both documents exchange what the other lacks, as two devices do when they meet again. */
function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function change(doc: Y.Doc, edit: AssessmentChange): void {
  const checked = checkChange(edit);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  applyChangeToDoc(doc, checked.value, NOW);
}

const team: Assessment = {
  id: 'team',
  profile: { name: 'Tỉnh Ví Dụ' },
  answers: {},
  respondents: [
    { id: 'ict', name: 'Nguyễn Thị Lan', organisation: 'Sở TT&TT' },
    { id: 'edu', name: 'Trần Văn Minh', criteria: ['beta'] },
  ],
};

describe('a team’s assessment in a Yjs document', () => {
  it('reads back exactly what was written: respondents in order, each one’s answers, the round', () => {
    fc.assert(
      fc.property(teamAssessmentArbitrary(framework), (assessment) => {
        const parsed = assessmentSchema.parse(assessment);
        expect(isSameData(read(docOf(parsed)), parsed)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps each respondent’s answers under root maps of their own, one per field', () => {
    const doc = docOf({
      ...team,
      responses: {
        ict: { 'alpha.level': { value: 3, notes: 'ba nhà mạng' } },
        edu: { 'beta.list': { value: ['a'] } },
      },
    });
    const roots = [...doc.share.keys()].filter((name) => name.startsWith('response:')).sort();
    expect(roots).toEqual(['response:edu:value', 'response:ict:notes', 'response:ict:value']);
    expect(doc.getMap('response:ict:value').get('alpha.level')).toBe(3);
    expect(doc.getMap('respondents').get('edu')).toEqual({
      name: 'Trần Văn Minh',
      criteria: ['beta'],
      position: 1,
    });
  });

  it('applies every team change exactly as the pure applyChange does', () => {
    const questionId = fc.constantFrom(...questions.map((q) => q.id));
    const respondentIds = fc.constantFrom('ict', 'edu', 'new');
    const answerPatch = fc
      .constantFrom(...questions)
      .chain((question) =>
        fc.record({ value: valueArbitrary(question) }).map((patch) => ({ question, patch })),
      );
    const changes: fc.Arbitrary<AssessmentChange> = fc.oneof(
      respondentArbitrary(framework, respondentIds).map((respondent) => ({
        kind: 'add-respondent' as const,
        respondent,
      })),
      fc.record({
        kind: fc.constant('edit-respondent' as const),
        respondentId: respondentIds,
        patch: fc.record({ role: fc.option(fc.constant('Chuyên viên'), { nil: undefined }) }),
      }),
      fc.record({ kind: fc.constant('remove-respondent' as const), respondentId: respondentIds }),
      fc.record({
        kind: fc.constant('assignment' as const),
        respondentId: respondentIds,
        criteria: fc.option(fc.subarray(['alpha', 'beta']), { nil: undefined }),
        questions: fc.option(fc.subarray(['alpha.level', 'beta.list']), { nil: undefined }),
      }),
      fc
        .tuple(respondentIds, answerPatch, fc.boolean())
        .map(([respondentId, { question, patch }, clear]) => ({
          kind: 'response' as const,
          respondentId,
          questionId: question.id,
          patch: clear ? { value: undefined } : { ...patch, notes: 'ghi chú' },
        })),
      fc.tuple(answerPatch, fc.boolean()).map(([{ question, patch }, withNotes]) => ({
        kind: 'decide' as const,
        questionId: question.id,
        answer: withNotes ? { ...patch, notes: 'đã thống nhất' } : patch,
      })),
      questionId.map((id) => ({ kind: 'undecide' as const, questionId: id })),
      fc.constantFrom(1 as const, 2 as const).map((round) => ({ kind: 'round' as const, round })),
    );
    fc.assert(
      fc.property(fc.array(changes, { maxLength: 12 }), (edits) => {
        const doc = docOf(team);
        let expected = assessmentSchema.parse(team);
        for (const edit of edits) {
          change(doc, edit);
          expected = applyChange(expected, edit);
        }
        const { updatedAt: _updatedAt, ...stored } = read(doc);
        expect(isSameData(stored, assessmentSchema.parse(expected))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('merges two respondents answering the same questions at the same time without losing a word', () => {
    const start = docOf(team);
    const lan = copyDoc(start);
    const minh = copyDoc(start);
    for (const question of ['alpha.level', 'alpha.flag']) {
      change(lan, {
        kind: 'response',
        respondentId: 'ict',
        questionId: question,
        patch: { notes: 'Lan viết' },
      });
      change(minh, {
        kind: 'response',
        respondentId: 'edu',
        questionId: question,
        patch: { notes: 'Minh viết' },
      });
    }
    change(lan, { kind: 'response', respondentId: 'ict', questionId: 'alpha.level', patch: { value: 3 } });
    change(minh, { kind: 'response', respondentId: 'edu', questionId: 'alpha.level', patch: { value: 1 } });
    sync(lan, minh);
    const expected = {
      ict: { 'alpha.level': { value: 3, notes: 'Lan viết' }, 'alpha.flag': { notes: 'Lan viết' } },
      edu: { 'alpha.level': { value: 1, notes: 'Minh viết' }, 'alpha.flag': { notes: 'Minh viết' } },
    };
    expect(read(lan).responses).toEqual(expected);
    expect(read(minh).responses).toEqual(expected);
  });

  it('keeps a respondent’s answer and the coordinator’s decision on the same question apart', () => {
    const start = docOf({ ...team, responses: { ict: { 'alpha.level': { value: 2 } } } });
    const coordinator = copyDoc(start);
    const respondent = copyDoc(start);
    change(coordinator, { kind: 'decide', questionId: 'alpha.level', answer: { value: 2 } });
    change(respondent, {
      kind: 'response',
      respondentId: 'ict',
      questionId: 'alpha.level',
      patch: { value: 4 },
    });
    sync(coordinator, respondent);
    for (const doc of [coordinator, respondent]) {
      const assessment = read(doc);
      expect(assessment.answers['alpha.level']).toEqual({ value: 2 });
      expect(assessment.responses?.ict?.['alpha.level']).toEqual({ value: 4 });
    }
  });

  it('keeps both respondents two coordinators add at the same time, in the same order on both', () => {
    const start = docOf(team);
    const a = copyDoc(start);
    const b = copyDoc(start);
    change(a, { kind: 'add-respondent', respondent: { id: 'env', name: 'Phạm Thu Hà' } });
    change(b, { kind: 'add-respondent', respondent: { id: 'dost', name: 'Lê Hoàng' } });
    sync(a, b);
    const ids = read(a).respondents?.map(({ id }) => id);
    expect(ids).toEqual(['ict', 'edu', 'dost', 'env']);
    expect(read(b).respondents?.map(({ id }) => id)).toEqual(ids);
  });

  it('stays readable when a respondent is removed while they are still answering elsewhere', () => {
    const start = docOf({ ...team, responses: { edu: { 'beta.list': { value: ['a'] } } } });
    const coordinator = copyDoc(start);
    const respondent = copyDoc(start);
    change(coordinator, { kind: 'remove-respondent', respondentId: 'edu' });
    change(respondent, {
      kind: 'response',
      respondentId: 'edu',
      questionId: 'alpha.level',
      patch: { value: 4 },
    });
    sync(coordinator, respondent);
    for (const doc of [coordinator, respondent]) {
      const assessment = read(doc);
      expect(assessment.respondents?.map(({ id }) => id)).toEqual(['ict']);
      expect(assessment.responses).toBeUndefined();
    }
  });

  it('leaves nothing of a removed respondent when the assessment is written whole again', () => {
    const doc = docOf({ ...team, responses: { edu: { 'beta.list': { value: ['a'], notes: 'x' } } } });
    writeAssessment(doc, { ...team, respondents: team.respondents?.slice(0, 1) });
    for (const name of doc.share.keys()) {
      if (name.startsWith('response:')) expect(doc.getMap(name).size).toBe(0);
    }
    expect(read(doc).respondents).toEqual(team.respondents?.slice(0, 1));
  });
});
