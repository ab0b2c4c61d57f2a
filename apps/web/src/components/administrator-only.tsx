import { administers, useSession } from '../app/session';
import { isForbidden } from '../errors/api-errors';

/**
 * Whether an administration page may be shown: to administrators (the
 * administration guard route already shows anyone else "no access"), and not
 * once the API has said FORBIDDEN, since roles change while a page is open.
 */
export function useAdministrator(): { administrator: boolean; refused: (error: unknown) => boolean } {
  const administrator = administers(useSession().me);
  return { administrator, refused: (error) => !administrator || isForbidden(error) };
}
