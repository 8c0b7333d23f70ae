import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Framework } from '../../domain/criteria/criterion-schema';
import { createAnswerText, type AnswerText } from '../../domain/report/answer-text';
import { useLanguage } from '../../i18n/use-language';

/** The shared short form of answers and spreads (createAnswerText) in the reader's language. */
export function useAnswerText(framework: Framework): AnswerText {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return useMemo(
    () => createAnswerText(framework, language, (key, values) => t(key as 'answerText.na', values)),
    [framework, language, t],
  );
}
