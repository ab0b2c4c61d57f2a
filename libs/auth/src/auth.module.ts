import { Global, Module } from '@nestjs/common';
import { OidcTokenVerifier } from './oidc/oidc-token.verifier';
import { PolicyService } from './policy.service';
import { LoginThrottle } from './throttling/login-throttle.service';
import { RateCounterStore } from './throttling/rate-counter.store';
import { RequestRateLimiter } from './throttling/request-rate-limiter';
import { TokenService } from './token.service';

@Global()
@Module({
  providers: [PolicyService, TokenService, RateCounterStore, LoginThrottle, RequestRateLimiter, OidcTokenVerifier],
  exports: [PolicyService, TokenService, RateCounterStore, LoginThrottle, RequestRateLimiter, OidcTokenVerifier],
})
export class AuthModule {}
