import type { AnswerValue } from '../assessment/assessment-schema';
import { NA } from '../assessment/not-applicable';
import type { Framework, Question } from '../criteria/criterion-schema';
import { numberFormat } from '../intl-formats';
import type { Language } from '../language';
import { classifySpread } from '../scoring/disagreement';
import type { Translate } from './build-report-model';

export type AnswerText = {
  /** An answer's value in a few words: "2 · Developing", "76 %", "Yes", the ticked options. */
  value: (question: Question, value: AnswerValue | undefined) => string;
  /** A spread (0–1) in numbers and words: "0.50 (wide)". */
  spread: (spread: number) => string;
};

/**
 * The one short form of an answer and of a spread, for the screens that set respondents' answers
 * side by side and for the report's appendix. `t` looks up the `answerText.*` texts (in the UI
 * catalogues, which the report's translator also carries).
 */
export function createAnswerText(framework: Framework, language: Language, t: Translate): AnswerText {
  const number = numberFormat(language, { maximumFractionDigits: 2 });
  const twoDecimals = numberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return {
    value: (question, value) => {
      if (value === undefined) return t('answerText.unanswered');
      if (value === NA) return t('answerText.na');
      switch (question.type) {
        case 'level': {
          const level = Number(value);
          return t('answerText.level', { level, name: framework.levels[level]?.[language] ?? '' });
        }
        case 'percent':
          return `${number.format(Number(value))} %`;
        case 'number':
          return `${number.format(Number(value))} ${question.unit[language]}`;
        case 'boolean':
          return t(value === true ? 'answerText.yes' : 'answerText.no');
        case 'checklist': {
          const ticked = new Set(Array.isArray(value) ? value : []);
          const labels = question.options.filter((o) => ticked.has(o.id)).map((o) => o.label[language]);
          return labels.length === 0 ? t('answerText.noneTicked') : labels.join('; ');
        }
      }
    },
    spread: (spread) =>
      t('answerText.spread', {
        value: twoDecimals.format(spread),
        words: t(`answerText.spreadWords.${classifySpread(spread)}`),
      }),
  };
}
