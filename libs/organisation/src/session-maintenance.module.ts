import { Module } from '@nestjs/common';
import { SessionPruner } from './session/session-pruner';

/** The worker's upkeep of browser sessions. */
@Module({
  providers: [SessionPruner],
  exports: [SessionPruner],
})
export class SessionMaintenanceModule {}
