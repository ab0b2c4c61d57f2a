import { registerEnumType } from '@nestjs/graphql';

/** The language a report's PDF is written in; the JSON document is the same in either. */
export enum ReportLanguage {
  SV = 'sv',
  EN = 'en',
}

registerEnumType(ReportLanguage, {
  name: 'ReportLanguage',
  description: 'The language of the rendered PDF: Swedish (the default) or English',
});
