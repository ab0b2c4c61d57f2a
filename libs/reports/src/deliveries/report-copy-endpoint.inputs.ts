import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, IsUrl, MaxLength } from 'class-validator';
import { DeliveryChannel } from './report-delivery.entity';

@InputType()
export class SetReportCopyEndpointInput {
  @Field(() => ID)
  @IsUUID()
  agencyId: string;

  @Field(() => String, { nullable: true, description: 'HTTPS URL for the JSON document; null removes the webhook' })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true, require_tld: false }, { message: 'url must be an http(s) URL' })
  url?: string | null;
}

@InputType()
export class TestReportCopyEndpointInput {
  @Field(() => ID)
  @IsUUID()
  agencyId: string;

  @Field(() => DeliveryChannel, { description: "EMAIL: the agency's contact address; WEBHOOK: its endpoint" })
  @IsEnum(DeliveryChannel)
  channel: DeliveryChannel;
}
