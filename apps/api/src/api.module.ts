import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AuditModule } from '@samverkan/audit';
import { AuthModule, AuthenticationGuard } from '@samverkan/auth';
import { AppConfig, ConfigModule } from '@samverkan/config';
import { DatabaseModule } from '@samverkan/database';
import { GoalsModule } from '@samverkan/goals';
import { OrganisationModule, SessionService } from '@samverkan/organisation';
import { PlanModule } from '@samverkan/plan';
import { Request } from 'express';
import { buildGraphqlContext } from './graphql/graphql-context.factory';
import { GraphqlErrorFilter } from './graphql/graphql-error.filter';
import { InputValidationPipe } from './graphql/input-validation.pipe';

/** The GraphQL API: wires the domain modules behind one schema. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        AuthModule,
        AuditModule,
        OrganisationModule,
        PlanModule,
        GoalsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [OrganisationModule],
          inject: [SessionService],
          useFactory: (session: SessionService) => ({
            // Generated in memory; `npm run schema:print` writes the committed schema.gql.
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            playground: false,
            graphiql: config.graphqlPlayground,
            introspection: config.nodeEnv !== 'production',
            includeStacktraceInErrorResponses: false,
            context: ({ req }: { req: Request }) => buildGraphqlContext(req, session),
          }),
        }),
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        { provide: APP_FILTER, useClass: GraphqlErrorFilter },
        { provide: APP_PIPE, useClass: InputValidationPipe },
      ],
    };
  }
}
