import { Global, Module } from '@nestjs/common';
import { AuditedTransaction } from './audited-transaction';

/** Writing the audit log: for every process that runs mutations. */
@Global()
@Module({
  providers: [AuditedTransaction],
  exports: [AuditedTransaction],
})
export class AuditModule {}
