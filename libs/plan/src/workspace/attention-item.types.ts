import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActionItem } from '../items/action-item.entity';

/** Why an open item needs someone's attention. */
export enum AttentionReason {
  /** Its due date has passed. */
  OVERDUE = 'OVERDUE',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
  /** No check-in for the plan's stale period. */
  STALE = 'STALE',
}
registerEnumType(AttentionReason, { name: 'AttentionReason' });

/** How the person is tied to an item in their work list. */
export enum WorkRelation {
  OWNER = 'OWNER',
  COORDINATOR = 'COORDINATOR',
}
registerEnumType(WorkRelation, { name: 'WorkRelation' });

@ObjectType({ description: 'An open item the caller owns or coordinates that is overdue, at risk, off track or stale' })
export class AttentionItem {
  @Field(() => ActionItem)
  item: ActionItem;

  @Field(() => [AttentionReason], { description: 'Every reason that applies, in the order of the enum' })
  reasons: AttentionReason[];

  @Field(() => [WorkRelation], { description: 'Owner, coordinator of its group, or both' })
  relations: WorkRelation[];

  @Field({ description: "The item's page in the workspace, e.g. /atgarder/<id>" })
  path: string;
}
