import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** A cross-cutting perspective a goal addresses. */
@Entity({ name: 'goal_perspectives' })
export class GoalPerspective {
  @PrimaryColumn({ type: 'uuid' })
  goalId: string;

  @ManyToOne('Goal', { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  private readonly goal?: unknown;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  perspectiveId: string;

  @ManyToOne('Perspective', { nullable: false })
  @JoinColumn({ name: 'perspective_id' })
  private readonly perspective?: unknown;
}
