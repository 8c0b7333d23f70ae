import { useTranslation } from 'react-i18next';

import type { AnswerValue } from '../domain/assessment/assessment-schema';
import { NA } from '../domain/assessment/not-applicable';
import type { Framework, QuestionType } from '../domain/criteria/criterion-schema';
import { numberFormat } from '../domain/intl-formats';
import type { LocalizedText } from '../domain/localized-text';
import { useLanguage } from '../i18n/use-language';

/** What the formatter needs of a question, of this criteria version or an earlier one. */
export type ValueQuestion = {
  type: QuestionType;
  unit?: LocalizedText | undefined;
  options?: readonly { id: string; label: LocalizedText }[] | undefined;
};

/**
 * An answer's value in words, in the reader's language and number format: "3 · Established",
 * "45.5 %", "Yes", the ticked options. `missing` is what a question with no value says.
 */
export function useFormatAnswerValue(framework: Framework) {
  const { t } = useTranslation();
  const { language, localize } = useLanguage();
  const number = numberFormat(language, { maximumFractionDigits: 2 });
  return (question: ValueQuestion, value: AnswerValue | undefined, missing: string): string => {
    if (value === undefined) return missing;
    if (value === NA) return t('answer.notApplicable');
    if (typeof value === 'boolean') return t(value ? 'answer.yes' : 'answer.no');
    if (Array.isArray(value)) {
      const labels = new Map(question.options?.map((option) => [option.id, localize(option.label)]));
      return value.map((id) => labels.get(id) ?? id).join('; ');
    }
    if (question.type === 'level') {
      const name = framework.levels[value];
      return name ? `${value} · ${localize(name)}` : String(value);
    }
    if (question.type === 'percent') return `${number.format(value)} %`;
    return question.unit ? `${number.format(value)} ${localize(question.unit)}` : number.format(value);
  };
}
