import { describe, expect, it } from 'vitest';

import {
  applyChange,
  checkChange,
  type AssessmentChange,
} from '../../../src/domain/assessment/assessment-change';
import type { Assessment } from '../../../src/domain/assessment/assessment-schema';

const team: Assessment = {
  id: 'team',
  profile: { name: 'Tỉnh Ví Dụ' },
  answers: { 'alpha.level': { notes: 'to settle at the workshop' } },
  respondents: [
    { id: 'ict', name: 'Nguyễn Thị Lan', organisation: 'Sở TT&TT' },
    { id: 'edu', name: 'Trần Văn Minh' },
  ],
  responses: {
    ict: { 'alpha.level': { value: 3, notes: 'three providers', source: 'Sở TT&TT 2024' } },
    edu: { 'alpha.level': { value: 1 } },
  },
};

function apply(assessment: Assessment, change: AssessmentChange): Assessment {
  const checked = checkChange(change);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return applyChange(assessment, checked.value);
}

describe('changes to a team’s assessment', () => {
  it('adds a respondent at the end, with names normalised as typed text is', () => {
    const next = apply(team, { kind: 'add-respondent', respondent: { id: 'env', name: '  Phạm Thu Hà ' } });
    expect(next.respondents?.map(({ id, name }) => [id, name])).toEqual([
      ['ict', 'Nguyễn Thị Lan'],
      ['edu', 'Trần Văn Minh'],
      ['env', 'Phạm Thu Hà'],
    ]);
  });

  it('edits the given fields of one respondent only, and removes a field set to undefined', () => {
    const next = apply(team, {
      kind: 'edit-respondent',
      respondentId: 'ict',
      patch: { role: 'Phó Giám đốc', organisation: undefined },
    });
    expect(next.respondents).toEqual([
      { id: 'ict', name: 'Nguyễn Thị Lan', role: 'Phó Giám đốc' },
      { id: 'edu', name: 'Trần Văn Minh' },
    ]);
  });

  it('refuses to empty a respondent’s name or change their id', () => {
    const refused = (change: AssessmentChange) => {
      const checked = checkChange(change);
      return checked.ok ? null : checked.errors[0]?.field;
    };
    expect(refused({ kind: 'edit-respondent', respondentId: 'ict', patch: { name: '  ' } })).toBe('name');
    expect(refused({ kind: 'edit-respondent', respondentId: 'ict', patch: { name: undefined } })).toBe(
      'name',
    );
    expect(refused({ kind: 'edit-respondent', respondentId: 'ict', patch: { id: 'x' } as never })).toBe('id');
    expect(refused({ kind: 'add-respondent', respondent: { id: 'a:b', name: 'Lan' } })).toBe('respondent');
  });

  it('sets an assignment, and an empty one means every question again', () => {
    const assigned = apply(team, {
      kind: 'assignment',
      respondentId: 'edu',
      criteria: ['beta'],
      questions: ['alpha.flag'],
    });
    expect(assigned.respondents?.[1]).toEqual({
      id: 'edu',
      name: 'Trần Văn Minh',
      criteria: ['beta'],
      questions: ['alpha.flag'],
    });
    const cleared = apply(assigned, {
      kind: 'assignment',
      respondentId: 'edu',
      criteria: [],
      questions: undefined,
    });
    expect(cleared.respondents?.[1]).toEqual({ id: 'edu', name: 'Trần Văn Minh' });
  });

  it('removes a respondent with every answer they gave, and no one else’s', () => {
    const next = apply(team, { kind: 'remove-respondent', respondentId: 'ict' });
    expect(next.respondents).toEqual([{ id: 'edu', name: 'Trần Văn Minh' }]);
    expect(next.responses).toEqual({ edu: { 'alpha.level': { value: 1 } } });
    const nobody = apply(next, { kind: 'remove-respondent', respondentId: 'edu' });
    expect(nobody.respondents).toBeUndefined();
    expect(nobody.responses).toBeUndefined();
  });

  it('patches one respondent’s answer and touches no one else’s, nor the coordinator’s', () => {
    const next = apply(team, {
      kind: 'response',
      respondentId: 'edu',
      questionId: 'alpha.level',
      patch: { value: 2, notes: 'revised in round 2' },
    });
    expect(next.responses?.edu).toEqual({ 'alpha.level': { value: 2, notes: 'revised in round 2' } });
    expect(next.responses?.ict).toEqual(team.responses?.ict);
    expect(next.answers).toEqual(team.answers);
    const cleared = apply(next, {
      kind: 'response',
      respondentId: 'edu',
      questionId: 'alpha.level',
      patch: { value: undefined, notes: undefined },
    });
    expect(cleared.responses).toEqual({ ict: team.responses?.ict });
  });

  it('never lands an answer in the slot of someone who is not a respondent', () => {
    const next = apply(team, {
      kind: 'response',
      respondentId: 'ghost',
      questionId: 'alpha.level',
      patch: { value: 4 },
    });
    expect(next).toBe(team);
  });

  it('decides with a respondent’s whole answer, replacing the coordinator’s, and undecides', () => {
    const chosen = team.responses?.ict?.['alpha.level'] ?? {};
    const decided = apply(team, { kind: 'decide', questionId: 'alpha.level', answer: chosen });
    expect(decided.answers['alpha.level']).toEqual(chosen);
    expect(decided.responses).toEqual(team.responses);
    const undecided = apply(decided, { kind: 'undecide', questionId: 'alpha.level' });
    expect(undecided.answers['alpha.level']).toBeUndefined();
  });

  it('opens round 2 and closes it back to round 1, which is no field at all', () => {
    const second = apply(team, { kind: 'round', round: 2 });
    expect(second.round).toBe(2);
    expect('round' in apply(second, { kind: 'round', round: 1 })).toBe(false);
  });
});
