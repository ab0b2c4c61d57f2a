import { Field, ObjectType } from '@nestjs/graphql';
import { PlanRevision } from './plan-revision.entity';
import { PlanSnapshot } from './plan-snapshot.types';

/** A recorded revision and the plan as it stood then. */
@ObjectType()
export class PlanAsOfRevision {
  @Field(() => PlanRevision)
  revision: PlanRevision;

  @Field(() => PlanSnapshot, { nullable: true, description: 'Null for revisions recorded before snapshots were kept' })
  snapshot: PlanSnapshot | null;
}
