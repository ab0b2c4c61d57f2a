import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Call, CallContext, Loaders } from '@samverkan/auth';
import { LoaderRegistry } from '@samverkan/common';
import { Perspective } from '../perspectives/perspective.entity';
import { CreateDevelopmentAreaInput, CreatePerspectiveInput, UpdateDevelopmentAreaInput, UpdatePerspectiveInput } from '../plans/plan.inputs';
import { DevelopmentArea } from './development-area.entity';
import { PlanStructureService } from './plan-structure.service';
import { SubTopic } from './sub-topic.entity';

@Resolver(() => DevelopmentArea)
export class PlanStructureResolver {
  constructor(private readonly structure: PlanStructureService) {}

  @Mutation(() => DevelopmentArea, { description: 'Administrators only' })
  createDevelopmentArea(@Call() call: CallContext, @Args('input') input: CreateDevelopmentAreaInput): Promise<DevelopmentArea> {
    return this.structure.createArea(call, input);
  }

  @Mutation(() => DevelopmentArea, { description: 'Administrators only' })
  updateDevelopmentArea(@Call() call: CallContext, @Args('input') input: UpdateDevelopmentAreaInput): Promise<DevelopmentArea> {
    return this.structure.updateArea(call, input);
  }

  @Mutation(() => Perspective, { description: 'Administrators only' })
  createPerspective(@Call() call: CallContext, @Args('input') input: CreatePerspectiveInput): Promise<Perspective> {
    return this.structure.createPerspective(call, input);
  }

  @Mutation(() => Perspective, { description: 'Title and description; the code stays. Administrators only' })
  updatePerspective(@Call() call: CallContext, @Args('input') input: UpdatePerspectiveInput): Promise<Perspective> {
    return this.structure.updatePerspective(call, input);
  }

  @ResolveField(() => [SubTopic])
  subTopics(@Parent() area: DevelopmentArea, @Loaders() loaders: LoaderRegistry): Promise<SubTopic[]> {
    return this.structure.loadSubTopics(loaders, area.id);
  }
}
