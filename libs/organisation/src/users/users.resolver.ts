import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Call, CallContext, CurrentActor, EffectiveRole, Loaders, effectiveRoles } from '@samverkan/auth';
import { IdArgs, LoaderRegistry } from '@samverkan/common';
import { Agency } from '../agencies/agency.entity';
import { AgenciesService } from '../agencies/agencies.service';
import { GroupsService } from '../groups/groups.service';
import { Membership } from '../groups/membership.entity';
import { UserConnection } from './user-connection.type';
import { User } from './user.entity';
import { SetMyLanguageArgs } from './my-language.args';
import { CreateUserInput, UpdateUserInput } from './user.inputs';
import { UsersArgs } from './users.args';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly userService: UsersService,
    private readonly agencies: AgenciesService,
    private readonly groups: GroupsService,
  ) {}

  @Query(() => UserConnection)
  users(@CurrentActor() actor: Actor | null, @Args() args: UsersArgs) {
    return this.userService.list(actor, args);
  }

  @Query(() => User)
  user(@CurrentActor() actor: Actor | null, @Args() { id }: IdArgs): Promise<User> {
    return this.userService.get(actor, id);
  }

  @Mutation(() => User, { description: 'Administrators only' })
  createUser(@Call() call: CallContext, @Args('input') input: CreateUserInput): Promise<User> {
    return this.userService.create(call, input);
  }

  @Mutation(() => User, { description: 'Administrators only' })
  updateUser(@Call() call: CallContext, @Args('input') input: UpdateUserInput): Promise<User> {
    return this.userService.update(call, input);
  }

  @Mutation(() => User, { description: 'Remember the language the caller reads the workspace and e-mails in' })
  setMyLanguage(@Call() call: CallContext, @Args() { language }: SetMyLanguageArgs): Promise<User> {
    return this.userService.setLanguage(call, language);
  }

  @ResolveField(() => Agency)
  agency(@Parent() user: User, @Loaders() loaders: LoaderRegistry): Promise<Agency | null> {
    return this.agencies.load(loaders, user.agencyId);
  }

  @ResolveField(() => [Membership])
  memberships(@Parent() user: User, @Loaders() loaders: LoaderRegistry): Promise<Membership[]> {
    return this.groups.loadMembershipsOfUser(loaders, user.id);
  }

  @ResolveField(() => [EffectiveRole], { description: 'Global roles plus the roles memberships give' })
  async effectiveRoles(@Parent() user: User, @Loaders() loaders: LoaderRegistry): Promise<EffectiveRole[]> {
    const memberships = await this.groups.loadMembershipsOfUser(loaders, user.id);
    const groups = await Promise.all(memberships.map((m) => this.groups.load(loaders, m.groupId)));
    return effectiveRoles({
      userId: user.id,
      agencyId: user.agencyId,
      roles: user.roles,
      memberships: memberships.map((m, i) => ({ groupId: m.groupId, groupKind: groups[i]!.kind, role: m.role })),
    });
  }
}
