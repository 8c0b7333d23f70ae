import type { Language } from '../domain/language';
import type { Question } from '../domain/criteria/criterion-schema';
import { numberFormat } from '../domain/intl-formats';

/** A percent or number value with its unit, in the language's number format. */
export function formatQuantity(question: Question, value: number, language: Language): string {
  if (question.type === 'percent') {
    return numberFormat(language, {
      style: 'unit',
      unit: 'percent',
      maximumFractionDigits: 2,
    }).format(value);
  }
  const number = numberFormat(language, { maximumFractionDigits: 2 }).format(value);
  return question.type === 'number' ? `${number} ${question.unit[language]}` : number;
}
