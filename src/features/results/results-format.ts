import { useScoreText } from '../../components/use-score-text';
import { useLanguage } from '../../i18n/use-language';
import { numberFormat } from '../../domain/intl-formats';

/** The shared score texts plus percentages, in the reader's number format; the engine itself never rounds. */
export function useResultsFormat() {
  const { language } = useLanguage();
  const text = useScoreText();
  const percent = numberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  return { ...text, percent: (value: number) => percent.format(value) };
}
