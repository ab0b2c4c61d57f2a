import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** A cross-cutting perspective an item addresses. */
@Entity({ name: 'action_item_perspectives' })
export class ActionItemPerspective {
  @PrimaryColumn({ type: 'uuid' })
  itemId: string;

  @ManyToOne('ActionItem', { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  private readonly item?: unknown;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  perspectiveId: string;

  @ManyToOne('Perspective', { nullable: false })
  @JoinColumn({ name: 'perspective_id' })
  private readonly perspective?: unknown;
}
