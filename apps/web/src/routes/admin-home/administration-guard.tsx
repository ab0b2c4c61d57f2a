import { Outlet } from 'react-router';
import { administers, useSession } from '../../app/session';
import type { EffectiveRole } from '../../gql/graphql';
import { NoAccessPage } from '../status-pages/no-access-page';

const ADMINISTRATORS: readonly EffectiveRole[] = ['ADMINISTRATOR'];

/** Every page under `/administration`: administrators see it, anyone else the "no access" page saying who may. */
export function Component() {
  const { me } = useSession();
  return administers(me) ? <Outlet /> : <NoAccessPage whoMay={ADMINISTRATORS} />;
}
