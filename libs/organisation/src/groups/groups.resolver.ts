import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Call, CallContext, CurrentActor, Loaders } from '@samverkan/auth';
import { IdArgs, LoaderRegistry } from '@samverkan/common';
import { Agency } from '../agencies/agency.entity';
import { AgenciesService } from '../agencies/agencies.service';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { GroupSupport } from './group-support.entity';
import { Group } from './group.entity';
import { AddMembershipInput, CreateGroupInput, GroupSupportKeyInput, SetGroupSupportInput, UpdateGroupInput } from './group.inputs';
import { GroupsArgs } from './groups.args';
import { GroupsService } from './groups.service';
import { Membership } from './membership.entity';

@Resolver(() => Group)
export class GroupsResolver {
  constructor(
    private readonly groupService: GroupsService,
    private readonly agencies: AgenciesService,
  ) {}

  @Query(() => [Group], { description: 'The steering group and working groups, by number' })
  groups(@CurrentActor() actor: Actor | null, @Args() args: GroupsArgs): Promise<Group[]> {
    return this.groupService.list(actor, args);
  }

  @Query(() => Group)
  group(@CurrentActor() actor: Actor | null, @Args() { id }: IdArgs): Promise<Group> {
    return this.groupService.get(actor, id);
  }

  @Mutation(() => Group, { description: 'Administrators only' })
  createGroup(@Call() call: CallContext, @Args('input') input: CreateGroupInput): Promise<Group> {
    return this.groupService.create(call, input);
  }

  @Mutation(() => Group, { description: 'Administrators only' })
  updateGroup(@Call() call: CallContext, @Args('input') input: UpdateGroupInput): Promise<Group> {
    return this.groupService.update(call, input);
  }

  @Mutation(() => GroupSupport, { description: 'Record or change what a supporting agency contributes. Administrators only' })
  setGroupSupport(@Call() call: CallContext, @Args('input') input: SetGroupSupportInput): Promise<GroupSupport> {
    return this.groupService.setSupport(call, input);
  }

  @Mutation(() => GroupSupport, { description: 'The agency no longer supports the group; returns what it contributed. Administrators only' })
  removeGroupSupport(@Call() call: CallContext, @Args('input') input: GroupSupportKeyInput): Promise<GroupSupport> {
    return this.groupService.removeSupport(call, input);
  }

  @Mutation(() => Membership, { description: 'Administrators only; the person is told by e-mail' })
  addMembership(@Call() call: CallContext, @Args('input') input: AddMembershipInput): Promise<Membership> {
    return this.groupService.addMembership(call, input);
  }

  @Mutation(() => Membership, { description: 'Administrators only' })
  removeMembership(@Call() call: CallContext, @Args() { id }: IdArgs): Promise<Membership> {
    return this.groupService.removeMembership(call, id);
  }

  @ResolveField(() => Agency, { nullable: true })
  coordinatingAgency(@Parent() group: Group, @Loaders() loaders: LoaderRegistry): Promise<Agency | null> {
    return group.coordinatingAgencyId ? this.agencies.load(loaders, group.coordinatingAgencyId) : Promise.resolve(null);
  }

  @ResolveField(() => [GroupSupport])
  supports(@Parent() group: Group, @Loaders() loaders: LoaderRegistry): Promise<GroupSupport[]> {
    return this.groupService.loadSupports(loaders, group.id);
  }

  @ResolveField(() => [Membership])
  memberships(@Parent() group: Group, @Loaders() loaders: LoaderRegistry): Promise<Membership[]> {
    return this.groupService.loadMembershipsOfGroup(loaders, group.id);
  }
}

@Resolver(() => Membership)
export class MembershipsResolver {
  constructor(
    private readonly groups: GroupsService,
    private readonly users: UsersService,
  ) {}

  @ResolveField(() => User)
  user(@Parent() membership: Membership, @Loaders() loaders: LoaderRegistry): Promise<User | null> {
    return this.users.load(loaders, membership.userId);
  }

  @ResolveField(() => Group)
  group(@Parent() membership: Membership, @Loaders() loaders: LoaderRegistry): Promise<Group | null> {
    return this.groups.load(loaders, membership.groupId);
  }
}

@Resolver(() => GroupSupport)
export class GroupSupportsResolver {
  constructor(private readonly agencies: AgenciesService) {}

  @ResolveField(() => Agency)
  agency(@Parent() support: GroupSupport, @Loaders() loaders: LoaderRegistry): Promise<Agency | null> {
    return this.agencies.load(loaders, support.agencyId);
  }
}
