import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import type { ConnectionState } from '../domain/team/connection-state';
import type { Framework } from '../domain/criteria/criterion-schema';
import { useLanguage } from '../i18n/use-language';
import type { Peer } from '../team-sync/team-sync';
import { useTeamRoom } from '../team-sync/use-team-room';

/** The team sync page's name in the presence others see ("Lan: the team page"). */
export const TEAM_SYNC_STEP = 'team-sync';

const SYMBOL: Record<ConnectionState['kind'], string> = {
  connecting: '… ',
  connected: '✓ ',
  offline: '⚠ ',
  unreachable: '⚠ ',
  refused: '⚠ ',
};

/** One sentence for the connection: the words carry it all (a symbol beside them, no colour code). */
export function TeamState({
  state,
  isBlockedHere,
}: {
  state: ConnectionState | undefined;
  isBlockedHere: boolean;
}) {
  const { t } = useTranslation();
  const kind = isBlockedHere ? 'blocked' : (state?.kind ?? 'connecting');
  const text = (() => {
    if (isBlockedHere) return t('teamSync.state.blocked');
    if (!state || state.kind === 'connecting') return t('teamSync.state.connecting');
    if (state.kind === 'refused') return t(`teamSync.state.refused.${state.reason}`);
    return t(`teamSync.state.${state.kind}`, { count: state.pending });
  })();
  return (
    <p className={`team-state team-state--${kind}`} role="status">
      <span aria-hidden="true">{isBlockedHere ? '⚠ ' : SYMBOL[state?.kind ?? 'connecting']}</span>
      {text}
      {isBlockedHere && (
        <>
          {' '}
          <button type="button" className="button button--small" onClick={() => window.location.reload()}>
            {t('teamSync.reload')}
          </button>
        </>
      )}
    </p>
  );
}

/** Where someone is: a step of the walk-through, the results, the team page, or nowhere in particular. */
export function useStepName(framework: Framework): (step: string | null) => string {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  return (step) => {
    const criterion = framework.criteria.find((c) => c.id === step);
    if (criterion) return localize(criterion.name);
    if (step === 'profile') return t('walk.profileStep');
    if (step === 'review') return t('walk.reviewStep');
    if (step === 'results') return t('teamSync.resultsStep');
    if (step === TEAM_SYNC_STEP) return t('teamSync.teamStep');
    return t('teamSync.noStep');
  };
}

/** Who is in the room and on which step, by name, as text. */
export function PeerList({
  peers,
  framework,
  headingLevel = 'p',
}: {
  peers: readonly Peer[];
  framework: Framework;
  headingLevel?: 'p' | 'h2';
}) {
  const { t } = useTranslation();
  const stepName = useStepName(framework);
  const Heading = headingLevel;
  const others = peers.filter((peer) => !peer.isSelf);
  return (
    <div className="peer-list">
      <Heading className="peer-list__heading">{t('teamSync.peopleHeading')}</Heading>
      <ul>
        {peers.map((peer) => (
          <li key={peer.clientId}>
            {t(peer.isSelf ? 'teamSync.peerSelf' : 'teamSync.peer', {
              name: peer.name,
              step: stepName(peer.step),
            })}
          </li>
        ))}
      </ul>
      {others.length === 0 && <p className="muted">{t('teamSync.alone')}</p>}
    </div>
  );
}

/**
 * On every screen of an assessment: "Work with your team", or, once it works with one, the
 * connection's state (announced as it changes) and who is on which step.
 */
export function TeamBar({
  assessmentId,
  step,
  framework,
}: {
  assessmentId: string;
  step: string;
  framework: Framework;
}) {
  const { t } = useTranslation();
  const { binding, view, isBlockedHere } = useTeamRoom(assessmentId, step);
  const stepName = useStepName(framework);
  const teamHref = `/assessments/${assessmentId}/team-sync`;
  if (!binding) {
    return (
      <Link className="button button--small" href={teamHref}>
        {t('teamSync.open')}
      </Link>
    );
  }
  const others = (view?.peers ?? []).filter((peer) => !peer.isSelf);
  return (
    <section className="team-bar" aria-label={t('teamSync.state.label')}>
      <TeamState state={view?.state} isBlockedHere={isBlockedHere} />
      {others.length > 0 && (
        <p className="team-bar__peers">
          {others
            .map((peer) => t('teamSync.peer', { name: peer.name, step: stepName(peer.step) }))
            .join(' · ')}
        </p>
      )}
      <Link className="button button--small" href={teamHref}>
        {t('teamSync.open')}
      </Link>
    </section>
  );
}
