import { Field, ID, InputType } from '@nestjs/graphql';
import { MIN_PASSWORD_LENGTH, UserRole } from '@samverkan/auth';
import { ArrayUnique, IsBoolean, IsEmail, IsEnum, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { PlanLevelText } from '@samverkan/common';

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail()
  email: string;

  @Field()
  @Length(1, 200)
  @PlanLevelText()
  displayName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  @PlanLevelText()
  title?: string | null;

  @Field(() => ID)
  @IsUUID()
  agencyId: string;

  @Field(() => [UserRole], { defaultValue: [] })
  @IsEnum(UserRole, { each: true })
  @ArrayUnique()
  roles: UserRole[];

  @Field(() => String, {
    nullable: true,
    description: `Initial password, at least ${MIN_PASSWORD_LENGTH} characters; without one the person chooses it through a password link (sendPasswordResetLink)`,
  })
  @IsOptional()
  @Length(MIN_PASSWORD_LENGTH, 200)
  password?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  @PlanLevelText()
  displayName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  @PlanLevelText()
  title?: string | null;

  @Field(() => [UserRole], { nullable: true })
  @IsOptional()
  @IsEnum(UserRole, { each: true })
  @ArrayUnique()
  roles?: UserRole[];

  @Field({ nullable: true, description: 'Deactivating also ends every session of the person' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
