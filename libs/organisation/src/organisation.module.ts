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
import { PasswordResetToken } from './password-reset/password-reset-token.entity';
import { PasswordResetResolver } from './password-reset/password-reset.resolver';
import { PasswordResetService } from './password-reset/password-reset.service';
import { ApiToken } from './session/api-token.entity';
import { ApiTokensResolver } from './session/api-tokens.resolver';
import { ApiTokensService } from './session/api-tokens.service';
import { BrowserSession } from './session/browser-session.entity';
import { BrowserSessionsService } from './session/browser-sessions.service';
import { SessionResolver } from './session/session.resolver';
import { SessionService } from './session/session.service';
import { ServiceInfoResolver } from './service-info/service-info.resolver';
import { ServiceInfoService } from './service-info/service-info.service';
import { SingleSignOnController } from './single-sign-on/single-sign-on.controller';
import { SingleSignOnService } from './single-sign-on/single-sign-on.service';
import { User } from './users/user.entity';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

/** Agencies, people, groups and memberships, and logging in (by password, token or single sign-on). */
@Module({
  imports: [TypeOrmModule.forFeature([Agency, User, Group, GroupSupport, Membership, ApiToken, BrowserSession, PasswordResetToken]), QueueModule],
  controllers: [SingleSignOnController],
  providers: [
    SingleSignOnService,
    ServiceInfoService,
    ServiceInfoResolver,
    AgenciesService,
    UsersService,
    GroupsService,
    SessionService,
    ApiTokensService,
    BrowserSessionsService,
    PasswordResetService,
    PasswordResetResolver,
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
