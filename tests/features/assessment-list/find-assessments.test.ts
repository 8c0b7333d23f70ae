import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  EVERY_ASSESSMENT,
  findAssessments,
  LIST_SORTS,
  listYears,
} from '../../../src/features/assessment-list/find-assessments';
import type { AssessmentSummary } from '../../../src/features/assessment-list/summarize-assessments';

function summary(id: string, overrides: Partial<AssessmentSummary>): AssessmentSummary {
  return {
    id,
    name: id,
    region: undefined,
    year: 2024,
    overall: null,
    status: { band: null, range: { low: 0, high: 100 }, isProvisional: true, coverage: 0, answersToBand: 1 },
    progress: { done: 0, total: 1, percent: 0 },
    updatedAt: undefined,
    isIllustrative: false,
    basedOn: null,
    ...overrides,
  } as AssessmentSummary;
}

const list = [
  summary('hue', {
    name: 'Thành phố Huế',
    region: 'Bắc Trung Bộ',
    year: 2024,
    overall: 40,
    updatedAt: '2025-01-02',
  }),
  summary('bd23', {
    name: 'Bình Dương',
    region: 'Đông Nam Bộ',
    year: 2023,
    overall: 62,
    updatedAt: '2025-03-01',
  }),
  summary('bd24', {
    name: 'Bình Dương',
    region: 'Đông Nam Bộ',
    year: 2024,
    overall: null,
    updatedAt: '2025-02-01',
  }),
  summary('dn', { name: 'Đà Nẵng', year: 2025, overall: 55, updatedAt: '2024-12-01' }),
];
const ids = (rows: AssessmentSummary[]) => rows.map((row) => row.id);

describe('searching the list', () => {
  it('finds by name or region, without accents or case', () => {
    expect(ids(findAssessments(list, { ...EVERY_ASSESSMENT, text: 'hue' }, 'vi'))).toEqual(['hue']);
    expect(ids(findAssessments(list, { ...EVERY_ASSESSMENT, text: 'da nang' }, 'vi'))).toEqual(['dn']);
    expect(ids(findAssessments(list, { ...EVERY_ASSESSMENT, text: 'ĐÔNG NAM' }, 'vi'))).toEqual([
      'bd23',
      'bd24',
    ]);
    expect(findAssessments(list, { ...EVERY_ASSESSMENT, text: 'hanoi' }, 'vi')).toEqual([]);
  });

  it('keeps only the chosen year, and offers each year once, newest first', () => {
    expect(ids(findAssessments(list, { ...EVERY_ASSESSMENT, year: 2024 }, 'en'))).toEqual(['bd24', 'hue']);
    expect(listYears(list)).toEqual([2025, 2024, 2023]);
  });
});

describe('sorting the list', () => {
  it('by last edited, name, year (newest first) or score (highest first, unscored last)', () => {
    expect(ids(findAssessments(list, EVERY_ASSESSMENT, 'vi'))).toEqual(['bd23', 'bd24', 'hue', 'dn']);
    expect(ids(findAssessments(list, { ...EVERY_ASSESSMENT, sort: 'name' }, 'vi'))).toEqual([
      'bd24',
      'bd23',
      'dn',
      'hue',
    ]);
    expect(ids(findAssessments(list, { ...EVERY_ASSESSMENT, sort: 'year' }, 'vi'))).toEqual([
      'dn',
      'bd24',
      'hue',
      'bd23',
    ]);
    expect(ids(findAssessments(list, { ...EVERY_ASSESSMENT, sort: 'score' }, 'vi'))).toEqual([
      'bd23',
      'dn',
      'hue',
      'bd24',
    ]);
  });

  it('with an empty search, every sort shows every assessment exactly once', () => {
    const arbitrary = fc.uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1 }),
        name: fc.string(),
        year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: undefined }),
        overall: fc.option(fc.double({ min: 0, max: 100, noNaN: true })),
      }),
      { selector: (row) => row.id },
    );
    fc.assert(
      fc.property(arbitrary, fc.constantFrom(...LIST_SORTS), (rows, sort) => {
        const summaries = rows.map((row) => summary(row.id, row));
        const found = findAssessments(summaries, { ...EVERY_ASSESSMENT, sort }, 'en');
        expect(ids(found).sort()).toEqual(ids(summaries).sort());
      }),
    );
  });
});
