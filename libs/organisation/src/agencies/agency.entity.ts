import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A public agency. Agencies are data: new partners are added without a code change. */
@ObjectType()
@Entity({ name: 'agencies' })
export class Agency {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Short code, e.g. FK' })
  @Column({ type: 'varchar', length: 16, unique: true })
  code: string;

  @Field({ description: 'Swedish name, e.g. Försäkringskassan' })
  @Column({ type: 'text' })
  nameSv: string;

  @Field({ description: 'English name' })
  @Column({ type: 'text' })
  nameEn: string;

  @Field(() => String, { nullable: true, description: 'Functional mailbox, e.g. the registry (registrator)' })
  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
