import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@samverkan/auth';
import { ServiceInfoService } from './service-info.service';
import { ServiceInfo } from './service-info.types';

@Resolver()
export class ServiceInfoResolver {
  constructor(private readonly info: ServiceInfoService) {}

  @Public()
  @Query(() => ServiceInfo, { description: 'Public: who runs the service, its accessibility contact, and whether single sign-on is offered' })
  serviceInfo(): ServiceInfo {
    return this.info.describe();
  }
}
