import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueModule } from '@samverkan/queue';
import { AgenciesResolver } from './agencies/agencies.resolver';
import { AgenciesService } from './agencies/agencies.service';
import { Agency } from './agencies/agency.entity';
import { GroupSupport } from './groups/group-support.entity';
import { Group } from './groups/group.entity';
import { GroupSupportsResolver, GroupsResolver, MembershipsResolver } from './groups/groups.resolver';
import { GroupsService } from './groups/groups.service';
import { MembershipNotices } from './groups/membership-notices';
import { Membership } from './groups/membership.entity';
import { ApiToken } from './session/api-token.entity';
import { ApiTokensResolver } from './session/api-tokens.resolver';
import { ApiTokensService } from './session/api-tokens.service';
import { BrowserSession } from './session/browser-session.entity';
import { BrowserSessionsService } from './session/browser-sessions.service';
import { SessionResolver } from './session/session.resolver';
import { SessionService } from './session/session.service';
import { User } from './users/user.entity';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

/** Agencies, people, groups and memberships, and logging in. */
@Module({
  imports: [TypeOrmModule.forFeature([Agency, User, Group, GroupSupport, Membership, ApiToken, BrowserSession]), QueueModule],
  providers: [
    AgenciesService,
    UsersService,
    GroupsService,
    SessionService,
    ApiTokensService,
    BrowserSessionsService,
    ApiTokensResolver,
    MembershipNotices,
    AgenciesResolver,
    UsersResolver,
    GroupsResolver,
    MembershipsResolver,
    GroupSupportsResolver,
    SessionResolver,
  ],
  exports: [AgenciesService, UsersService, GroupsService, SessionService, BrowserSessionsService],
})
export class OrganisationModule {}
