import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm, useWatch, type UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';

import { Field } from '../../components/forms/field';
import { parseWholeNumber } from '../../components/forms/profile-form-schema';
import { formatAssessmentTitle } from '../../domain/report/assessment-title';
import type { Assessment } from '../../domain/assessment/assessment-schema';
import {
  MAX_YEAR,
  MIN_YEAR,
  proposeNextYear,
  type NextYearOptions,
} from '../../domain/assessment/carry-over';
import { normalizeCommunity } from '../../domain/insights/build-trend';

const isYear = (text: string) => {
  const year = parseWholeNumber(text);
  return year !== null && year >= MIN_YEAR && year <= MAX_YEAR;
};

const nextYearFormSchema = z.object({
  // The same bounds as the profile's year, but required: a year is what tells next year's apart.
  year: z.string().check(z.trim(), z.refine(isYear, { error: 'errors.year' })),
  carryTargets: z.boolean(),
  carryWeights: z.boolean(),
});
type NextYearFormValues = z.input<typeof nextYearFormSchema>;

/** A box to tick, with why it starts ticked or not. */
function CarryChoice({
  label,
  hint,
  registration,
}: {
  label: string;
  hint: string;
  registration: UseFormRegisterReturn;
}) {
  const hintId = useId();
  return (
    <div className="next-year-form__choice">
      <label className="choice choice--check">
        <input type="checkbox" aria-describedby={hintId} {...registration} />
        <span>{label}</span>
      </label>
      <p className="field__hint" id={hintId}>
        {hint}
      </p>
    </div>
  );
}

/**
 * "Start next year's": the year (proposed as the source's + 1), whether targets and weights come
 * along, and what happens to the answers, said before anything is copied.
 */
export default function NextYearForm({
  source,
  existing,
  onSubmit,
  onCancel,
}: {
  /** The assessment to start from, as the index holds it (values, targets, weights). */
  source: Assessment;
  /** The other assessments, to say when the chosen year already has one of this community. */
  existing: readonly Assessment[];
  onSubmit: (options: NextYearOptions) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const targetCount = Object.keys(source.targets ?? {}).length;
  const hasWeights = Object.keys(source.weights ?? {}).length > 0;
  const { register, handleSubmit, control, formState } = useForm<
    NextYearFormValues,
    unknown,
    z.output<typeof nextYearFormSchema>
  >({
    resolver: zodResolver(nextYearFormSchema),
    defaultValues: {
      year: String(proposeNextYear(source, new Date())),
      carryTargets: targetCount > 0,
      carryWeights: false,
    },
  });
  const typedYear = parseWholeNumber(useWatch({ control, name: 'year' }));
  const name = source.profile.name;
  const community = normalizeCommunity(name);
  const sameYear = existing.find(
    (other) =>
      other.profile.year === typedYear &&
      other.id !== source.id &&
      normalizeCommunity(other.profile.name) === community,
  );
  const answered = Object.values(source.answers).filter((a) => a.value !== undefined).length;
  const fromYear = source.profile.year;
  const sourceTitle = formatAssessmentTitle(source.profile);
  const yearError = formState.errors.year?.message;
  return (
    <form
      noValidate
      className="next-year-form"
      onSubmit={(event) =>
        void handleSubmit((values) =>
          onSubmit({
            year: parseWholeNumber(values.year) ?? MIN_YEAR,
            carryTargets: values.carryTargets && targetCount > 0,
            carryWeights: values.carryWeights && hasWeights,
          }),
        )(event)
      }
    >
      <p>{t('nextYear.intro', { name, source: sourceTitle })}</p>
      <Field
        label={t('profile.year')}
        hint={
          <>
            {fromYear === undefined
              ? t('nextYear.yearHintNoYear', { source: sourceTitle })
              : t('nextYear.yearHint', { year: fromYear })}
            {sameYear && (
              <>
                {' '}
                <strong>
                  {t('nextYear.sameYearExists', { title: formatAssessmentTitle(sameYear.profile) })}
                </strong>
              </>
            )}
          </>
        }
        error={yearError ? t(yearError as 'errors.year') : undefined}
      >
        {(control) => (
          <input
            {...control}
            className="input input--short"
            inputMode="numeric"
            autoComplete="off"
            {...register('year')}
          />
        )}
      </Field>
      {(targetCount > 0 || hasWeights) && (
        <fieldset className="choices">
          <legend className="field__label">{t('nextYear.carryHeading')}</legend>
          {targetCount > 0 && (
            <CarryChoice
              label={t('nextYear.carryTargets', { count: targetCount })}
              hint={t('nextYear.carryTargetsHint')}
              registration={register('carryTargets')}
            />
          )}
          {hasWeights && (
            <CarryChoice
              label={t('nextYear.carryWeights')}
              hint={t('nextYear.carryWeightsHint')}
              registration={register('carryWeights')}
            />
          )}
        </fieldset>
      )}
      <h3 className="next-year-form__heading">{t('nextYear.answersHeading')}</h3>
      <p>
        {answered === 0
          ? t('nextYear.noAnswers', { source: sourceTitle })
          : fromYear === undefined
            ? t('nextYear.answersNoYear', { count: answered })
            : t('nextYear.answers', { count: answered, year: fromYear })}
      </p>
      {answered > 0 && <p className="muted">{t('nextYear.confirmRule')}</p>}
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {t('nextYear.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
