import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { createScoreText, type ScoreText } from '../domain/report/score-text';
import { useLanguage } from '../i18n/use-language';

/** The shared score formatter (createScoreText) in the reader's language, for screens. */
export function useScoreText(): ScoreText {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return useMemo(
    () => createScoreText(language, (key, values) => t(key as 'score.range', values)),
    [language, t],
  );
}
