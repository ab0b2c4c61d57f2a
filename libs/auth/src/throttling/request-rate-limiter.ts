import { HeaderMap } from '@apollo/server';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { GraphQLError } from 'graphql';
import { RateCounterStore, WindowCount } from './rate-counter.store';

/**
 * Requests per address and per logged-in user in a fixed window, counted in
 * Redis so the limit holds across api replicas. The address is checked
 * before the token is looked at, so a flood of bogus tokens is stopped too.
 * One limiter for every route: GraphQL and the plain HTTP exports count
 * against the same windows.
 */
@Injectable()
export class RequestRateLimiter {
  constructor(
    private readonly counters: RateCounterStore,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'rateLimitWindowSeconds' | 'rateLimitPerAddress' | 'rateLimitPerUser'>,
  ) {}

  async admitAddress(clientAddress: string): Promise<void> {
    const counted = await this.counters.hit('requests-address', clientAddress, this.config.rateLimitWindowSeconds);
    if (counted.count > this.config.rateLimitPerAddress) throw tooManyRequests(counted, 'from your address');
  }

  async admitUser(userId: string): Promise<void> {
    const counted = await this.counters.hit('requests-user', userId, this.config.rateLimitWindowSeconds);
    if (counted.count > this.config.rateLimitPerUser) throw tooManyRequests(counted, 'for your account');
  }
}

function tooManyRequests({ resetInSeconds }: WindowCount, whose: string): GraphQLError {
  return new GraphQLError(`Too many requests ${whose}. Try again in ${resetInSeconds} s`, {
    extensions: {
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: resetInSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(resetInSeconds)]]) },
    },
  });
}
