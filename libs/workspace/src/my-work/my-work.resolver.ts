import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@samverkan/auth';
import { MyWorkService } from './my-work.service';
import { MyWork, MyWorkArgs } from './my-work.types';

@Resolver(() => MyWork)
export class MyWorkResolver {
  constructor(private readonly work: MyWorkService) {}

  @Query(() => MyWork, { description: 'What needs the caller in a plan; people only, not integrations' })
  myWork(@CurrentActor() actor: Actor | null, @Args() { planId }: MyWorkArgs): Promise<MyWork> {
    return this.work.myWork(actor, planId);
  }
}
