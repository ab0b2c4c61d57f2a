import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { Action, Actor, CallContext, GroupKind, PolicyService } from '@samverkan/auth';
import { EntityNotFoundException, InvalidInputException, LoaderRegistry, assertReferenceExists, groupByKeys, orderByKeys } from '@samverkan/common';
import { In, Repository } from 'typeorm';
import { OrganisationException, OrganisationExceptionCode } from '../organisation.exception';
import { User } from '../users/user.entity';
import { GroupSupport } from './group-support.entity';
import { Group } from './group.entity';
import { AddMembershipInput, CreateGroupInput, GroupSupportKeyInput, SetGroupSupportInput, UpdateGroupInput } from './group.inputs';
import { GroupsArgs } from './groups.args';
import { Membership } from './membership.entity';
import { MembershipNotices } from './membership-notices';

/** Groups may hold at most this many; a plan has one steering group and a handful of working groups. */
const MAX_GROUPS_LISTED = 100;

@Injectable()
export class GroupsService {
  constructor(
    @InjectRepository(Group) private readonly groups: Repository<Group>,
    @InjectRepository(GroupSupport) private readonly supports: Repository<GroupSupport>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    private readonly policy: PolicyService,
    private readonly audited: AuditedTransaction,
    private readonly notices: MembershipNotices,
  ) {}

  list(actor: Actor | null, args: GroupsArgs): Promise<Group[]> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    return this.groups.find({
      where: { ...(args.planId ? { planId: args.planId } : {}), ...(args.kind ? { kind: args.kind } : {}) },
      order: { number: 'ASC', id: 'ASC' },
      take: MAX_GROUPS_LISTED,
    });
  }

  async get(actor: Actor | null, id: string): Promise<Group> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const group = await this.groups.findOneBy({ id });
    if (!group) throw new EntityNotFoundException('Group', id, 'id');
    return group;
  }

  load(loaders: LoaderRegistry, id: string): Promise<Group | null> {
    return loaders
      .get<string, Group | null>('group.byId', async (ids) =>
        orderByKeys(ids, await this.groups.findBy({ id: In([...ids]) }), (g) => g.id),
      )
      .load(id);
  }

  loadByPlan(loaders: LoaderRegistry, planId: string): Promise<Group[]> {
    return loaders
      .get<string, Group[]>('group.byPlan', async (planIds) =>
        groupByKeys(planIds, await this.groups.find({ where: { planId: In([...planIds]) }, order: { number: 'ASC' } }), (g) => g.planId),
      )
      .load(planId);
  }

  loadSupports(loaders: LoaderRegistry, groupId: string): Promise<GroupSupport[]> {
    return loaders
      .get<string, GroupSupport[]>('groupSupport.byGroup', async (groupIds) =>
        groupByKeys(groupIds, await this.supports.findBy({ groupId: In([...groupIds]) }), (s) => s.groupId),
      )
      .load(groupId);
  }

  loadMembershipsOfGroup(loaders: LoaderRegistry, groupId: string): Promise<Membership[]> {
    return loaders
      .get<string, Membership[]>('membership.byGroup', async (groupIds) =>
        groupByKeys(groupIds, await this.memberships.find({ where: { groupId: In([...groupIds]) }, order: { createdAt: 'ASC' } }), (m) => m.groupId),
      )
      .load(groupId);
  }

  loadMembershipsOfUser(loaders: LoaderRegistry, userId: string): Promise<Membership[]> {
    return loaders
      .get<string, Membership[]>('membership.byUser', async (userIds) =>
        groupByKeys(userIds, await this.memberships.find({ where: { userId: In([...userIds]) }, order: { createdAt: 'ASC' } }), (m) => m.userId),
      )
      .load(userId);
  }

  create(call: CallContext, input: CreateGroupInput): Promise<Group> {
    this.policy.assert(call.actor, Action.MANAGE_ORGANISATION);
    return this.audited.run(call, 'group.create', async (tx) => {
      await assertReferenceExists(tx, 'plans', input.planId, 'input.planId');
      const coordinatingAgencyId = input.coordinatingAgencyId ?? null;
      assertGroupShape(input.kind, input.number, coordinatingAgencyId);
      if (coordinatingAgencyId) await assertReferenceExists(tx, 'agencies', coordinatingAgencyId, 'input.coordinatingAgencyId');
      if (await tx.existsBy(Group, { planId: input.planId, kind: input.kind, number: input.number })) {
        throw new OrganisationException(OrganisationExceptionCode.GROUP_NUMBER_TAKEN, `The plan already has ${input.kind.toLowerCase()} group ${input.number}`, 'input.number');
      }
      const group = await tx.save(tx.create(Group, { ...input, coordinatingAgencyId }));
      return { result: group, entityType: 'Group', entityId: group.id, before: null, after: group };
    });
  }

  update(call: CallContext, input: UpdateGroupInput): Promise<Group> {
    this.policy.assert(call.actor, Action.MANAGE_ORGANISATION);
    return this.audited.run(call, 'group.update', async (tx) => {
      const before = await tx.findOne(Group, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new EntityNotFoundException('Group', input.id, 'input.id');
      if (input.coordinatingAgencyId) await assertReferenceExists(tx, 'agencies', input.coordinatingAgencyId, 'input.coordinatingAgencyId');
      const { id, ...changes } = input;
      const after = await tx.save(Group, { ...before, ...changes });
      return { result: after, entityType: 'Group', entityId: id, before, after };
    });
  }

  setSupport(call: CallContext, input: SetGroupSupportInput): Promise<GroupSupport> {
    this.policy.assert(call.actor, Action.MANAGE_ORGANISATION);
    return this.audited.run(call, 'group.setSupport', async (tx) => {
      if (!(await tx.existsBy(Group, { id: input.groupId }))) throw new EntityNotFoundException('Group', input.groupId, 'input.groupId');
      await assertReferenceExists(tx, 'agencies', input.agencyId, 'input.agencyId');
      const before = await tx.findOneBy(GroupSupport, { groupId: input.groupId, agencyId: input.agencyId });
      const after = await tx.save(GroupSupport, { ...input });
      return { result: after, entityType: 'GroupSupport', entityId: `${input.groupId}:${input.agencyId}`, before, after };
    });
  }

  removeSupport(call: CallContext, input: GroupSupportKeyInput): Promise<GroupSupport> {
    this.policy.assert(call.actor, Action.MANAGE_ORGANISATION);
    return this.audited.run(call, 'group.removeSupport', async (tx) => {
      const support = await tx.findOneBy(GroupSupport, { groupId: input.groupId, agencyId: input.agencyId });
      if (!support) throw new EntityNotFoundException('GroupSupport', `${input.groupId}:${input.agencyId}`, 'input.agencyId');
      await tx.delete(GroupSupport, { groupId: input.groupId, agencyId: input.agencyId });
      return { result: support, entityType: 'GroupSupport', entityId: `${input.groupId}:${input.agencyId}`, before: support, after: null };
    });
  }

  addMembership(call: CallContext, input: AddMembershipInput): Promise<Membership> {
    this.policy.assert(call.actor, Action.MANAGE_ORGANISATION);
    return this.audited.run(call, 'membership.add', async (tx) => {
      const group = await tx.findOneBy(Group, { id: input.groupId });
      if (!group) throw new EntityNotFoundException('Group', input.groupId, 'input.groupId');
      const user = await tx.findOneBy(User, { id: input.userId });
      if (!user) throw new InvalidInputException('input.userId', `input.userId refers to nothing: ${input.userId} does not exist`);
      if (await tx.existsBy(Membership, { groupId: input.groupId, userId: input.userId })) {
        throw new OrganisationException(OrganisationExceptionCode.ALREADY_MEMBER, 'The person is already in this group', 'input.userId');
      }
      const membership = await tx.save(tx.create(Membership, input));
      await this.notices.membershipAdded(tx, membership, user, group);
      return { result: membership, entityType: 'Membership', entityId: membership.id, before: null, after: membership };
    });
  }

  removeMembership(call: CallContext, id: string): Promise<Membership> {
    this.policy.assert(call.actor, Action.MANAGE_ORGANISATION);
    return this.audited.run(call, 'membership.remove', async (tx) => {
      const membership = await tx.findOneBy(Membership, { id });
      if (!membership) throw new EntityNotFoundException('Membership', id, 'id');
      await tx.delete(Membership, { id });
      return { result: membership, entityType: 'Membership', entityId: id, before: membership, after: null };
    });
  }
}


function assertGroupShape(kind: GroupKind, number: number, coordinatingAgencyId: string | null): void {
  if (kind === GroupKind.STEERING && number !== 0) {
    throw new OrganisationException(OrganisationExceptionCode.INVALID_GROUP_SHAPE, 'The steering group is number 0', 'input.number');
  }
  if (kind === GroupKind.WORKING && number < 1) {
    throw new OrganisationException(OrganisationExceptionCode.INVALID_GROUP_SHAPE, 'Working groups are numbered from 1', 'input.number');
  }
  if (kind === GroupKind.WORKING && !coordinatingAgencyId) {
    throw new OrganisationException(OrganisationExceptionCode.INVALID_GROUP_SHAPE, 'A working group needs a coordinating agency', 'input.coordinatingAgencyId');
  }
}
