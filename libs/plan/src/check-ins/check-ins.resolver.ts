import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Call, CallContext, GraphqlContext, Loaders } from '@samverkan/auth';
import { Connection, LoaderRegistry, PageArgs } from '@samverkan/common';
import { User, UsersService } from '@samverkan/organisation';
import { ActionItem } from '../items/action-item.entity';
import { CheckInConnection } from './check-in-connection.type';
import { CheckIn } from './check-in.entity';
import { PostCheckInInput } from './check-in.inputs';
import { CheckInsService } from './check-ins.service';

@Resolver(() => CheckIn)
export class CheckInsResolver {
  constructor(
    private readonly checkIns: CheckInsService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => CheckIn, { description: 'Members of the owning working group; not on closed items' })
  postCheckIn(@Call() call: CallContext, @Args('input') input: PostCheckInInput): Promise<CheckIn> {
    return this.checkIns.post(call, input);
  }

  @ResolveField(() => User)
  author(checkIn: CheckIn, _args: unknown, { loaders }: GraphqlContext): Promise<User | null> {
    return this.users.load(loaders, checkIn.authorId);
  }
}

/** The check-ins of an item; latestCheckIn runs once per listed item, so it takes GraphQL's arguments directly (see ActionItemsResolver). */
@Resolver(() => ActionItem)
export class ActionItemCheckInsResolver {
  constructor(private readonly checkInService: CheckInsService) {}

  @ResolveField(() => CheckIn, { nullable: true })
  latestCheckIn(item: ActionItem, _args: unknown, { loaders }: GraphqlContext): Promise<CheckIn | null> {
    return this.checkInService.loadLatest(loaders, item.id);
  }

  @ResolveField(() => CheckInConnection, { description: 'Newest first' })
  checkIns(@Parent() item: ActionItem, @Loaders() loaders: LoaderRegistry, @Args() page: PageArgs): Promise<Connection<CheckIn>> {
    return this.checkInService.loadPage(loaders, item.id, page);
  }
}
