import { Field, ObjectType } from '@nestjs/graphql';
import { Report } from '../reports/report.entity';
import { ReportVersion } from '../versions/report-version.entity';

@ObjectType({ description: 'A report waiting for the caller: returned to its authors for revision, or submitted and waiting for review' })
export class ReportTask {
  @Field(() => Report)
  report: Report;

  @Field(() => ReportVersion, { description: 'The version returned (with the steering group\'s comment), or the one to review' })
  version: ReportVersion;

  @Field({ description: 'The page where it is handled: /rapporter/<id> to revise, /granskning/<id> to review' })
  path: string;
}
