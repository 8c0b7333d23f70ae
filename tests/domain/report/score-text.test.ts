import { beforeAll, describe, expect, it } from 'vitest';

import type { Language } from '../../../src/domain/language';
import { createScoreText, type ScoreText, type ShownStatus } from '../../../src/domain/report/score-text';
import { createReportTranslate } from '../../../src/pdf/report-i18n';
import { BANDS } from '../../factories/framework-factory';

const texts = {} as Record<Language, ScoreText>;
beforeAll(async () => {
  for (const language of ['en', 'vi'] as const)
    texts[language] = createScoreText(language, await createReportTranslate(language));
});

const provisional: ShownStatus = {
  band: null,
  range: { low: 31.2, high: 78.4 },
  isProvisional: true,
  answersToBand: 36,
};
const settled: ShownStatus = {
  band: BANDS[2] ?? null,
  range: { low: 55, high: 58 },
  isProvisional: false,
  answersToBand: 0,
};

describe('createScoreText', () => {
  it('says how far a provisional score can still move and how many answers would give it a band', () => {
    expect(texts.en.standing(57.5, provisional)).toBe(
      '57.5, between 31 and 79 until 36 more questions are answered',
    );
    expect(texts.en.standing(57.5, { ...provisional, answersToBand: 1 })).toBe(
      '57.5, between 31 and 79 until 1 more question is answered',
    );
    expect(texts.vi.standing(57.5, provisional)).toBe(
      '57,5, trong khoảng từ 31 đến 79 cho đến khi trả lời thêm 36 câu hỏi',
    );
  });

  it('names the band of a score that is not provisional', () => {
    expect(texts.en.standing(57.5, settled)).toBe('57.5 · Developing');
    expect(texts.en.band(57.5, settled)).toBe('Developing');
    expect(texts.vi.band(57.5, settled)).toBe('Developing (vi)');
  });

  it('marks a provisional score with its range, and nothing else', () => {
    expect(texts.en.mark(57.5, provisional)).toBe('provisional, 31–79');
    expect(texts.vi.mark(57.5, provisional)).toBe('tạm tính, 31–79');
    expect(texts.en.withMark(57.5, provisional)).toBe('57.5 (provisional, 31–79)');
    expect(texts.vi.inline(57.5, provisional)).toBe('57,5, tạm tính, 31–79');
    expect(texts.en.inline(57.5, settled)).toBe('57.5');
    expect(texts.en.mark(57.5, settled)).toBeNull();
    expect(texts.en.withMark(57.5, settled)).toBe('57.5');
    // No score: nothing to mark.
    expect(texts.en.mark(null, provisional)).toBeNull();
    expect(texts.en.withMark(null, provisional)).toBe('—');
    expect(texts.en.band(null, provisional)).toBe('No score');
    expect(texts.en.band(57.5, provisional)).toBe('No band while provisional');
  });

  it('rounds the range outwards to whole numbers, so it always holds the true range', () => {
    expect(texts.en.range({ low: 31.9, high: 78.1 })).toBe('between 31 and 79');
    // Within floating-point noise of a whole number, the whole number.
    expect(texts.en.range({ low: 31 - 1e-12, high: 79 + 1e-12 })).toBe('between 31 and 79');
    expect(texts.en.range({ low: 0, high: 100 })).toBe('between 0 and 100');
  });

  it('puts the mark or else the band in brackets after a score', () => {
    expect(texts.en.qualifier(57.5, provisional)).toBe('provisional, 31–79');
    expect(texts.en.qualifier(57.5, settled)).toBe('Developing');
    expect(texts.en.qualifier(null, settled)).toBe('No score');
  });
});
