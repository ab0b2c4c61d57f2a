import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEntry } from '@samverkan/audit';
import { Actor, Call, CallContext, CurrentActor, GraphqlContext, Loaders } from '@samverkan/auth';
import { Connection, IdArgs, LoaderRegistry, PageArgs } from '@samverkan/common';
import { Agency, AgenciesService, Group, GroupsService, User, UsersService } from '@samverkan/organisation';
import { DevelopmentArea } from '../areas/development-area.entity';
import { SubTopic } from '../areas/sub-topic.entity';
import { Perspective } from '../perspectives/perspective.entity';
import { ActionItemConnection, ActionItemHistoryConnection } from './action-item-connection.type';
import { ActionItem } from './action-item.entity';
import { CreateActionItemInput, UpdateActionItemInput } from './action-item.inputs';
import { ActionItemsArgs } from './action-items.args';
import { ActionItemsService } from './action-items.service';
import { ItemSignalsService } from './item-signals.service';

/**
 * Field resolvers that run once per item of a list take (parent, args,
 * context) as GraphQL passes them, without parameter decorators: Nest then
 * calls them directly instead of through its per-call pipeline, which is most
 * of the cost of a page of a hundred items.
 */
@Resolver(() => ActionItem)
export class ActionItemsResolver {
  constructor(
    private readonly itemService: ActionItemsService,
    private readonly signals: ItemSignalsService,
    private readonly agencies: AgenciesService,
    private readonly groups: GroupsService,
    private readonly users: UsersService,
  ) {}

  @Query(() => ActionItemConnection, { description: 'Action items matching every filter given, a page at a time' })
  actionItems(@CurrentActor() actor: Actor | null, @Args() args: ActionItemsArgs): Promise<Connection<ActionItem>> {
    return this.itemService.list(actor, args);
  }

  @Query(() => ActionItem)
  actionItem(@CurrentActor() actor: Actor | null, @Args() { id }: IdArgs): Promise<ActionItem> {
    return this.itemService.get(actor, id);
  }

  @Mutation(() => ActionItem, { description: 'The coordinator of the owning working group' })
  createActionItem(@Call() call: CallContext, @Args('input') input: CreateActionItemInput): Promise<ActionItem> {
    return this.itemService.create(call, input);
  }

  @Mutation(() => ActionItem, { description: 'The coordinator of the owning working group; DONE or CANCELLED closes, an open status reopens' })
  updateActionItem(@Call() call: CallContext, @Args('input') input: UpdateActionItemInput): Promise<ActionItem> {
    return this.itemService.update(call, input);
  }

  @ResolveField(() => ActionItem, { nullable: true })
  parent(item: ActionItem, _args: unknown, { loaders }: GraphqlContext): Promise<ActionItem | null> {
    return item.parentId ? this.itemService.load(loaders, item.parentId) : Promise.resolve(null);
  }

  @ResolveField(() => [ActionItem], { description: 'Direct sub-items, oldest first' })
  subItems(item: ActionItem, _args: unknown, { loaders }: GraphqlContext): Promise<ActionItem[]> {
    return this.itemService.loadSubItems(loaders, item.id);
  }

  @ResolveField(() => Group)
  group(item: ActionItem, _args: unknown, { loaders }: GraphqlContext): Promise<Group | null> {
    return this.groups.load(loaders, item.groupId);
  }

  @ResolveField(() => DevelopmentArea)
  developmentArea(item: ActionItem, _args: unknown, { loaders }: GraphqlContext): Promise<DevelopmentArea | null> {
    return this.itemService.loadDevelopmentArea(loaders, item.developmentAreaId);
  }

  @ResolveField(() => SubTopic, { nullable: true })
  async subTopic(item: ActionItem, _args: unknown, { loaders }: GraphqlContext): Promise<SubTopic | null> {
    return item.subTopicId ? this.itemService.loadSubTopic(loaders, item.subTopicId) : null;
  }

  @ResolveField(() => Agency)
  leadAgency(item: ActionItem, _args: unknown, { loaders }: GraphqlContext): Promise<Agency | null> {
    return this.agencies.load(loaders, item.leadAgencyId);
  }

  @ResolveField(() => [Agency])
  async participatingAgencies(item: ActionItem, _args: unknown, { loaders }: GraphqlContext): Promise<Agency[]> {
    const ids = await this.itemService.loadParticipatingAgencyIds(loaders, item.id);
    const agencies = await Promise.all(ids.map((id) => this.agencies.load(loaders, id)));
    return agencies.filter((agency): agency is Agency => agency !== null);
  }

  @ResolveField(() => User)
  owner(item: ActionItem, _args: unknown, { loaders }: GraphqlContext): Promise<User | null> {
    return this.users.load(loaders, item.ownerId);
  }

  @ResolveField(() => [Perspective])
  perspectives(item: ActionItem, _args: unknown, { loaders }: GraphqlContext): Promise<Perspective[]> {
    return this.itemService.loadPerspectives(loaders, item.id);
  }

  @ResolveField(() => Boolean, { description: 'Open and past its due date' })
  overdue(item: ActionItem): boolean {
    return this.signals.overdue(item);
  }

  @ResolveField(() => Boolean, { description: "Open with no check-in (or, without one, no creation) within the plan's staleAfterDays" })
  stale(item: ActionItem, _args: unknown, { loaders }: GraphqlContext): Promise<boolean> {
    return this.signals.stale(loaders, item);
  }

  @ResolveField(() => ActionItemHistoryConnection, {
    nullable: true,
    description:
      "Its audit rows, newest first: creation, edits, check-ins and comments. For those who may read the audit trail and the members of the item's group; null with FORBIDDEN for anyone else",
  })
  history(@Parent() item: ActionItem, @CurrentActor() actor: Actor | null, @Loaders() loaders: LoaderRegistry, @Args() page: PageArgs): Promise<Connection<AuditEntry>> {
    return this.itemService.loadHistory(actor, loaders, item, page);
  }
}
