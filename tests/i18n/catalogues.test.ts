import { describe, expect, it } from 'vitest';

import en from '../../src/i18n/en.json';
import reportEn from '../../src/i18n/report-en.json';
import reportVi from '../../src/i18n/report-vi.json';
import teamPageEn from '../../src/i18n/team-page-en.json';
import teamPageVi from '../../src/i18n/team-page-vi.json';
import teamSyncEn from '../../src/i18n/team-sync-en.json';
import teamSyncVi from '../../src/i18n/team-sync-vi.json';
import vi from '../../src/i18n/vi.json';
import { detectLanguage, LANGUAGE_STORAGE_KEY } from '../../src/i18n/i18n';

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [k, v] of flatten(value, path)) entries.set(k, v);
  }
  return entries;
}

// The UI's catalogues, the report's (loaded with the PDF code), the team page's and the live team's
// (loaded with their screens) are checked as one.
const english = new Map([
  ...flatten(en),
  ...flatten(reportEn),
  ...flatten(teamPageEn),
  ...flatten(teamSyncEn),
]);
const vietnamese = new Map([
  ...flatten(vi),
  ...flatten(reportVi),
  ...flatten(teamPageVi),
  ...flatten(teamSyncVi),
]);
// Names of languages are written in their own language in both catalogues; band ranges are numbers.
const SAME_IN_BOTH = new Set([
  'language.en',
  'language.vi',
  'criteria.band',
  'criteria.period.range',
  'common.actionOn',
  'results.previousOverall',
  'results.namedScore',
  'results.targetWithGap',
  'results.columns.previous',
  'export.a4',
  'export.letter',
  'compare.rankingItem',
  'score.withMark',
  'score.inlineMark',
  'score.withBand',
  'answerText.level',
  'answerText.spread',
  'teamSync.peer',
]);

describe('the i18n catalogues', () => {
  it('have exactly the same keys in English and Vietnamese', () => {
    expect([...vietnamese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty text', () => {
    for (const [key, value] of [...english, ...vietnamese]) expect(value.trim(), key).not.toBe('');
  });

  it('translate every text', () => {
    for (const [key, value] of english) {
      if (!SAME_IN_BOTH.has(key)) expect(vietnamese.get(key), key).not.toBe(value);
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    for (const [key, value] of english)
      expect(placeholders(vietnamese.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('store Vietnamese in NFC', () => {
    for (const [key, value] of vietnamese) expect(value.normalize('NFC'), key).toBe(value);
  });
});

describe('detectLanguage', () => {
  const storage = (value: string | null) => ({
    getItem: (key: string) => (key === LANGUAGE_STORAGE_KEY ? value : null),
  });

  it.each([
    [null, ['vi-VN', 'en'], 'vi'],
    [null, ['en-US', 'vi'], 'vi'],
    [null, ['fr-FR'], 'en'],
    ['en', ['vi-VN'], 'en'],
    ['vi', ['en-US'], 'vi'],
    ['klingon', ['en-US'], 'en'],
  ] as const)('with %s remembered and %j preferred, picks %s', (stored, preferred, expected) => {
    expect(detectLanguage(storage(stored), preferred)).toBe(expected);
  });

  it('falls back to the browser preference when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(detectLanguage(blocked, ['vi'])).toBe('vi');
  });
});
