import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Call, CallContext, CurrentActor } from '@samverkan/auth';
import { IdArgs } from '@samverkan/common';
import { ApiToken } from './api-token.entity';
import { CreateApiTokenInput, CreatedApiToken } from './api-token.inputs';
import { ApiTokensService } from './api-tokens.service';

@Resolver(() => ApiToken)
export class ApiTokensResolver {
  constructor(private readonly tokenService: ApiTokensService) {}

  @Query(() => [ApiToken], { description: 'Every API token, newest first, revoked ones included. Administrators only' })
  apiTokens(@CurrentActor() actor: Actor | null): Promise<ApiToken[]> {
    return this.tokenService.list(actor);
  }

  @Mutation(() => CreatedApiToken, { description: 'A token for an integration, with only the scopes given. Administrators only' })
  createApiToken(@Call() call: CallContext, @Args('input') input: CreateApiTokenInput): Promise<CreatedApiToken> {
    return this.tokenService.create(call, input);
  }

  @Mutation(() => ApiToken, { description: 'Stops a token working at once. Administrators only' })
  revokeApiToken(@Call() call: CallContext, @Args() { id }: IdArgs): Promise<ApiToken> {
    return this.tokenService.revoke(call, id);
  }
}
