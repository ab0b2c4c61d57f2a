import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AuditModule, AuditTrailModule, AuditedTransaction } from '@samverkan/audit';
import { AuthModule, AuthenticationGuard, RequestRateLimiter } from '@samverkan/auth';
import { AppConfig, ConfigModule } from '@samverkan/config';
import { DatabaseModule } from '@samverkan/database';
import { OrganisationModule, SessionService } from '@samverkan/organisation';
import { GoalsModule } from '@samverkan/goals';
import { PlanModule } from '@samverkan/plan';
import { ReportsModule } from '@samverkan/reports';
import { RemindersModule } from '@samverkan/reminders';
import { NotificationsModule } from '@samverkan/notifications';
import { WorkspaceModule } from '@samverkan/workspace';
import { ApiObservabilityModule, ObservabilityConfig } from '@samverkan/observability';
import { Request, Response } from 'express';
import { DependencyUnavailablePlugin } from './graphql/dependency-unavailable.plugin';
import { buildGraphqlContext } from './graphql/graphql-context.factory';
import { GraphqlErrorFilter, asContextError, formatGraphqlError } from './graphql/graphql-error.filter';
import { InputValidationPipe } from './graphql/input-validation.pipe';
import { MutationAuditPlugin } from './graphql/mutation-audit.plugin';
import { QueryLimitsPlugin } from './graphql/query-limits.plugin';
import { RequestTimeoutInterceptor } from './graphql/request-timeout.interceptor';

/** The GraphQL API: wires the domain modules behind one schema. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, observability: ObservabilityConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        ApiObservabilityModule.forRoot(observability),
        DatabaseModule,
        AuthModule,
        AuditModule,
        AuditTrailModule,
        OrganisationModule,
        PlanModule,
        GoalsModule,
        ReportsModule,
        RemindersModule,
        NotificationsModule,
        WorkspaceModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [OrganisationModule],
          inject: [SessionService, AuditedTransaction, RequestRateLimiter],
          useFactory: (session: SessionService, audited: AuditedTransaction, rateLimiter: RequestRateLimiter) => {
            // Production never explains the schema or serves a landing page, whatever the config says.
            const production = config.nodeEnv === 'production';
            return {
              // Generated in memory; `npm run schema:print` writes the committed schema.gql.
              autoSchemaFile: true,
              sortSchema: true,
              path: '/graphql',
              // GET /graphql in a browser gets the self-contained console (http/graphql-console.page.ts) instead.
              playground: false,
              graphiql: false,
              introspection: config.graphqlIntrospection && !production,
              includeStacktraceInErrorResponses: false,
              // Root fields go through GraphqlErrorFilter; nested fields' errors are mapped by formatGraphqlError,
              // which keeps Nest's per-call pipeline off every field of every listed item.
              formatError: formatGraphqlError,
              csrfPrevention: true,
              allowBatchedHttpRequests: config.graphqlAllowBatching,
              // A document too long to parse in a few milliseconds is refused while parsing (400).
              parseOptions: { maxTokens: config.graphqlMaxTokens },
              plugins: [
                new QueryLimitsPlugin(config),
                new MutationAuditPlugin(audited),
                new DependencyUnavailablePlugin(),
                // No HTTP cache hints are given, and the default plugin would time every field resolver.
                ApolloServerPluginCacheControlDisabled(),
              ],
              context: ({ req, res }: { req: Request; res: Response }) =>
                buildGraphqlContext(req, res, { session, rateLimiter, requestTimeoutMs: config.requestTimeoutMs }).catch(asContextError),
            };
          },
        }),
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        { provide: APP_FILTER, useClass: GraphqlErrorFilter },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: RequestTimeoutInterceptor },
      ],
    };
  }
}
