import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { DeliveryChannel } from './report-delivery.entity';

@ObjectType({ description: 'What the receiver answered a test message; no copy is recorded' })
export class ReportCopyTestResult {
  @Field(() => ID)
  agencyId: string;

  @Field(() => DeliveryChannel)
  channel: DeliveryChannel;

  @Field({ description: 'The address or URL the test message went to' })
  recipient: string;

  @Field({ description: 'True when the receiver took the message' })
  accepted: boolean;

  @Field({ description: "The SMTP server's reply, or the webhook's HTTP status and the start of its body, or why no answer came" })
  reply: string;

  @Field(() => GraphQLISODateTime)
  testedAt: Date;
}
