import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { ServiceInfo } from './service-info.types';

@Injectable()
export class ServiceInfoService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  describe(): ServiceInfo {
    const { organisationName, contactEmail } = this.config.accessibility;
    return { organisationName: organisationName || null, accessibilityContactEmail: contactEmail || null, singleSignOn: this.config.oidcSignIn !== null };
  }
}
