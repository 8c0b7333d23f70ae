import { describe, expect, it } from 'vitest';

import type { Assessment } from '../../../src/domain/assessment/assessment-schema';
import { buildScoresCsv } from '../../../src/domain/compare/scores-csv';
import { buildFramework } from '../../factories/framework-factory';

const framework = buildFramework();

const headers = {
  assessmentId: 'ID',
  community: 'Community',
  year: 'Year',
  population: 'Population',
  overall: 'Overall',
  band: 'Band',
  low: 'low',
  high: 'high',
  coverage: 'coverage',
  provisional: 'provisional',
};

// Each criterion and the overall: score, low, high, coverage, provisional.
const statusHeaders = (name: string) =>
  [name, `${name}: low`, `${name}: high`, `${name}: coverage`, `${name}: provisional`].join(',');
// Hué's alpha (62.5, all answered), beta (nothing answered) and gamma (25, all answered).
const HUE_CRITERIA = '62.50,62.50,62.50,1.0000,false,,0.00,100.00,0.0000,true,25.00,25.00,25.00,1.0000,false';

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

const complete: Assessment = {
  ...hue,
  id: 'hue-2025',
  answers: {
    ...hue.answers,
    'beta.price': { value: 60 },
    'beta.list': { value: ['a', 'b'] },
    'beta.optional': { value: 'na' },
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

  it('has a header of id, community, year, five columns a criterion in the chosen language, five for the overall and the band', () => {
    expect(linesOf(toCsv([]))).toEqual([
      `ID,Community,Year,Population,${['alpha', 'beta', 'gamma', 'Overall'].map(statusHeaders).join(',')},Band`,
    ]);
    expect(linesOf(toCsv([], 'vi'))[0]).toBe(
      `ID,Community,Year,Population,${['alpha (vi)', 'beta (vi)', 'gamma (vi)', 'Overall'].map(statusHeaders).join(',')},Band`,
    );
  });

  it('writes one row an assessment: scores and ranges with two decimals, coverage, provisional, and no band while provisional', () => {
    const empty: Assessment = { id: 'empty', profile: { name: 'Nowhere' }, answers: {} };
    // No score, a range of 0 to 100, no coverage, provisional.
    const unanswered = ',,0.00,100.00,0.0000,true';
    expect(linesOf(toCsv([hue, empty])).slice(1)).toEqual([
      // overall 43.75 between (62.5 + 0 + 25) / 3 and (62.5 + 100 + 25) / 3; 4 of 7 answered
      `hue-2024,Huế,2024,,${HUE_CRITERIA},43.75,29.17,62.50,0.5714,true,`,
      `empty,Nowhere,,${unanswered.repeat(4)},`,
    ]);
  });

  it('names the band, in the chosen language, of an overall that is not provisional', () => {
    const csv = toCsv([{ ...complete, profile: { name: 'Thừa Thiên Huế', year: 2025 } }], 'vi');
    // beta (0.5 + 0.5) / 2 with its third question N/A; overall (62.5 + 50 + 25) / 3
    expect(linesOf(csv)[1]).toBe(
      'hue-2025,Thừa Thiên Huế,2025,,62.50,62.50,62.50,1.0000,false,50.00,50.00,50.00,1.0000,false,' +
        '25.00,25.00,25.00,1.0000,false,45.83,45.83,45.83,1.0000,false,Developing (vi)',
    );
  });

  it('scores each assessment with its own saved weights', () => {
    const weighted = { ...complete, weights: { gamma: 3 } };
    // (62.5 + 50 + 3 × 25) / 5
    expect(linesOf(toCsv([weighted]))[1]).toMatch(/,37\.50,37\.50,37\.50,1\.0000,false,Emerging$/);
  });

  it('quotes a field holding a comma or a quote, doubling the quotes', () => {
    const csv = toCsv([{ ...hue, profile: { name: 'Huế, "the old capital"' } }]);
    expect(linesOf(csv)[1]).toBe(
      `hue-2024,"Huế, ""the old capital""",,,${HUE_CRITERIA},43.75,29.17,62.50,0.5714,true,`,
    );
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
    expect(linesOf(csv)[1]).toBe(`hue-2024,${cell},,,${HUE_CRITERIA},43.75,29.17,62.50,0.5714,true,`);
  });

  it('writes the population as a whole number without grouping', () => {
    const csv = toCsv([{ ...hue, profile: { ...hue.profile, population: 2_763_124 } }]);
    expect(linesOf(csv)[1]?.startsWith('hue-2024,Huế,2024,2763124,62.50,')).toBe(true);
  });

  it('writes a decimal comma and separates cells by semicolons when the reader asks for it', () => {
    const csv = buildScoresCsv(framework, [{ ...hue, profile: { name: 'Huế; cố đô', year: 2024 } }], {
      language: 'vi',
      headers,
      decimal: 'comma',
    });
    const [header, row] = linesOf(csv);
    expect(header?.startsWith('ID;Community;Year;Population;alpha (vi);alpha (vi): low;')).toBe(true);
    // The same figures as with a decimal point, each cell in its place.
    const pointRow = linesOf(toCsv([{ ...hue, profile: { name: 'x', year: 2024 } }], 'vi'))[1] ?? '';
    const pointCells = pointRow.split(',').slice(2);
    expect(row?.startsWith('hue-2024;"Huế; cố đô";')).toBe(true);
    expect(row?.split(';').slice(3)).toEqual(pointCells.map((cell) => cell.replace('.', ',')));
  });

  it('neutralises header cells too', () => {
    const csv = buildScoresCsv(framework, [], {
      language: 'en',
      headers: { ...headers, community: '=Name' },
    });
    expect(linesOf(csv)[0]?.startsWith("ID,'=Name,Year,Population,alpha,")).toBe(true);
  });
});
