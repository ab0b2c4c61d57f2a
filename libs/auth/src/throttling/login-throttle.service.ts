import { Inject, Injectable } from '@nestjs/common';
import { TooManyRequestsException } from '@samverkan/common';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { RateCounterStore } from './rate-counter.store';

/** Who is trying to prove a password: the account named and the address it comes from. */
export interface PasswordAttempt {
  email: string;
  clientAddress: string;
}

const ACCOUNT = 'login-account';
const ADDRESS = 'login-address';

/**
 * Limits password guessing per account and per address. Every attempt is
 * counted before the password is checked, so a burst of parallel guesses is
 * bounded too; a correct password takes its attempt back. The answer is the
 * same whether or not the account exists.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly counters: RateCounterStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async admit({ email, clientAddress }: PasswordAttempt): Promise<void> {
    const window = this.config.loginThrottleWindowSeconds;
    const [account, address] = await Promise.all([
      this.counters.hit(ACCOUNT, email.toLowerCase(), window),
      this.counters.hit(ADDRESS, clientAddress, window),
    ]);
    const blocked = [
      account.count > this.config.loginMaxFailuresPerAccount ? account.resetInSeconds : 0,
      address.count > this.config.loginMaxFailuresPerAddress ? address.resetInSeconds : 0,
    ];
    const retryAfter = Math.max(...blocked);
    if (retryAfter > 0) {
      throw new TooManyRequestsException(
        `Too many failed attempts to log in. Try again in ${Math.ceil(retryAfter / 60)} minute(s)`,
        retryAfter,
      );
    }
  }

  /**
   * An attempt that names no account, such as using a password link: counted
   * against the same per-address window as sign-in attempts.
   */
  async admitAddress(clientAddress: string): Promise<void> {
    const address = await this.counters.hit(ADDRESS, clientAddress, this.config.loginThrottleWindowSeconds);
    if (address.count > this.config.loginMaxFailuresPerAddress) {
      throw new TooManyRequestsException(`Too many failed attempts. Try again in ${Math.ceil(address.resetInSeconds / 60)} minute(s)`, address.resetInSeconds);
    }
  }

  async addressSucceeded(clientAddress: string): Promise<void> {
    await this.counters.release(ADDRESS, clientAddress);
  }

  async succeeded({ email, clientAddress }: PasswordAttempt): Promise<void> {
    await Promise.all([this.counters.reset(ACCOUNT, email.toLowerCase()), this.counters.release(ADDRESS, clientAddress)]);
  }
}
