import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { GroupKind, MembershipRole } from '@samverkan/auth';
import { IsEnum, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { PlanLevelText } from '@samverkan/common';

@InputType()
export class CreateGroupInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field(() => GroupKind)
  @IsEnum(GroupKind)
  kind: GroupKind;

  @Field(() => Int, { description: 'Working groups 1–99; the steering group is 0' })
  @IsInt()
  @Min(0)
  @Max(99)
  number: number;

  @Field()
  @Length(1, 200)
  @PlanLevelText()
  name: string;

  @Field()
  @Length(1, 4000)
  @PlanLevelText()
  focus: string;

  @Field(() => ID, { nullable: true, description: 'Required for working groups' })
  @IsOptional()
  @IsUUID()
  coordinatingAgencyId?: string | null;
}

@InputType()
export class UpdateGroupInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  @PlanLevelText()
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 4000)
  @PlanLevelText()
  focus?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  coordinatingAgencyId?: string;
}

/** Which agency's support of which group: what removeGroupSupport takes, and what setGroupSupport sets a contribution for. */
@InputType()
export class GroupSupportKeyInput {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

  @Field(() => ID)
  @IsUUID()
  agencyId: string;
}

@InputType()
export class SetGroupSupportInput extends GroupSupportKeyInput {
  @Field({ description: 'What the agency contributes, e.g. knowledge and quality assurance' })
  @Length(1, 1000)
  @PlanLevelText()
  contribution: string;
}

@InputType()
export class AddMembershipInput {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => MembershipRole)
  @IsEnum(MembershipRole)
  role: MembershipRole;
}
