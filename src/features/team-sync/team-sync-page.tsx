import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { AssessmentLinks, PageHeading } from '../../components/page-heading';
import { AssessmentUnavailable } from '../../components/assessment-unavailable';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/forms/field';
import { PeerList, TEAM_SYNC_STEP, TeamState } from '../../components/team-bar';
import { useFramework } from '../../framework/use-framework';
import { useAssessment } from '../../persistence/assessment-store';
import { formatTeamLink, MAX_SERVER_LENGTH, parseServerAddress } from '../../team-sync/team-link';
import { isServerAllowed } from '../../team-sync/team-policy';
import { saveTeamName, startTeam, useTeamStore } from '../../team-sync/team-store';
import { leaveTeam, useTeamRoom } from '../../team-sync/use-team-room';
import { formatAssessmentTitle } from '../../domain/report/assessment-title';
import { NameField } from './name-field';

const appAddress = () => `${window.location.origin}${window.location.pathname}`;

/** Before the assessment works with a team: the user's name and the server's address make a link. */
function StartForm({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const savedName = useTeamStore((s) => s.name);
  const [name, setName] = useState(savedName);
  const [server, setServer] = useState('');
  const [errors, setErrors] = useState<{ name?: string; server?: string; storage?: string }>({});
  const [isReloading, setIsReloading] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = parseServerAddress(server, window.location.protocol);
    const next = {
      ...(name.trim() === '' ? { name: t('teamSync.nameRequired') } : {}),
      ...(address.ok ? {} : { server: t(`teamSync.serverProblem.${address.errors[0] ?? 'not-address'}`) }),
    };
    setErrors(next);
    if (!address.ok || next.name) return;
    if (!saveTeamName(name) || !startTeam(assessmentId, address.value)) {
      setErrors({ storage: t('teamSync.storageRefused') });
      return;
    }
    // This page's policy was set at start, without this server: one reload lets it connect.
    if (!isServerAllowed(address.value)) {
      setIsReloading(true);
      window.location.reload();
    }
  };

  return (
    <form className="team-form" onSubmit={submit} noValidate>
      <NameField value={name} onChange={setName} error={errors.name} />
      <Field label={t('teamSync.serverLabel')} hint={t('teamSync.serverHint')} error={errors.server}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            maxLength={MAX_SERVER_LENGTH}
            value={server}
            onChange={(event) => setServer(event.target.value)}
          />
        )}
      </Field>
      {errors.storage && (
        <p className="notice notice--error" role="alert">
          {errors.storage}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={isReloading}>
        {t('teamSync.start')}
      </button>
      <div role="status">{isReloading && <p>{t('teamSync.reloading')}</p>}</div>
    </form>
  );
}

/** The team link, to copy or to select by hand. */
function TeamLink({ link }: { link: string }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setMessage(t('teamSync.copied'));
    } catch {
      setMessage(t('teamSync.copyFailed'));
    }
  };
  return (
    <div className="team-link">
      <Field label={t('teamSync.linkLabel')} hint={t('teamSync.linkHint')}>
        {(control) => (
          <input
            {...control}
            className="input"
            readOnly
            spellCheck={false}
            value={link}
            onFocus={(event) => event.target.select()}
          />
        )}
      </Field>
      <button type="button" className="button" onClick={() => void copy()}>
        {t('teamSync.copy')}
      </button>
      <div role="status">{message && <p>{message}</p>}</div>
    </div>
  );
}

function NameEditor() {
  const { t } = useTranslation();
  const savedName = useTeamStore((s) => s.name);
  const [name, setName] = useState(savedName);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') setMessage({ text: t('teamSync.nameRequired'), isError: true });
    else if (!saveTeamName(name)) setMessage({ text: t('teamSync.storageRefused'), isError: true });
    else setMessage({ text: t('teamSync.nameSaved'), isError: false });
  };
  return (
    <form className="team-form" onSubmit={submit} noValidate>
      <NameField value={name} onChange={setName} error={message?.isError ? message.text : undefined} />
      <button type="submit" className="button">
        {t('teamSync.saveName')}
      </button>
      <div role="status">{message && !message.isError && <p>{message.text}</p>}</div>
    </form>
  );
}

/** "Work with your team" for one assessment: make the link, or see the team, copy the link, leave. */
export default function TeamSyncPage({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const framework = useFramework();
  const view = useAssessment(assessmentId);
  const { binding, view: room, isBlockedHere } = useTeamRoom(assessmentId, TEAM_SYNC_STEP);
  const [isLeaving, setIsLeaving] = useState(false);
  const [leftName, setLeftName] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [assessmentId, view.status, leftName]);

  if (view.status !== 'ready') return <AssessmentUnavailable view={view} headingRef={headingRef} />;
  const { assessment } = view;
  const title = formatAssessmentTitle(assessment.profile);

  return (
    <article className="team-page" aria-labelledby="team-heading">
      <PageHeading id="team-heading" headingRef={headingRef} title={t('teamSync.heading', { title })}>
        <AssessmentLinks assessmentId={assessmentId} />
      </PageHeading>
      {leftName !== null && (
        <p className="notice" role="status">
          {t('teamSync.left', { name: leftName })}
        </p>
      )}
      {!binding ? (
        <>
          <p className="lead">{t('teamSync.intro')}</p>
          <p className="notice notice--warning">{t('teamSync.serverSees')}</p>
          <StartForm assessmentId={assessmentId} />
        </>
      ) : (
        <>
          <TeamState state={room?.state} isBlockedHere={isBlockedHere} />
          <p>{t('teamSync.serverIs', { server: binding.server })}</p>
          <TeamLink link={formatTeamLink(appAddress(), binding)} />
          <PeerList peers={room?.peers ?? []} framework={framework} headingLevel="h2" />
          <NameEditor />
          <p className="notice notice--warning">{t('teamSync.serverSees')}</p>
          <button type="button" className="button button--danger-quiet" onClick={() => setIsLeaving(true)}>
            {t('teamSync.leave')}
          </button>
          <Dialog isOpen={isLeaving} onClose={() => setIsLeaving(false)} title={t('teamSync.leaveTitle')}>
            <p>{t('teamSync.leaveBody', { name: assessment.profile.name })}</p>
            <div className="button-row">
              <button
                type="button"
                className="button button--danger"
                onClick={() => {
                  leaveTeam(binding.room);
                  setIsLeaving(false);
                  setLeftName(assessment.profile.name);
                }}
              >
                {t('teamSync.leave')}
              </button>
              <button type="button" className="button" onClick={() => setIsLeaving(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </Dialog>
        </>
      )}
    </article>
  );
}
