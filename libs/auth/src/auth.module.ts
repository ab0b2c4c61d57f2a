import { Global, Module } from '@nestjs/common';
import { PolicyService } from './policy.service';
import { TokenService } from './token.service';

@Global()
@Module({
  providers: [PolicyService, TokenService],
  exports: [PolicyService, TokenService],
})
export class AuthModule {}
