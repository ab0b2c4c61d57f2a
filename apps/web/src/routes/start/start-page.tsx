import { Navigate } from 'react-router';
import { NotFoundPage } from '../status-pages/not-found-page';
import { useSession } from '../../app/session';

/** The start page opens the chosen plan's action plan (Mitt arbete takes its place when it lands). */
export function Component() {
  const { plan } = useSession();
  if (!plan) return <NotFoundPage />;
  return <Navigate to={`/plan/${plan.id}/handlingsplan`} replace />;
}
