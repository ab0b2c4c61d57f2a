import { useSession } from '../app/session';
import { isForbidden } from '../errors/api-errors';

/**
 * Whether an administration page may be shown: to administrators, and not
 * once the API has said FORBIDDEN (roles change). The pages ask the API
 * nothing for anyone else; the API refuses them in any case.
 */
export function useAdministrator(): { administrator: boolean; refused: (error: unknown) => boolean } {
  const administrator = useSession().me.effectiveRoles.includes('ADMINISTRATOR');
  return { administrator, refused: (error) => !administrator || isForbidden(error) };
}
