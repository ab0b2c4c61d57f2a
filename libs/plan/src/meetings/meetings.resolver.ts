import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Call, CallContext, CurrentActor, GraphqlContext, Loaders } from '@samverkan/auth';
import { Connection, IdArgs, LoaderRegistry } from '@samverkan/common';
import { Group, GroupsService, User, UsersService } from '@samverkan/organisation';
import { ActionItem } from '../items/action-item.entity';
import { ActionItemsService } from '../items/action-items.service';
import { MeetingConnection } from './meeting-connection.type';
import { MeetingDecision } from './meeting-decision.entity';
import { Meeting } from './meeting.entity';
import { MeetingsArgs, RecordMeetingInput, UpdateMeetingInput } from './meeting.inputs';
import { MeetingsService } from './meetings.service';

@Resolver(() => Meeting)
export class MeetingsResolver {
  constructor(
    private readonly meetingService: MeetingsService,
    private readonly items: ActionItemsService,
    private readonly groups: GroupsService,
    private readonly users: UsersService,
  ) {}

  @Query(() => MeetingConnection, { description: 'Meetings, newest first' })
  meetings(@CurrentActor() actor: Actor | null, @Args() args: MeetingsArgs): Promise<Connection<Meeting>> {
    return this.meetingService.list(actor, args);
  }

  @Query(() => Meeting)
  meeting(@CurrentActor() actor: Actor | null, @Args() { id }: IdArgs): Promise<Meeting> {
    return this.meetingService.get(actor, id);
  }

  @Mutation(() => Meeting, { description: 'Members of the group; a decision with a follow-up item needs the coordinator of that item’s group' })
  recordMeeting(@Call() call: CallContext, @Args('input') input: RecordMeetingInput): Promise<Meeting> {
    return this.meetingService.record(call, input);
  }

  @Mutation(() => Meeting, { description: 'Members of the group' })
  updateMeeting(@Call() call: CallContext, @Args('input') input: UpdateMeetingInput): Promise<Meeting> {
    return this.meetingService.update(call, input);
  }

  @ResolveField(() => Group)
  group(@Parent() meeting: Meeting, @Loaders() loaders: LoaderRegistry): Promise<Group | null> {
    return this.groups.load(loaders, meeting.groupId);
  }

  @ResolveField(() => User)
  recordedBy(@Parent() meeting: Meeting, @Loaders() loaders: LoaderRegistry): Promise<User | null> {
    return this.users.load(loaders, meeting.recordedById);
  }

  @ResolveField(() => [User])
  async attendees(@Parent() meeting: Meeting, @Loaders() loaders: LoaderRegistry): Promise<User[]> {
    const ids = await this.meetingService.loadAttendeeIds(loaders, meeting.id);
    const users = await Promise.all(ids.map((id) => this.users.load(loaders, id)));
    return users.filter((user): user is User => user !== null);
  }

  @ResolveField(() => [ActionItem])
  async discussedItems(@Parent() meeting: Meeting, @Loaders() loaders: LoaderRegistry): Promise<ActionItem[]> {
    const ids = await this.meetingService.loadDiscussedItemIds(loaders, meeting.id);
    const items = await Promise.all(ids.map((id) => this.items.load(loaders, id)));
    return items.filter((item): item is ActionItem => item !== null);
  }

  @ResolveField(() => [MeetingDecision], { description: 'In the order taken' })
  decisions(@Parent() meeting: Meeting, @Loaders() loaders: LoaderRegistry): Promise<MeetingDecision[]> {
    return this.meetingService.loadDecisions(loaders, meeting.id);
  }
}

@Resolver(() => MeetingDecision)
export class MeetingDecisionsResolver {
  constructor(private readonly items: ActionItemsService) {}

  @ResolveField(() => ActionItem, { nullable: true })
  followUpItem(@Parent() decision: MeetingDecision, @Loaders() loaders: LoaderRegistry): Promise<ActionItem | null> {
    return decision.followUpItemId ? this.items.load(loaders, decision.followUpItemId) : Promise.resolve(null);
  }
}

@Resolver(() => ActionItem)
export class ActionItemMeetingsResolver {
  constructor(private readonly meetingService: MeetingsService) {}

  @ResolveField(() => [Meeting], { description: 'Meetings that discussed the item or decided on it, newest first' })
  meetings(item: ActionItem, _args: unknown, { loaders }: GraphqlContext): Promise<Meeting[]> {
    return this.meetingService.loadForItem(loaders, item.id);
  }
}
