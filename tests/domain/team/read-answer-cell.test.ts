import { describe, expect, it } from 'vitest';

import type { Question } from '../../../src/domain/criteria/criterion-schema';
import { indexQuestions } from '../../../src/domain/criteria/index-questions';
import {
  readAnswerCell,
  readDataQualityCell,
  readDataYearCell,
  readTextCell,
  type AnswerVocabulary,
  type SheetCell,
} from '../../../src/domain/team/read-answer-cell';
import { buildFramework } from '../../factories/framework-factory';

const questions = indexQuestions(buildFramework());
const question = (id: string): Question => {
  const entry = questions.get(id);
  if (!entry) throw new Error(`no question ${id}`);
  return entry.question;
};

/** The words of an English workbook followed by a Vietnamese one's, as the reader gets them. */
const vocabulary: AnswerVocabulary = {
  na: ['N/A', 'na', 'n/a', 'Không áp dụng'],
  yes: ['Yes', 'yes', 'true', 'Có'],
  no: ['No', 'no', 'false', 'Không'],
  none: ['none', 'không có'],
  levels: [0, 1, 2, 3, 4].map((n) => [`L${n}`, `Mức ${n}`]),
  dataQuality: {
    measured: ['Measured', 'Đo lường'],
    estimated: ['Estimated', 'Ước tính'],
    opinion: ['Opinion', 'Nhận định'],
  },
};

const text = (value: string): SheetCell => ({ kind: 'text', text: value });
const number = (value: number, isPercent = false): SheetCell => ({ kind: 'number', value, isPercent });
const empty: SheetCell = { kind: 'empty' };
const yes: SheetCell = { kind: 'boolean', value: true };
const date: SheetCell = { kind: 'date', iso: '2024-01-02T00:00:00.000Z' };

const read = (id: string, cell: SheetCell, language: 'en' | 'vi' = 'en') =>
  readAnswerCell(question(id), cell, vocabulary, language);

/** The reason a cell is refused, or the value it gives. */
const outcome = (id: string, cell: SheetCell, language: 'en' | 'vi' = 'en') => {
  const reading = read(id, cell, language);
  return reading.ok
    ? { value: reading.value }
    : { reason: reading.problem.reason, values: reading.problem.values };
};

describe('reading the answer cell of a level question', () => {
  it.each([
    ['the number as a number', number(2), 2],
    ['the number as text', text('3'), 3],
    ['the dropdown text "n · name"', text('2 · L2'), 2],
    ['the dropdown text in the other language', text('4 · Mức 4'), 4],
    ['the number with a hyphen or a full stop', text('1 - L1'), 1],
    ['the number and a full stop', text('1. L1'), 1],
    ['the level name alone, in either language', text('mức 3'), 3],
    ['a cell with spaces around', text('  0 · L0  '), 0],
  ])('reads %s', (_, cell, level) => {
    expect(outcome('alpha.level', cell)).toEqual({ value: level });
  });

  it('reads an empty cell, or one of spaces only, as no answer', () => {
    expect(outcome('alpha.level', empty)).toEqual({ value: undefined });
    expect(outcome('alpha.level', text('   '))).toEqual({ value: undefined });
  });

  it.each([
    ['a level above 4', number(7)],
    ['a fraction', number(2.5)],
    ['a fraction as text', text('2.5')],
    ['a negative level', number(-1)],
    ['words that name no level', text('quite good')],
    ['a yes', yes],
    ['a date', date],
  ])('refuses %s: expected a level from 0 to 4', (_, cell) => {
    expect(outcome('alpha.level', cell)).toEqual({ reason: 'expected-level', values: { max: 4 } });
  });

  it('says what the cell held in the English message, for the CLI', () => {
    const reading = read('alpha.level', number(7));
    expect(!reading.ok && reading.problem.message).toBe(
      'expected a level, a whole number from 0 to 4, got 7',
    );
  });

  it('reads N/A, in either language, only where the question allows it', () => {
    expect(outcome('beta.optional', text('N/A'))).toEqual({ value: 'na' });
    expect(outcome('beta.optional', text('không áp dụng'))).toEqual({ value: 'na' });
    expect(outcome('alpha.level', text('N/A'))).toEqual({ reason: 'not-na', values: undefined });
  });
});

describe('reading the answer cell of a percent question', () => {
  it.each([
    ['a number', number(45), 45],
    ['a cell formatted as a percentage (45% typed in Excel)', number(0.45, true), 45],
    ['7% without the noise of binary fractions', number(0.07, true), 7],
    ['text with a percent sign', text('45.5 %'), 45.5],
    ['a Vietnamese decimal comma in a Vietnamese workbook', text('45,5'), 45.5],
    ['0 and 100', number(100), 100],
  ])('reads %s', (_, cell, value) => {
    expect(outcome('alpha.percent', cell, 'vi')).toEqual({ value });
  });

  it.each([
    ['above 100', number(140)],
    ['below 0', number(-3)],
    ['140% typed in Excel', number(1.4, true)],
    ['words', text('about half')],
    ['a yes', yes],
  ])('refuses %s: expected a percentage from 0 to 100', (_, cell) => {
    expect(outcome('alpha.percent', cell).reason).toBe('expected-percent');
  });
});

describe('reading the answer cell of a number question', () => {
  it('reads a number, as a number or as text in the workbook’s notation', () => {
    expect(outcome('beta.price', number(35.5))).toEqual({ value: 35.5 });
    expect(outcome('beta.price', text('1,234.5'))).toEqual({ value: 1234.5 });
    expect(outcome('beta.price', text('1.234,5'), 'vi')).toEqual({ value: 1234.5 });
  });

  it('refuses text that is no number, and a number below the question’s minimum', () => {
    expect(outcome('beta.price', text('cheap')).reason).toBe('expected-number');
    expect(outcome('beta.price', number(-5))).toEqual({ reason: 'too-small', values: { min: 0, got: -5 } });
  });
});

describe('reading the answer cell of a yes/no question', () => {
  it.each([
    ['Yes', text('Yes'), true],
    ['No', text('no'), false],
    ['Có', text('Có'), true],
    ['Không', text('KHÔNG'), false],
    ['a TRUE typed in Excel', yes, true],
    ['FALSE as text', text('false'), false],
    ['1', number(1), true],
    ['0', number(0), false],
  ])('reads %s', (_, cell, value) => {
    expect(outcome('alpha.flag', cell)).toEqual({ value });
  });

  it.each([
    ['a maybe', text('maybe')],
    ['a 2', number(2)],
  ])('refuses %s: expected yes or no', (_, cell) => {
    expect(outcome('alpha.flag', cell).reason).toBe('expected-boolean');
  });
});

describe('reading the answer cell of a checklist question', () => {
  it.each([
    ['codes separated by commas', text('a, c'), ['a', 'c']],
    ['by semicolons or lines', text('b;d\na'), ['b', 'd', 'a']],
    ['one code', text('c'), ['c']],
    ['"none": no item in place', text('None'), []],
    ['"không có"', text('không có'), []],
  ])('reads %s', (_, cell, value) => {
    expect(outcome('beta.list', cell)).toEqual({ value });
  });

  it('refuses a code the question does not have, naming it', () => {
    expect(outcome('beta.list', text('a, z'))).toEqual({ reason: 'unknown-option', values: { got: '"z"' } });
  });

  it('refuses a code ticked twice', () => {
    expect(outcome('beta.list', text('a, a')).reason).toBe('option-twice');
  });

  it('refuses a number: expected the codes of the items', () => {
    expect(outcome('beta.list', number(3)).reason).toBe('expected-options');
    expect(outcome('beta.list', text(' , ; ')).reason).toBe('expected-options');
  });
});

describe('reading a cell that holds a spreadsheet error', () => {
  it.each(['alpha.level', 'alpha.percent', 'alpha.flag', 'beta.list'])(
    'refuses it for %s, naming the error',
    (id) => {
      expect(outcome(id, { kind: 'error', text: '#DIV/0!' })).toEqual({
        reason: 'cell-error',
        values: { error: '#DIV/0!' },
      });
    },
  );
});

describe('reading the other columns', () => {
  it('reads a data year typed as a number or as text, and refuses anything else', () => {
    expect(readDataYearCell(number(2023))).toEqual({ ok: true, value: 2023 });
    expect(readDataYearCell(text(' 2022 '))).toEqual({ ok: true, value: 2022 });
    expect(readDataYearCell(empty)).toEqual({ ok: true, value: undefined });
    for (const cell of [number(1989), number(2023.5), text('last year'), number(2101), number(0.2, true)]) {
      const reading = readDataYearCell(cell);
      expect(!reading.ok && reading.problem.reason).toBe('expected-year');
    }
  });

  it('reads a data quality by its name in either language, or its id', () => {
    expect(readDataQualityCell(text('Measured'), vocabulary)).toEqual({ ok: true, value: 'measured' });
    expect(readDataQualityCell(text('ước tính'), vocabulary)).toEqual({ ok: true, value: 'estimated' });
    expect(readDataQualityCell(text('opinion'), vocabulary)).toEqual({ ok: true, value: 'opinion' });
    expect(readDataQualityCell(empty, vocabulary)).toEqual({ ok: true, value: undefined });
  });

  it('refuses another data quality, listing the three in the workbook’s language', () => {
    const reading = readDataQualityCell(text('guess'), vocabulary);
    expect(!reading.ok && reading.problem).toMatchObject({
      reason: 'bad-choice',
      values: { options: 'Measured, Estimated, Opinion' },
    });
  });

  it('reads a text cell as typed, a number as it shows, and refuses an error value', () => {
    expect(readTextCell(text('Niên giám 2023'))).toEqual({ ok: true, value: 'Niên giám 2023' });
    expect(readTextCell(number(2023))).toEqual({ ok: true, value: '2023' });
    expect(readTextCell({ kind: 'error', text: '#REF!' }).ok).toBe(false);
  });
});
