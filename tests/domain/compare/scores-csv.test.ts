import { describe, expect, it } from 'vitest';

import type { Assessment } from '../../../src/domain/assessment/assessment-schema';
import { buildScoresCsv } from '../../../src/domain/compare/scores-csv';
import { buildFramework } from '../../factories/framework-factory';

const framework = buildFramework();

const headers = {
  assessmentId: 'ID',
  community: 'Community',
  year: 'Year',
  overall: 'Overall',
  band: 'Band',
};

const hue: Assessment = {
  id: 'hue-2024',
  profile: { name: 'Huế', year: 2024 },
  answers: {
    'alpha.level': { value: 2 },
    'alpha.percent': { value: 50 },
    'alpha.flag': { value: true },
    'gamma.level': { value: 1 },
  },
};

const toCsv = (assessments: Assessment[], language: 'en' | 'vi' = 'en') =>
  buildScoresCsv(framework, assessments, { language, headers });

/** The lines after the BOM, without the empty string after the last CRLF. */
const linesOf = (csv: string) => csv.slice(1).split('\r\n').slice(0, -1);

describe('buildScoresCsv', () => {
  it('starts with a UTF-8 byte order mark and ends every line with CRLF', () => {
    const csv = toCsv([hue]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('has a header of id, community, year, the criteria in the chosen language, overall and band', () => {
    expect(linesOf(toCsv([]))).toEqual(['ID,Community,Year,alpha,beta,gamma,Overall,Band']);
    expect(linesOf(toCsv([], 'vi'))[0]).toBe(
      'ID,Community,Year,alpha (vi),beta (vi),gamma (vi),Overall,Band',
    );
  });

  it('writes one row an assessment, scores with two decimals and an empty cell where there is no score', () => {
    const empty: Assessment = { id: 'empty', profile: { name: 'Nowhere' }, answers: {} };
    expect(linesOf(toCsv([hue, empty])).slice(1)).toEqual([
      'hue-2024,Huế,2024,62.50,,25.00,43.75,Developing',
      'empty,Nowhere,,,,,,',
    ]);
  });

  it('keeps Vietnamese text intact and names the band in the chosen language', () => {
    const csv = toCsv([{ ...hue, profile: { name: 'Thừa Thiên Huế', year: 2024 } }], 'vi');
    expect(linesOf(csv)[1]).toBe('hue-2024,Thừa Thiên Huế,2024,62.50,,25.00,43.75,Developing (vi)');
  });

  it('scores each assessment with its own saved weights', () => {
    const weighted = { ...hue, weights: { gamma: 3 } };
    // (62.5 + 3 × 25) / 4
    expect(linesOf(toCsv([weighted]))[1]).toBe('hue-2024,Huế,2024,62.50,,25.00,34.38,Emerging');
  });

  it('quotes a field holding a comma or a quote, doubling the quotes', () => {
    const csv = toCsv([{ ...hue, profile: { name: 'Huế, "the old capital"' } }]);
    expect(linesOf(csv)[1]).toBe('hue-2024,"Huế, ""the old capital""",,62.50,,25.00,43.75,Developing');
  });

  it('quotes a field holding a line break, so the row stays one record', () => {
    const csv = toCsv([{ ...hue, profile: { name: 'Huế\nCity' } }]);
    expect(csv).toContain(',"Huế\nCity",');
  });

  it.each([
    ['=HYPERLINK("https://evil.example","click")', `"'=HYPERLINK(""https://evil.example"",""click"")"`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
  ])('neutralises a name a spreadsheet would run as a formula: %j', (name, cell) => {
    const csv = toCsv([{ ...hue, profile: { name } }]);
    expect(linesOf(csv)[1]).toBe(`hue-2024,${cell},,62.50,,25.00,43.75,Developing`);
  });

  it('neutralises header cells too', () => {
    const csv = buildScoresCsv(framework, [], {
      language: 'en',
      headers: { ...headers, community: '=Name' },
    });
    expect(linesOf(csv)[0]).toBe("ID,'=Name,Year,alpha,beta,gamma,Overall,Band");
  });
});
