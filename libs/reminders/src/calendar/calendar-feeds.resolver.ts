import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Call, CallContext, CurrentActor } from '@samverkan/auth';
import { CalendarFeedsService } from './calendar-feeds.service';

@Resolver()
export class CalendarFeedsResolver {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Query(() => String, {
    description: "The caller's secret iCalendar feed of their deadlines (<PUBLIC_URL>/calendar/….ics; a path on this API's origin when PUBLIC_URL is not set); the first call creates it",
  })
  calendarFeedUrl(@CurrentActor() actor: Actor | null): Promise<string> {
    return this.feeds.url(actor);
  }

  @Mutation(() => String, { description: 'A new secret address for the caller’s calendar feed; the old address stops working' })
  rotateCalendarFeedSecret(@Call() call: CallContext): Promise<string> {
    return this.feeds.rotate(call);
  }
}
