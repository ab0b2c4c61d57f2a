import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** An agency taking part in an item besides the one leading it. */
@Entity({ name: 'action_item_agencies' })
export class ActionItemAgency {
  @PrimaryColumn({ type: 'uuid' })
  itemId: string;

  @ManyToOne('ActionItem', { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  private readonly item?: unknown;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  agencyId: string;

  @ManyToOne('Agency', { nullable: false })
  @JoinColumn({ name: 'agency_id' })
  private readonly agency?: unknown;
}
