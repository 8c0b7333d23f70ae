import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Answer, AnswerValue, Assessment } from '../../../src/domain/assessment/assessment-schema';
import { combineValues, resolveEffectiveAnswers } from '../../../src/domain/scoring/effective-answers';
import { scoreAssessment } from '../../../src/domain/scoring/score-assessment';
import { answersArbitrary, valueArbitrary } from '../../factories/answer-arbitraries';
import { buildFramework, buildQuestion } from '../../factories/framework-factory';
import { teamAssessmentArbitrary } from '../../factories/team-arbitraries';

const framework = buildFramework();
const questions = framework.criteria.flatMap((c) => c.questions);
const level = buildQuestion('q.level', { type: 'level', allowsNA: true });
const percent = buildQuestion('q.percent', { type: 'percent', allowsNA: true });
const number = buildQuestion('q.number', { type: 'number' });
const flag = buildQuestion('q.flag', { type: 'boolean', allowsNA: true });
const list = buildQuestion('q.list', { type: 'checklist' });

/** The same respondents' answers, listed in another order. */
function reorder(responses: Assessment['responses'], order: number[]): Assessment['responses'] {
  const entries = Object.entries(responses ?? {});
  return Object.fromEntries(order.map((i) => entries[i]).filter((entry) => entry !== undefined));
}

describe('the default rule, as docs/METHOD.md states it', () => {
  it.each<[string, Parameters<typeof combineValues>[0], AnswerValue[], AnswerValue | undefined]>([
    ['a level: the median', level, [1, 4, 3], 3],
    ['a level, even count: the lower middle value', level, [4, 1, 3, 2], 2],
    ['a level, two apart: the lower', level, [4, 0], 0],
    ['a percent: the median', percent, [60, 10, 20], 20],
    ['a percent, even count: the mean of the two middle values', percent, [10, 60, 20, 30], 25],
    ['a number, even count: the mean of the two middle values', number, [105, 250], 177.5],
    ['yes/no: true when more than half say true', flag, [true, false, true], true],
    ['yes/no: a tie is not more than half, so false', flag, [true, false], false],
    ['yes/no: two of four is not more than half', flag, [true, true, false, false], false],
    ['a checklist: the options more than half ticked', list, [['a', 'b'], ['a'], ['b', 'c']], ['a', 'b']],
    ['a checklist: none ticked by more than half', list, [['a'], ['b']], []],
    [
      'a checklist: in the question’s order, whatever the order ticked',
      list,
      [
        ['d', 'a'],
        ['a', 'd'],
      ],
      ['a', 'd'],
    ],
    ['N/A from more than half: N/A', level, ['na', 'na', 1], 'na'],
    ['N/A from half or fewer: set aside, the rule applies to the others', level, ['na', 'na', 1, 3], 1],
    ['N/A set aside for yes/no too', flag, ['na', true, true], true],
    ['N/A from one of two: the other answer', percent, ['na', 40], 40],
    ['nothing answered: no value', level, [], undefined],
  ])('%s', (_name, question, values, expected) => {
    expect(combineValues(question, values)).toEqual(expected);
  });

  it('counts only values of the question’s kind', () => {
    expect(combineValues(level, [2, 7, 'x' as never, 2.5])).toBe(2);
    expect(combineValues(number, [Number.NaN, 3])).toBe(3);
  });

  it('gives a value within the respondents’ values, whatever their order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(level, percent, number),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 9 }),
        (question, values) => {
          const value = combineValues(question, values);
          expect(value).toBeGreaterThanOrEqual(Math.min(...values));
          expect(value).toBeLessThanOrEqual(Math.max(...values));
          expect(combineValues(question, values.toReversed())).toEqual(value);
        },
      ),
    );
  });
});

describe('the effective answers', () => {
  it('are the coordinator’s answers, untouched, when no respondent answered', () => {
    fc.assert(
      fc.property(answersArbitrary(framework), (answers) => {
        expect(resolveEffectiveAnswers(framework, { answers })).toBe(answers);
        expect(resolveEffectiveAnswers(framework, { answers, responses: { ict: {} } })).toBe(answers);
      }),
    );
  });

  it('score an assessment with respondents who answered nothing exactly as one without', () => {
    fc.assert(
      fc.property(teamAssessmentArbitrary(framework), (team) => {
        const { responses: _responses, respondents: _respondents, ...alone } = team;
        expect(scoreAssessment(framework, { ...team, responses: undefined })).toEqual(
          scoreAssessment(framework, alone),
        );
      }),
    );
  });

  it('always give the decided answer, whole, where the coordinator decided', () => {
    fc.assert(
      fc.property(teamAssessmentArbitrary(framework), (team) => {
        const effective = resolveEffectiveAnswers(framework, team);
        for (const [questionId, answer] of Object.entries(team.answers)) {
          if (answer.value !== undefined) expect(effective[questionId]).toEqual(answer);
        }
      }),
    );
  });

  it('give one respondent’s answer when they are the only one who answered', () => {
    fc.assert(
      fc.property(answersArbitrary(framework), (given) => {
        const effective = resolveEffectiveAnswers(framework, { answers: {}, responses: { ict: given } });
        for (const question of questions) {
          const value = given[question.id]?.value;
          expect(effective[question.id]?.value).toEqual(value);
        }
      }),
    );
  });

  it('never depend on the order of the respondents, nor does the score', () => {
    fc.assert(
      fc.property(
        teamAssessmentArbitrary(framework).chain((team) =>
          fc.tuple(
            fc.constant(team),
            fc.shuffledSubarray(
              Object.keys(team.responses ?? {}).map((_, i) => i),
              { minLength: Object.keys(team.responses ?? {}).length },
            ),
          ),
        ),
        ([team, order]) => {
          const reordered: Assessment = { ...team, responses: reorder(team.responses, order) };
          expect(resolveEffectiveAnswers(framework, reordered)).toEqual(
            resolveEffectiveAnswers(framework, team),
          );
          expect(scoreAssessment(framework, reordered)).toEqual(scoreAssessment(framework, team));
        },
      ),
    );
  });

  it('keep the coordinator’s notes beside a value from the rule, and carry no respondent’s notes', () => {
    const answers: Record<string, Answer> = { 'alpha.level': { notes: 'to settle at the workshop' } };
    const responses = {
      ict: { 'alpha.level': { value: 3, notes: 'three providers', source: 'Sở TT&TT' } },
      edu: { 'alpha.level': { value: 1, notes: 'one in the hills' } },
      dost: { 'alpha.level': { value: 2 } },
    };
    expect(resolveEffectiveAnswers(framework, { answers, responses })['alpha.level']).toEqual({
      notes: 'to settle at the workshop',
      value: 2,
    });
  });

  it('score the rule’s answers: a decision changes the score', () => {
    const responses = {
      ict: { 'alpha.level': { value: 4 } },
      edu: { 'alpha.level': { value: 0 } },
    };
    const byRule = scoreAssessment(framework, { answers: {}, responses });
    const decided = scoreAssessment(framework, { answers: { 'alpha.level': { value: 4 } }, responses });
    // Level 0 (the lower middle of 0 and 4) by the rule; level 4 once decided.
    expect(byRule.criteria[0]?.score).toBe(0);
    expect(decided.criteria[0]?.score).toBe(100);
  });

  it('apply the rule to every question, each value of its kind', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record(Object.fromEntries(questions.map((q) => [q.id, valueArbitrary(q)]))), {
          minLength: 1,
          maxLength: 4,
        }),
        (values) => {
          const responses = Object.fromEntries(
            values.map((given, i) => [
              `r${i}`,
              Object.fromEntries(Object.entries(given).map(([id, value]) => [id, { value }])),
            ]),
          );
          const effective = resolveEffectiveAnswers(framework, { answers: {}, responses });
          for (const question of questions) {
            const expected = combineValues(
              question,
              values.map((given) => given[question.id] as AnswerValue),
            );
            expect(effective[question.id]?.value).toEqual(expected);
          }
        },
      ),
    );
  });
});
