import { Controller, Get, Header, Param } from '@nestjs/common';
import { Public } from '@samverkan/auth';
import { EntityNotFoundException } from '@samverkan/common';
import { CalendarFeedsService } from './calendar-feeds.service';

/** GET /calendar/<secret>.ics — no login: calendar programs cannot log in, the secret in the address is the key. */
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Public()
  @Get(':file')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('content-disposition', 'inline; filename="samverkan.ics"')
  feed(@Param('file') file: string): Promise<string> {
    const secret = /^(.+)\.ics$/.exec(file)?.[1];
    if (!secret) throw new EntityNotFoundException('CalendarFeed', 'at this address');
    return this.feeds.render(secret);
  }
}
