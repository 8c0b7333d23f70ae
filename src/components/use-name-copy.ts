import { useTranslation } from 'react-i18next';

import { nameCopy } from '../domain/assessment/name-copy';

/** Names a copy kept beside an assessment of the same id: "Huế (copy)", "Huế (bản sao)". */
export function useNameCopy(): (name: string) => string {
  const { t } = useTranslation();
  return (name) => nameCopy(name, (shown) => t('import.copyName', { name: shown }));
}
