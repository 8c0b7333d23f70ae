import { Route, Switch } from 'wouter';

import { FrameworkGate } from '../../framework/framework-gate';
import JoinPage, { JoiningPage } from './join-page';
import TeamSyncPage from './team-sync-page';

/** A team link's route: its query (server, room, key) is part of the fragment, never the page's URL. */
const JOIN_ROUTE = /^\/team\/join(?:\?.*)?$/;

/** The team's screens, one chunk for all: most people never open any of them. */
export default function TeamSyncRoutes() {
  return (
    <Switch>
      <Route path={JOIN_ROUTE}>
        <JoinPage />
      </Route>
      <Route path="/team/joining/:room">{(params) => <JoiningPage room={params.room} />}</Route>
      <Route path="/assessments/:id/team-sync">
        {(params) => (
          <FrameworkGate>
            <TeamSyncPage assessmentId={params.id} />
          </FrameworkGate>
        )}
      </Route>
    </Switch>
  );
}
