import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { Action, Actor, AuthException, AuthExceptionCode, CallContext, PolicyService, hashPassword, isIntegration, passwordWeakness } from '@samverkan/auth';
import {
  Connection,
  EntityNotFoundException,
  InvalidInputException,
  Language,
  LoaderRegistry,
  assertReferenceExists,
  decodeCursor,
  encodeCursor,
  orderByKeys,
  toConnection,
} from '@samverkan/common';
import { In, Repository } from 'typeorm';
import { OrganisationException, OrganisationExceptionCode } from '../organisation.exception';
import { BrowserSessionsService } from '../session/browser-sessions.service';
import { User } from './user.entity';
import { CreateUserInput, UpdateUserInput } from './user.inputs';
import { UsersArgs } from './users.args';

/** What the audit log keeps of a person: never the password hash. */
function auditable(user: User): Omit<User, 'passwordHash'> {
  const { passwordHash: _secret, ...rest } = user;
  return rest;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly policy: PolicyService,
    private readonly audited: AuditedTransaction,
    private readonly browserSessions: BrowserSessionsService,
  ) {}

  async list(actor: Actor | null, args: UsersArgs): Promise<Connection<User>> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const after = args.after === undefined ? null : decodeCursor(args.after, 2);
    if (args.after !== undefined && after === null) throw new InvalidInputException('after', 'after is not a valid cursor');
    const query = this.users.createQueryBuilder('u').orderBy('u.display_name', 'ASC').addOrderBy('u.id', 'ASC');
    if (args.agencyId) query.andWhere('u.agency_id = :agencyId', { agencyId: args.agencyId });
    const search = args.search?.trim();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(u.display_name ILIKE :pattern OR u.email ILIKE :pattern)', { pattern });
    }
    const totalCount = await query.clone().getCount();
    if (after) query.andWhere('(u.display_name, u.id) > (:name, :id)', { name: after[0], id: after[1] });
    const rows = await query.take(args.first + 1).getMany();
    return toConnection(rows, args.first, totalCount, (u) => encodeCursor([u.displayName, u.id]));
  }

  async get(actor: Actor | null, id: string): Promise<User> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const user = await this.users.findOneBy({ id });
    if (!user) throw new EntityNotFoundException('User', id, 'id');
    return user;
  }

  load(loaders: LoaderRegistry, id: string): Promise<User | null> {
    return loaders
      .get<string, User | null>('user.byId', async (ids) =>
        orderByKeys(ids, await this.users.findBy({ id: In([...ids]) }), (u) => u.id),
      )
      .load(id);
  }

  create(call: CallContext, input: CreateUserInput): Promise<User> {
    this.policy.assert(call.actor, Action.MANAGE_ORGANISATION);
    return this.audited.run(call, 'user.create', async (tx) => {
      const email = input.email.toLowerCase();
      await assertReferenceExists(tx, 'agencies', input.agencyId, 'input.agencyId');
      if (await tx.existsBy(User, { email })) {
        throw new OrganisationException(OrganisationExceptionCode.EMAIL_TAKEN, 'That e-mail address is already registered', 'input.email');
      }
      // Without one the person chooses their own through a password link (or signs in with single sign-on).
      const weakness = input.password ? passwordWeakness(input.password, { email }) : null;
      if (weakness) throw new OrganisationException(OrganisationExceptionCode.WEAK_PASSWORD, weakness, 'input.password');
      const user = await tx.save(
        tx.create(User, {
          email,
          displayName: input.displayName,
          title: input.title ?? null,
          agencyId: input.agencyId,
          roles: input.roles,
          passwordHash: input.password ? await hashPassword(input.password) : null,
        }),
      );
      return { result: user, entityType: 'User', entityId: user.id, before: null, after: auditable(user) };
    });
  }

  update(call: CallContext, input: UpdateUserInput): Promise<User> {
    this.policy.assert(call.actor, Action.MANAGE_ORGANISATION);
    return this.audited.run(call, 'user.update', async (tx) => {
      const before = await tx.findOne(User, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new EntityNotFoundException('User', input.id, 'input.id');
      const { id, ...changes } = input;
      const deactivated = before.active && changes.active === false;
      const after = await tx.save(User, {
        ...before,
        ...changes,
        tokenVersion: deactivated ? before.tokenVersion + 1 : before.tokenVersion,
      });
      // Their tokens stop at once through the version; their browser sessions end here.
      if (deactivated) await this.browserSessions.endAllOf(tx, id);
      return { result: after, entityType: 'User', entityId: id, before: auditable(before), after: auditable(after) };
    });
  }

  /** A personal setting, like a password: every person sets their own. */
  setLanguage(call: CallContext, language: Language): Promise<User> {
    this.policy.assert(call.actor, Action.READ_WORKSPACE);
    if (isIntegration(call.actor)) throw new AuthException(AuthExceptionCode.FORBIDDEN, 'An API token acts for an integration, not a person');
    return this.audited.run(call, 'user.setLanguage', async (tx) => {
      const before = await tx.findOneOrFail(User, { where: { id: call.actor.userId }, lock: { mode: 'pessimistic_write' } });
      const after = await tx.save(User, { ...before, language });
      return { result: after, entityType: 'User', entityId: after.id, before: { language: before.language }, after: { language } };
    });
  }

}
