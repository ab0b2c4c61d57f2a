import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;
}
