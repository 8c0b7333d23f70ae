import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { readCriteriaDirectory } from '../../../src/cli/read-criteria-directory';
import { parseAssessmentFile } from '../../../src/domain/assessment/assessment-file';
import type { Answer, Assessment } from '../../../src/domain/assessment/assessment-schema';
import { withFrameworkVersion } from '../../../src/domain/assessment/import-file';
import {
  BANK_1_0_0_TO_2_0_0,
  BANK_VERSION,
  PREVIOUS_BANK_VERSION,
  upgradeAssessmentTo2,
} from '../../../src/domain/criteria/bank-mapping';
import { indexQuestions } from '../../../src/domain/criteria/index-questions';

const root = join(import.meta.dirname, '../../..');
const loaded = readCriteriaDirectory(join(root, 'criteria'));
if (!loaded.ok) throw new Error('the criteria do not load');
const framework = loaded.value;
const current = indexQuestions(framework);
const previous = framework.history.find((bank) => bank.version === PREVIOUS_BANK_VERSION);
if (!previous) throw new Error('criteria/history/1.0.0.json is missing');
/** A frozen 1.0.0 export: every one of the 54 questions of 1.0.0 answered. */
const frozen = JSON.parse(
  readFileSync(join(root, 'tests/fixtures/assessments/bank-1.0.0/complete.json'), 'utf8'),
) as { framework: { version: string }; assessment: Assessment };

describe('the declared mapping of criteria 1.0.0 onto 2.0.0', () => {
  it('maps every 1.0.0 question, and only those', () => {
    expect(framework.version).toBe(BANK_VERSION);
    expect(Object.keys(BANK_1_0_0_TO_2_0_0).sort()).toEqual(Object.keys(previous.questions).sort());
    expect(Object.keys(frozen.assessment.answers).sort()).toEqual(Object.keys(previous.questions).sort());
  });

  it('carries over only to a 2.0.0 question of the same type and scale', () => {
    for (const [id, mapping] of Object.entries(BANK_1_0_0_TO_2_0_0)) {
      if (mapping.status !== 'unchanged') continue;
      const now = current.get(mapping.to)?.question;
      expect(now?.type, id).toBe(previous.questions[id]?.type);
      if (now?.type === 'checklist') {
        expect(
          now.options.map((o) => o.id),
          id,
        ).toEqual(previous.questions[id]?.options?.map((o) => o.id));
      }
    }
  });

  it('points changed and removed questions at questions that exist, with a reason, and never reuses their ids', () => {
    for (const [id, mapping] of Object.entries(BANK_1_0_0_TO_2_0_0)) {
      if (mapping.status === 'unchanged') continue;
      expect(current.has(id), `${id} must not be reused`).toBe(false);
      for (const to of mapping.to) expect(current.has(to), `${id} → ${to}`).toBe(true);
      expect(previous.questions[id]?.reason?.en, id).toBeTruthy();
    }
  });

  it('opens the frozen 1.0.0 export under 2.0.0: unchanged answers carry over, the others are kept for review', () => {
    const parsed = parseAssessmentFile(frozen, framework);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const { file } = parsed.value;
    expect(file.framework.version).toBe('1.0.0');
    const upgraded = withFrameworkVersion(file.assessment, file.framework.version, framework.version);
    expect(upgraded.frameworkVersion).toBeUndefined();
    for (const [id, answer] of Object.entries(file.assessment.answers)) {
      const mapping = BANK_1_0_0_TO_2_0_0[id];
      if (mapping?.status === 'unchanged') {
        expect(upgraded.answers[mapping.to], id).toEqual(answer);
        expect(upgraded.earlierAnswers?.[id], id).toBeUndefined();
      } else {
        expect(upgraded.earlierAnswers?.[id], id).toEqual({ ...answer, version: '1.0.0' });
        expect(upgraded.answers[id], id).toBeUndefined();
      }
    }
    // Every answer is still there, once; and every kept answer is one 2.0.0 knows how to score.
    const count = (a: Assessment) =>
      Object.keys(a.answers).length + Object.keys(a.earlierAnswers ?? {}).length;
    expect(count(upgraded)).toBe(54);
    for (const id of Object.keys(upgraded.answers)) expect(current.has(id), id).toBe(true);
    expect(Object.keys(upgraded.answers)).toHaveLength(31);
    expect(upgradeAssessmentTo2(upgraded)).toEqual(upgraded);
  });

  it('leaves a 2.0.0 assessment alone, and one of another version untouched', () => {
    const answers: Record<string, Answer> = {
      'broadband.provider-choice': { value: 2 },
      'broadband.availability': { value: 90 },
    };
    const today: Assessment = { id: 'a', profile: { name: 'A' }, answers };
    expect(upgradeAssessmentTo2(today)).toBe(today);
    const other: Assessment = {
      ...today,
      frameworkVersion: '0.9.0',
      answers: { 'broadband.isp-competition': { value: 1 } },
    };
    expect(upgradeAssessmentTo2(other)).toBe(other);
  });

  it('never loses an answer, whichever 1.0.0 questions were answered', () => {
    const ids = Object.keys(BANK_1_0_0_TO_2_0_0);
    fc.assert(
      fc.property(fc.subarray(ids), fc.boolean(), (answered, isVersioned) => {
        const assessment: Assessment = {
          id: 'a',
          profile: { name: 'A' },
          answers: Object.fromEntries(answered.map((id, i) => [id, { notes: `note ${i}` }])),
          ...(isVersioned ? { frameworkVersion: '1.0.0' } : {}),
        };
        const upgraded = upgradeAssessmentTo2(assessment);
        const kept = [
          ...Object.values(upgraded.answers).map((a) => a.notes),
          ...Object.values(upgraded.earlierAnswers ?? {}).map((a) => a.notes),
        ];
        expect(kept.sort()).toEqual(answered.map((_, i) => `note ${i}`).sort());
        expect(upgradeAssessmentTo2(upgraded)).toEqual(upgraded);
      }),
    );
  });
});
