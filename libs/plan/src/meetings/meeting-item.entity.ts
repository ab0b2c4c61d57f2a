import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** An action item a meeting discussed. */
@Entity({ name: 'meeting_items' })
export class MeetingItem {
  @PrimaryColumn({ type: 'uuid' })
  meetingId: string;

  @ManyToOne('Meeting', { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  private readonly meeting?: unknown;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  itemId: string;

  @ManyToOne('ActionItem', { nullable: false })
  @JoinColumn({ name: 'item_id' })
  private readonly item?: unknown;
}
