import { useTranslation } from 'react-i18next';
import type { ActionItemHealth, ActionItemStatus } from '../gql/graphql';

/** Status as text with a colour beside it, never colour alone. */
export function StatusTag({ status }: { status: ActionItemStatus }) {
  const { t } = useTranslation();
  return <span className={`tag tag--status-${status.toLowerCase().replace('_', '-')}`}>{t(`status.${status}`)}</span>;
}

export function HealthTag({ health }: { health: ActionItemHealth }) {
  const { t } = useTranslation();
  return <span className={`tag tag--health-${health.toLowerCase().replace('_', '-')}`}>{t(`health.${health}`)}</span>;
}
