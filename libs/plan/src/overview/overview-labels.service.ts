import { Injectable } from '@nestjs/common';
import { LoaderRegistry } from '@samverkan/common';
import { AgenciesService, GroupsService } from '@samverkan/organisation';
import { ActionItemsService } from '../items/action-items.service';
import { OverviewDimension, OverviewRow } from './plan-overview.types';

/** Names for overview rows, read fresh on every request so a renamed group shows its new name at once. */
@Injectable()
export class OverviewLabelsService {
  constructor(
    private readonly groups: GroupsService,
    private readonly agencies: AgenciesService,
    private readonly items: ActionItemsService,
  ) {}

  async labelOf(loaders: LoaderRegistry, row: OverviewRow): Promise<string> {
    switch (row.dimension) {
      case OverviewDimension.GROUP:
        return (await this.groups.load(loaders, row.id))?.name ?? '';
      case OverviewDimension.DEVELOPMENT_AREA:
        return (await this.items.loadDevelopmentArea(loaders, row.id))?.title ?? '';
      case OverviewDimension.LEAD_AGENCY:
        return (await this.agencies.load(loaders, row.id))?.nameSv ?? '';
      case OverviewDimension.PERSPECTIVE:
        return (await this.items.loadPerspective(loaders, row.id))?.title ?? '';
    }
  }
}
