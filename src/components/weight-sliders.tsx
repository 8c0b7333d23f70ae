import { useTranslation } from 'react-i18next';

import type { Framework } from '../domain/criteria/criterion-schema';
import { useLanguage } from '../i18n/use-language';
import { numberFormat } from '../domain/intl-formats';

const MAX_WEIGHT = 3;
const STEP = 0.25;

/**
 * A slider per criterion for what-if weights. Reports undefined when every weight is back at the
 * framework's own (ICF's equal weights), so "custom" means really custom.
 */
export function WeightSliders({
  framework,
  weights,
  idPrefix,
  onChange,
}: {
  framework: Framework;
  weights: Readonly<Record<string, number>> | undefined;
  idPrefix: string;
  onChange: (weights: Record<string, number> | undefined) => void;
}) {
  const { t } = useTranslation();
  const { language, localize } = useLanguage();
  const number = numberFormat(language, { maximumFractionDigits: 2 });
  const change = (criterionId: string, value: number) => {
    const next = Object.fromEntries(framework.criteria.map((c) => [c.id, weights?.[c.id] ?? c.weight]));
    next[criterionId] = value;
    onChange(framework.criteria.every((c) => next[c.id] === c.weight) ? undefined : next);
  };
  return (
    <div className="field-grid">
      {framework.criteria.map((criterion) => {
        const value = weights?.[criterion.id] ?? criterion.weight;
        const id = `${idPrefix}-${criterion.id}`;
        return (
          <div className="field" key={criterion.id}>
            <label className="field__label" htmlFor={id}>
              {t('results.weightLabel', { name: localize(criterion.name), weight: number.format(value) })}
            </label>
            <input
              id={id}
              className="range"
              type="range"
              min={0}
              max={MAX_WEIGHT}
              step={STEP}
              value={value}
              aria-valuetext={number.format(value)}
              onChange={(event) => change(criterion.id, Number(event.target.value))}
            />
          </div>
        );
      })}
    </div>
  );
}
