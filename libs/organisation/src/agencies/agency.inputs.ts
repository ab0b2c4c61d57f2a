import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { PlanLevelText } from '@samverkan/common';

@InputType()
export class CreateAgencyInput {
  @Field({ description: '2–16 capital letters or digits, e.g. FK' })
  @Matches(/^[A-ZÅÄÖ0-9]{2,16}$/, { message: 'code must be 2–16 capital letters or digits' })
  code: string;

  @Field()
  @Length(1, 200)
  @PlanLevelText()
  nameSv: string;

  @Field()
  @Length(1, 200)
  @PlanLevelText()
  nameEn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  contactEmail?: string | null;
}

@InputType()
export class UpdateAgencyInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  @PlanLevelText()
  nameSv?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  @PlanLevelText()
  nameEn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  contactEmail?: string | null;
}
