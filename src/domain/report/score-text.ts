import type { Band } from '../criteria/criterion-schema';
import type { Language } from '../language';
import type { ScoreRange } from '../scoring/score-assessment';
import type { Translate } from './build-report-model';
import { numberFormat } from '../intl-formats';

/** What the texts need to know of a score besides its value. */
export type ShownStatus = {
  band: Band | null;
  range: ScoreRange | null;
  isProvisional: boolean;
  answersToBand?: number;
};

/** The status of a score known only to be provisional or not, with its range (a table cell). */
export function markStatus(isProvisional: boolean, range: ScoreRange | null): ShownStatus {
  return { band: null, range, isProvisional };
}

export type ScoreText = {
  /** One decimal in the reader's number format; "—" for no score. */
  score: (value: number | null) => string;
  /** One decimal with its sign: "+3.5". */
  signed: (value: number | null) => string;
  /** "between 31 and 79": whole numbers, the low rounded down and the high rounded up. */
  range: (range: ScoreRange) => string;
  /** The mark after a provisional score, "provisional, 31–79"; null when there is nothing to mark. */
  mark: (score: number | null, status: ShownStatus) => string | null;
  /** A score and its mark inside brackets already there: "33.3, provisional, 11–77". */
  inline: (score: number | null, status: ShownStatus) => string;
  /** A score and its mark as one text, for places with no room for a separate tag. */
  withMark: (score: number | null, status: ShownStatus) => string;
  /** What follows a score in brackets: its mark while provisional, else its band (or "no score"). */
  qualifier: (score: number | null, status: ShownStatus) => string;
  /** What a band column says: the band, "no band while provisional", or "no score". */
  band: (score: number | null, status: ShownStatus) => string;
  /**
   * The standing in one line: "57.5 · Developing", or while provisional "57.5, between 31 and 79
   * until 36 more questions are answered".
   */
  standing: (score: number | null, status: ShownStatus) => string;
};

// Scores within this of a whole number are that number: 31 − 1e-12 is shown as 31, not 30.
const TOLERANCE = 1e-9;

/**
 * The one formatter of scores for every screen, the PDF reports and the CSV's texts, so that a
 * provisional score reads the same wherever it appears. `t` looks up the `score.*` texts (in the
 * UI catalogues, which the report's translator also carries).
 */
export function createScoreText(language: Language, t: Translate): ScoreText {
  const oneDecimal = numberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signed = numberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const whole = numberFormat(language, { maximumFractionDigits: 0 });
  // Rounded outwards, so the range shown always holds the true one.
  const bounds = (range: ScoreRange) => ({
    low: whole.format(Math.floor(range.low + TOLERANCE)),
    high: whole.format(Math.ceil(range.high - TOLERANCE)),
  });
  const score = (value: number | null) => (value === null ? '—' : oneDecimal.format(value));
  const isMarked = (value: number | null, status: ShownStatus) => value !== null && status.isProvisional;
  const mark = (value: number | null, status: ShownStatus) =>
    !isMarked(value, status)
      ? null
      : status.range === null
        ? t('score.provisional')
        : t('score.provisionalRange', bounds(status.range));
  return {
    score,
    signed: (value) => (value === null ? '—' : signed.format(value)),
    range: (range) => t('score.range', bounds(range)),
    mark,
    inline: (value, status) => {
      const text = mark(value, status);
      return text === null ? score(value) : t('score.inlineMark', { score: score(value), mark: text });
    },
    withMark: (value, status) => {
      const text = mark(value, status);
      return text === null ? score(value) : t('score.withMark', { score: score(value), mark: text });
    },
    qualifier: (value, status) =>
      mark(value, status) ??
      (value === null || status.band === null ? t('score.noScore') : status.band.name[language]),
    band: (value, status) =>
      value === null ? t('score.noScore') : status.band ? status.band.name[language] : t('score.noBand'),
    standing: (value, status) => {
      if (value === null) return t('score.noScore');
      if (!isMarked(value, status))
        return status.band
          ? t('score.withBand', { score: score(value), band: status.band.name[language] })
          : score(value);
      if (status.range === null)
        return t('score.withMark', { score: score(value), mark: t('score.provisional') });
      const values = { score: score(value), ...bounds(status.range), count: status.answersToBand ?? 0 };
      return t(values.count > 0 ? 'score.untilAnswered' : 'score.between', values);
    },
  };
}
