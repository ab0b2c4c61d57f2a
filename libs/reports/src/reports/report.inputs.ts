import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { PlanLevelText } from '@samverkan/common';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ReportLanguage } from './report-language';
import { ReportKind } from './report.entity';

/** Generous for a section of an annual report, bounded so one request stays small. */
const SECTION_MAX = 20_000;

@InputType()
export class CreateReportInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field(() => Int, { description: 'The calendar year reported on, within the plan period' })
  @IsInt()
  @Min(1900)
  @Max(2200)
  year: number;

  @Field(() => ReportKind)
  @IsEnum(ReportKind)
  kind: ReportKind;

  @Field(() => ID, { nullable: true, description: 'The working group, for WORKING_GROUP' })
  @IsOptional()
  @IsUUID()
  groupId?: string;

  @Field(() => ID, { nullable: true, description: 'The agency, for AGENCY_FOLLOW_UP' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}

@InputType()
export class ReportAreaWorkInput {
  @Field(() => ID)
  @IsUUID()
  developmentAreaId: string;

  @Field()
  @MaxLength(SECTION_MAX)
  @PlanLevelText()
  text: string;
}

@InputType()
export class ReportPerspectiveInput {
  @Field(() => ID)
  @IsUUID()
  perspectiveId: string;

  @Field(() => Boolean, { defaultValue: false, description: 'True when the text says why the perspective does not apply' })
  @IsBoolean()
  notApplicable: boolean;

  @Field({ description: 'How the perspective was addressed, or why it does not apply' })
  @MaxLength(SECTION_MAX)
  @PlanLevelText()
  text: string;
}

/** Sections left out stay as they are; a list given replaces the whole list. */
@InputType()
export class EditReportInput {
  @Field(() => ID)
  @IsUUID()
  reportId: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: "The latest version's updatedAt the edit is based on; when the report has changed since, the edit is refused (EDIT_CONFLICT)",
  })
  @IsOptional()
  @IsDate()
  @Type(() => Date)
  basedOn?: Date;

  @Field(() => String, { nullable: true, description: 'Registration number (diarienummer); null clears it' })
  @IsOptional()
  @Length(1, 100)
  @PlanLevelText()
  registrationNumber?: string | null;

  @Field(() => ReportLanguage, { nullable: true, description: 'The language of the PDF rendered at submission; left out, it stays as it is' })
  @IsOptional()
  @IsEnum(ReportLanguage)
  language?: ReportLanguage;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(SECTION_MAX)
  @PlanLevelText()
  summary?: string;

  @Field(() => [ReportAreaWorkInput], { nullable: true, description: 'Work done per development area of the plan' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ReportAreaWorkInput)
  workDone?: ReportAreaWorkInput[];

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(SECTION_MAX)
  @PlanLevelText()
  results?: string;

  @Field(() => [ReportPerspectiveInput], { nullable: true, description: "One entry per perspective of the plan" })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ReportPerspectiveInput)
  perspectives?: ReportPerspectiveInput[];

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(SECTION_MAX)
  @PlanLevelText()
  challenges?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(SECTION_MAX)
  @PlanLevelText()
  nextYearFocus?: string;
}

@InputType()
export class AcknowledgeReportInput {
  @Field(() => ID, { description: 'The submitted version' })
  @IsUUID()
  versionId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  @PlanLevelText()
  comment?: string | null;
}

@InputType()
export class ReturnReportInput {
  @Field(() => ID, { description: 'The submitted version' })
  @IsUUID()
  versionId: string;

  @Field({ description: 'What to revise' })
  @Length(1, 4000)
  @PlanLevelText()
  comment: string;
}
