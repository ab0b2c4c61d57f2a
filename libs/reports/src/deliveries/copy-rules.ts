import { AppConfig } from '@samverkan/config';
import { ErrorKind } from '@samverkan/common';
import { ReportsException, ReportsExceptionCode } from '../reports.exception';

/** Message-ID of a version's copy to an agency: a re-send after a crash is recognisably the same message. */
export function copyMessageId(versionId: string, agencyId: string): string {
  return `<report-version.${versionId}.copy.${agencyId}@samverkan>`;
}

/** Webhooks must use HTTPS except on development and test machines. */
export function assertWebhookUrlAllowed(url: string, config: AppConfig, field: string): void {
  if (new URL(url).protocol !== 'https:' && config.nodeEnv === 'production') {
    throw new ReportsException(ReportsExceptionCode.INSECURE_URL, ErrorKind.BAD_USER_INPUT, `${field} must be an https: URL`, field);
  }
}
