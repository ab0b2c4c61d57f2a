import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionItemHealth, ActionItemStatus } from '../items/action-item.entity';

@ObjectType()
export class SnapshotDevelopmentArea {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field()
  title: string;

  @Field(() => [String])
  subTopics: string[];
}

@ObjectType()
export class SnapshotPerspective {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  title: string;
}

@ObjectType()
export class SnapshotItem {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => ID)
  groupId: string;

  @Field(() => ID)
  developmentAreaId: string;

  @Field(() => ActionItemStatus)
  status: ActionItemStatus;

  @Field(() => ActionItemHealth)
  health: ActionItemHealth;

  @Field(() => Int)
  progress: number;

  @Field(() => String, { nullable: true })
  dueDate: string | null;

  @Field(() => ID)
  ownerId: string;

  @Field(() => ID)
  leadAgencyId: string;
}

/** The plan as it stood when a revision was recorded. */
@ObjectType()
export class PlanSnapshot {
  @Field(() => GraphQLISODateTime)
  takenAt: Date;

  @Field()
  title: string;

  @Field()
  mandate: string;

  @Field()
  periodStart: string;

  @Field()
  periodEnd: string;

  @Field(() => [SnapshotDevelopmentArea])
  developmentAreas: SnapshotDevelopmentArea[];

  @Field(() => [SnapshotPerspective])
  perspectives: SnapshotPerspective[];

  @Field(() => [SnapshotItem], { description: 'Every action item, parents before their sub-items' })
  items: SnapshotItem[];
}
