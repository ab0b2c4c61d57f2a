import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Call, CallContext } from '@samverkan/auth';
import { AssessGoalInput } from './assessment.inputs';
import { AssessmentsService } from './assessments.service';
import { GoalAssessment } from './goal-assessment.entity';

@Resolver(() => GoalAssessment)
export class AssessmentsResolver {
  constructor(private readonly assessmentService: AssessmentsService) {}

  @Mutation(() => GoalAssessment, { description: "Sets the goal's assessment for a year. Representatives of the goal's agency only" })
  assessGoal(@Call() call: CallContext, @Args('input') input: AssessGoalInput): Promise<GoalAssessment> {
    return this.assessmentService.assess(call, input);
  }
}
