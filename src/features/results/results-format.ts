import { useLanguage } from '../../i18n/use-language';

/** Scores to one decimal, in the reader's number format; the engine itself never rounds. */
export function useResultsFormat() {
  const { language } = useLanguage();
  const score = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  return {
    score: (value: number | null) => (value === null ? '—' : score.format(value)),
    signed: (value: number | null) => (value === null ? '—' : signed.format(value)),
    percent: (value: number) => percent.format(value),
  };
}
