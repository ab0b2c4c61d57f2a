import { registerEnumType } from '@nestjs/graphql';

/** The language a person reads the workspace and their e-mails in. Swedish is the default and complete. */
export enum Language {
  SV = 'SV',
  EN = 'EN',
}

registerEnumType(Language, { name: 'Language', description: 'SV: Swedish (the default), EN: English' });

export const DEFAULT_LANGUAGE = Language.SV;
