import { ArgsType, Field } from '@nestjs/graphql';
import { Language } from '@samverkan/common';
import { IsEnum } from 'class-validator';

@ArgsType()
export class SetMyLanguageArgs {
  @Field(() => Language)
  @IsEnum(Language)
  language: Language;
}
