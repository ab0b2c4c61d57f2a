import { Global, Module } from '@nestjs/common';
import { AuditedTransaction } from './audited-transaction';

@Global()
@Module({
  providers: [AuditedTransaction],
  exports: [AuditedTransaction],
})
export class AuditModule {}
