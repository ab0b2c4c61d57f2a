import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Call, CallContext, CurrentActor } from '@samverkan/auth';
import { IdArgs, PageArgs } from '@samverkan/common';
import { Agency } from './agency.entity';
import { CreateAgencyInput, UpdateAgencyInput } from './agency.inputs';
import { AgenciesService } from './agencies.service';

@Resolver(() => Agency)
export class AgenciesResolver {
  constructor(private readonly agencyService: AgenciesService) {}

  @Query(() => [Agency], { description: 'Agencies ordered by code' })
  agencies(@CurrentActor() actor: Actor | null, @Args() page: PageArgs): Promise<Agency[]> {
    return this.agencyService.list(actor, page);
  }

  @Query(() => Agency)
  agency(@CurrentActor() actor: Actor | null, @Args() { id }: IdArgs): Promise<Agency> {
    return this.agencyService.get(actor, id);
  }

  @Mutation(() => Agency, { description: 'Administrators only' })
  createAgency(@Call() call: CallContext, @Args('input') input: CreateAgencyInput): Promise<Agency> {
    return this.agencyService.create(call, input);
  }

  @Mutation(() => Agency, { description: "Administrators, or a representative of the agency for its own profile" })
  updateAgency(@Call() call: CallContext, @Args('input') input: UpdateAgencyInput): Promise<Agency> {
    return this.agencyService.update(call, input);
  }
}
