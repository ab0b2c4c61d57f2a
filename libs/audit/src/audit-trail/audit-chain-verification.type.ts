import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The result of walking the audit log hash chain from its first row' })
export class AuditChainVerification {
  @Field({ description: 'True when every row matches its hash and links to the row before it' })
  intact: boolean;

  @Field(() => Int, { description: 'Rows found intact before the first broken one, or in all' })
  verified: number;

  @Field(() => ID, { nullable: true, description: 'The first row whose hash or link does not match' })
  brokenAt: string | null;

  @Field(() => String, { nullable: true, description: 'What is wrong with that row' })
  problem: string | null;

  @Field({ description: 'Hash of the last intact row: record it elsewhere to detect a rewritten tail later' })
  headHash: string;

  @Field(() => GraphQLISODateTime)
  checkedAt: Date;
}
