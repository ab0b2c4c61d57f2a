import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** A person who attended a meeting. */
@Entity({ name: 'meeting_attendees' })
export class MeetingAttendee {
  @PrimaryColumn({ type: 'uuid' })
  meetingId: string;

  @ManyToOne('Meeting', { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  private readonly meeting?: unknown;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne('User', { nullable: false })
  @JoinColumn({ name: 'user_id' })
  private readonly user?: unknown;
}
