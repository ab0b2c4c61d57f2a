import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { Action, CallContext, LoginThrottle, PolicyService, hashPassword, hashSessionSecret, newSessionSecret, passwordWeakness } from '@samverkan/auth';
import { EntityNotFoundException, Language, pageLink, pagePaths } from '@samverkan/common';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { JobName, OutboxService } from '@samverkan/queue';
import { EntityManager, Repository } from 'typeorm';
import { OrganisationException, OrganisationExceptionCode } from '../organisation.exception';
import { BrowserSessionsService } from '../session/browser-sessions.service';
import { LoginOrigin, personActor } from '../session/session.service';
import { User } from '../users/user.entity';
import { PasswordLinkSent, ResetPasswordArgs } from './password-reset.types';

/** How long a link works: long enough to be read the next working day. */
export const PASSWORD_LINK_HOURS = 24;

const INVALID_LINK = 'The link is unknown, already used or expired; ask an administrator for a new one';

/**
 * Administrators send a person a one-time link to choose a password (a new
 * person, or one who forgot theirs). Only the hash of the link's secret is
 * stored; a newer link replaces an unused older one; using it ends every
 * session the person had.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly policy: PolicyService,
    private readonly audited: AuditedTransaction,
    private readonly throttle: LoginThrottle,
    private readonly browserSessions: BrowserSessionsService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  sendLink(call: CallContext, userId: string): Promise<PasswordLinkSent> {
    this.policy.assert(call.actor, Action.MANAGE_ORGANISATION);
    return this.audited.run(call, 'user.sendPasswordLink', async (tx) => {
      const user = await tx.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new EntityNotFoundException('User', userId, 'userId');
      if (!user.active) throw new OrganisationException(OrganisationExceptionCode.PERSON_INACTIVE, 'Reactivate the person before sending a link', 'userId');
      await tx.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
      const secret = newSessionSecret();
      const [row]: { id: string; expires_at: Date }[] = await tx.query(
        `INSERT INTO password_reset_tokens (user_id, token_hash, created_by, expires_at)
         VALUES ($1, $2, $3, now() + make_interval(hours => $4))
         RETURNING id, expires_at`,
        [userId, hashSessionSecret(secret), call.actor.userId, PASSWORD_LINK_HOURS],
      );
      await this.queueEmail(tx, user, row!.id, secret);
      return {
        result: { email: user.email, expiresAt: row!.expires_at },
        entityType: 'User',
        entityId: userId,
        before: null,
        after: { passwordLinkExpiresAt: row!.expires_at },
      };
    });
  }

  /**
   * Public: the link's secret is the proof. Every failed attempt counts
   * against the address like a failed sign-in, so secrets cannot be guessed
   * at speed. The person signs in afterwards with the new password.
   */
  async resetPassword({ token, newPassword }: ResetPasswordArgs, { requestId, clientAddress }: LoginOrigin): Promise<boolean> {
    await this.throttle.admitAddress(clientAddress);
    const tokenHash = hashSessionSecret(token);
    const user = await this.usableLinkOwner(tokenHash);
    await this.throttle.addressSucceeded(clientAddress);
    const weakness = passwordWeakness(newPassword, { email: user.email }, 'newPassword');
    if (weakness) throw new OrganisationException(OrganisationExceptionCode.WEAK_PASSWORD, weakness, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    return this.audited.run({ actor: personActor(user), requestId }, 'user.resetPassword', async (tx) => {
      // Used here, under the row's lock, so two submissions of one link cannot both succeed.
      const [, used]: [unknown, number] = await tx.query(
        `UPDATE password_reset_tokens SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND now() < expires_at`,
        [tokenHash],
      );
      if (used === 0) throw new OrganisationException(OrganisationExceptionCode.PASSWORD_LINK_INVALID, INVALID_LINK, 'token');
      const current = await tx.findOneOrFail(User, { where: { id: user.id }, lock: { mode: 'pessimistic_write' } });
      if (!current.active) throw new OrganisationException(OrganisationExceptionCode.PASSWORD_LINK_INVALID, INVALID_LINK, 'token');
      await tx.save(User, { ...current, passwordHash, tokenVersion: current.tokenVersion + 1 });
      const endedSessions = await this.browserSessions.endAllOf(tx, user.id);
      return {
        result: true,
        entityType: 'User',
        entityId: user.id,
        before: { tokenVersion: current.tokenVersion },
        after: { tokenVersion: current.tokenVersion + 1, passwordChanged: true, endedSessions },
      };
    });
  }

  /** The active person whose unused, unexpired link this is; the same refusal for every other case. */
  private async usableLinkOwner(tokenHash: string): Promise<User> {
    const user = await this.users
      .createQueryBuilder('u')
      .innerJoin('password_reset_tokens', 't', 't.user_id = u.id')
      .where('t.token_hash = :tokenHash', { tokenHash })
      .andWhere('t.used_at IS NULL AND now() < t.expires_at AND u.active')
      .getOne();
    if (!user) throw new OrganisationException(OrganisationExceptionCode.PASSWORD_LINK_INVALID, INVALID_LINK, 'token');
    return user;
  }

  private async queueEmail(tx: EntityManager, user: User, linkId: string, secret: string): Promise<void> {
    const link = pageLink(this.config.publicUrl, pagePaths.newPassword(secret));
    const english = user.language === Language.EN;
    await this.outbox.add(tx, {
      jobName: JobName.SEND_EMAIL,
      payload: {
        to: [user.email],
        subject: english ? 'Samverkan: choose your password' : 'Samverkan: välj ditt lösenord',
        text: (english
          ? [
              `Hello ${user.displayName},`,
              '',
              'An administrator has sent you a link to choose your password in Samverkan.',
              `The link works once, for ${PASSWORD_LINK_HOURS} hours:`,
              link,
              '',
              'If you did not expect this message you can ignore it; your current password, if you have one, still works.',
            ]
          : [
              `Hej ${user.displayName},`,
              '',
              'En administratör har skickat dig en länk där du väljer ditt lösenord i Samverkan.',
              `Länken kan användas en gång och gäller i ${PASSWORD_LINK_HOURS} timmar:`,
              link,
              '',
              'Om du inte väntade dig det här meddelandet kan du bortse från det. Ett lösenord du redan har fortsätter att gälla.',
            ]
        ).join('\n'),
        messageId: `<password-link.${linkId}@samverkan>`,
      },
    });
  }
}
