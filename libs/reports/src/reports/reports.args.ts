import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { PageArgs } from '@samverkan/common';
import { IsEnum, IsInt, IsOptional, IsUUID } from 'class-validator';
import { ReportKind, ReportStatus } from './report.entity';

@ArgsType()
export class ReportsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  year?: number;

  @Field(() => ReportKind, { nullable: true })
  @IsOptional()
  @IsEnum(ReportKind)
  kind?: ReportKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  groupId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @Field(() => ReportStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ReportStatus)
  status?: ReportStatus;
}

@ArgsType()
export class PlanYearArgs {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field(() => Int)
  @IsInt()
  year: number;
}

/** The query of GET /exports/report-version.pdf. */
export class ReportVersionPdfArgs {
  @IsUUID()
  versionId: string;
}
