import { useTranslation } from 'react-i18next';

import type { Criterion, Framework, Period, Question } from '../../domain/criteria/criterion-schema';
import { useFramework } from '../../framework/use-framework';
import { useLanguage } from '../../i18n/use-language';
import { formatQuantity } from '../../components/format-quantity';
import { DefinitionCard } from '../../components/definition-card';
import { findCurrentIcfName } from '../../domain/criteria/current-icf-name';
import { numberFormat } from '../../domain/intl-formats';

function QuestionDetails({ question, framework }: { question: Question; framework: Framework }) {
  const { t } = useTranslation();
  const { language, localize } = useLanguage();
  const number = numberFormat(language);
  return (
    <li className="question">
      <h4 className="question__prompt">{localize(question.prompt)}</h4>
      <p className="question__meta">
        {t(`criteria.types.${question.type}`)}
        {question.weight !== 1 && ` · ${t('criteria.weight', { weight: number.format(question.weight) })}`}
        {question.allowsNA && ` · ${t('criteria.allowsNA')}`}
      </p>
      {question.type === 'level' && (
        <ol className="question__levels" start={0} aria-label={t('criteria.levelsHeading')}>
          {question.levels.map((level, i) => (
            <li key={i}>
              <strong>{framework.levels[i] && localize(framework.levels[i])}:</strong>{' '}
              {localize(level.summary)}
              {level.conditions.length > 0 && (
                <ul className="question__conditions">
                  {level.conditions.map((condition, j) => (
                    <li key={j}>{localize(condition)}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {question.type === 'checklist' && (
        <ul className="question__options">
          {question.options.map((option) => (
            <li key={option.id}>{localize(option.label)}</li>
          ))}
        </ul>
      )}
      {(question.type === 'percent' || question.type === 'number') && (
        <>
          <p>
            {t('criteria.scale', {
              worst: formatQuantity(question, question.scoring.worst, language),
              best: formatQuantity(question, question.scoring.best, language),
            })}
          </p>
          <DefinitionCard question={question} />
        </>
      )}
      <p>
        <strong>{t('criteria.evidence')}:</strong> {localize(question.help)}
      </p>
      <p className="question__source">
        <strong>{t('criteria.source')}:</strong> {localize(question.source.point)} ({question.source.ref})
      </p>
    </li>
  );
}

function CriterionSection({ criterion, framework }: { criterion: Criterion; framework: Framework }) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const formatPeriod = ({ from, to }: Period) =>
    from === undefined
      ? t('criteria.period.until', { to })
      : to === undefined
        ? t('criteria.period.since', { from })
        : t('criteria.period.range', { from, to });
  const headingId = `criterion-${criterion.id}`;
  const icfName = findCurrentIcfName(criterion);
  return (
    <section className="criterion" aria-labelledby={headingId}>
      <h2 id={headingId}>{localize(criterion.name)}</h2>
      {icfName && (
        <p className="criterion-icf-name">{t('walk.currentIcfName', { name: localize(icfName) })}</p>
      )}
      <p>{localize(criterion.description)}</p>
      {criterion.aliases.length > 0 && (
        <p className="criterion__aliases">
          <strong>{t('criteria.alsoKnownAs')}:</strong>{' '}
          {criterion.aliases
            .map((alias) => `${localize(alias.name)} (${formatPeriod(alias.period)})`)
            .join(' · ')}
        </p>
      )}
      <details className="criterion__questions">
        <summary>
          <h3>
            {t('criteria.questionsHeading')} (
            {t('criteria.questionCount', { count: criterion.questions.length })})
          </h3>
        </summary>
        <ol>
          {criterion.questions.map((question) => (
            <QuestionDetails key={question.id} question={question} framework={framework} />
          ))}
        </ol>
      </details>
    </section>
  );
}

/** The framework as a reader sees it before answering: criteria, questions, evidence and bands. */
export default function CriteriaOverview() {
  const { t } = useTranslation();
  const { language, localize } = useLanguage();
  const framework = useFramework();
  const number = numberFormat(language);
  return (
    <article className="criteria-overview">
      <h1>{t('criteria.heading')}</h1>
      <p className="lead">{localize(framework.description)}</p>
      <p className="muted">{t('criteria.version', { id: framework.id, version: framework.version })}</p>
      {framework.criteria.map((criterion) => (
        <CriterionSection key={criterion.id} criterion={criterion} framework={framework} />
      ))}
      <section className="bands" aria-labelledby="bands-heading">
        <h2 id="bands-heading">{t('criteria.bandsHeading')}</h2>
        <ul>
          {framework.bands.map((band) => (
            <li key={band.id}>
              <strong>
                {t('criteria.band', {
                  name: localize(band.name),
                  min: number.format(band.min),
                  max: number.format(band.max),
                })}
              </strong>{' '}
              {localize(band.description)}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
