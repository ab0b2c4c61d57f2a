import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Action, Actor, PolicyService } from '@samverkan/auth';
import { Clock, InvalidInputException } from '@samverkan/common';
import { Repository } from 'typeorm';
import { ActionItem, ActionItemHealth, ActionItemStatus } from '../items/action-item.entity';
import { ItemCursor, filteredItems, sortedItems } from '../items/action-items.query';
import { isOverdue, isStale, staleCutoff } from '../items/item-signals';
import { CsvCell, csvDocument } from './csv';
import { parseItemFilter } from './export-query';

/** A meeting paper lists a plan's items; more than this is a sign the filter is missing. */
export const MAX_EXPORT_ROWS = 10_000;
const CHUNK = 500;

const STATUS_SV: Record<ActionItemStatus, string> = {
  [ActionItemStatus.PLANNED]: 'Planerad',
  [ActionItemStatus.IN_PROGRESS]: 'Pågår',
  [ActionItemStatus.DONE]: 'Klar',
  [ActionItemStatus.BLOCKED]: 'Blockerad',
  [ActionItemStatus.CANCELLED]: 'Avbruten',
};

const HEALTH_SV: Record<ActionItemHealth, string> = {
  [ActionItemHealth.ON_TRACK]: 'Enligt plan',
  [ActionItemHealth.AT_RISK]: 'Risk',
  [ActionItemHealth.OFF_TRACK]: 'Avviker',
};

export const EXPORT_HEADER = [
  'Åtgärd',
  'Nivå',
  'Arbetsgrupp',
  'Utvecklingsområde',
  'Ansvarig myndighet',
  'Deltagande myndigheter',
  'Ägare',
  'Status',
  'Hälsa',
  'Framsteg (%)',
  'Startdatum',
  'Slutdatum',
  'Försenad',
  'Inaktuell',
  'Senaste avstämning',
  'Perspektiv',
  'Id',
];

interface ItemDetails {
  id: string;
  group_name: string;
  area_title: string;
  lead_agency: string;
  participating: string | null;
  owner: string;
  perspectives: string | null;
  stale_after_days: number;
}

const DETAILS = `
  SELECT i.id, g.name AS group_name, a.title AS area_title, lead.name_sv AS lead_agency, u.display_name AS owner, p.stale_after_days,
         (SELECT string_agg(ag.name_sv, ', ' ORDER BY ag.name_sv) FROM action_item_agencies x JOIN agencies ag ON ag.id = x.agency_id WHERE x.item_id = i.id) AS participating,
         (SELECT string_agg(pe.title, ', ' ORDER BY pe.code) FROM action_item_perspectives x JOIN perspectives pe ON pe.id = x.perspective_id WHERE x.item_id = i.id) AS perspectives
    FROM action_items i
    JOIN groups g ON g.id = i.group_id
    JOIN development_areas a ON a.id = i.development_area_id
    JOIN agencies lead ON lead.id = i.lead_agency_id
    JOIN users u ON u.id = i.owner_id
    JOIN plans p ON p.id = i.plan_id
   WHERE i.id = ANY($1::uuid[])`;

const yesNo = (value: boolean): string => (value ? 'Ja' : 'Nej');

/** A filtered item list as CSV for the steering group's meeting papers, in Swedish. */
@Injectable()
export class ActionItemsExportService {
  constructor(
    @InjectRepository(ActionItem) private readonly items: Repository<ActionItem>,
    private readonly policy: PolicyService,
    private readonly clock: Clock,
  ) {}

  async exportCsv(actor: Actor | null, query: Record<string, unknown>): Promise<string> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const filter = await parseItemFilter(query);
    const now = this.clock.now();
    const time = { now, today: this.clock.today() };
    const total = await filteredItems(this.items, filter, time).getCount();
    if (total > MAX_EXPORT_ROWS) {
      throw new InvalidInputException('planId', `${total} items match; narrow the filter to at most ${MAX_EXPORT_ROWS}`);
    }
    const rows: CsvCell[][] = [];
    let after: ItemCursor | null = null;
    for (;;) {
      const { rows: page, sortKeys } = await sortedItems(this.items, filteredItems(this.items, filter, time), filter.sort, after, CHUNK);
      rows.push(...(await this.csvRows(page, now, time.today)));
      if (page.length < CHUNK) break;
      after = { key: sortKeys[page.length - 1]!, id: page[page.length - 1]!.id };
    }
    return csvDocument(EXPORT_HEADER, rows);
  }

  private async csvRows(items: ActionItem[], now: Date, today: string): Promise<CsvCell[][]> {
    if (items.length === 0) return [];
    const details: ItemDetails[] = await this.items.query(DETAILS, [items.map((item) => item.id)]);
    const byId = new Map(details.map((row) => [row.id, row]));
    return items.map((item) => {
      const more = byId.get(item.id)!;
      return [
        item.title,
        item.depth,
        more.group_name,
        more.area_title,
        more.lead_agency,
        more.participating,
        more.owner,
        STATUS_SV[item.status],
        HEALTH_SV[item.health],
        item.progress,
        item.startDate,
        item.dueDate,
        yesNo(isOverdue(item, today)),
        yesNo(isStale(item, staleCutoff(now, more.stale_after_days))),
        item.lastCheckInAt ? item.lastCheckInAt.toISOString().slice(0, 10) : null,
        more.perspectives,
        item.id,
      ];
    });
  }
}
