import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntry } from '../audit-entry.entity';
import { AuditTrailResolver } from './audit-trail.resolver';
import { AuditTrailService } from './audit-trail.service';

/** Reading the audit log over the API. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  providers: [AuditTrailService, AuditTrailResolver],
})
export class AuditTrailModule {}
