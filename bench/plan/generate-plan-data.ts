import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { buildDataSourceOptions } from '@samverkan/database';
import { PLAN, seedIpvPlan } from '@samverkan/seed';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Fills the seeded 2019–2021 plan with a realistic volume of action items,
 * check-ins and meetings, straight into PostgreSQL (no audit rows: this is a
 * fixture, not a history). Deterministic for a given seed.
 *
 *   DATABASE_URL=postgres://… node dist/bench/generate-plan-data.js [--replace]
 */
export interface GenerateOptions {
  items: number;
  checkIns: number;
  meetings: number;
  seed: number;
  /** Delete the plan's items, check-ins and meetings first; otherwise refuse when there are any. */
  replace: boolean;
}

export const DEFAULT_VOLUME: GenerateOptions = { items: 2_000, checkIns: 20_000, meetings: 300, seed: 2019, replace: false };
const LIMITS = { items: 20_000, checkIns: 200_000, meetings: 3_000 };
const CHUNK = 2_000;

export interface GeneratedVolume {
  planId: string;
  items: number;
  byDepth: number[];
  checkIns: number;
  meetings: number;
}

/** A small deterministic generator (mulberry32), so two runs make the same plan. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const weighted = <T>(choices: readonly [T, number][]): T => {
    let roll = next() * choices.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [value, weight] of choices) if ((roll -= weight) < 0) return value;
    return choices[choices.length - 1]![0];
  };
  const sample = <T>(list: readonly T[], count: number): T[] => [...list].sort(() => next() - 0.5).slice(0, count);
  return { next, int, pick, weighted, sample };
}

const DAY = 24 * 60 * 60 * 1000;
const PERIOD_START = Date.UTC(2019, 0, 1);
const PERIOD_END = Date.UTC(2021, 11, 31);
const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

const ACTIONS = ['Ta fram', 'Förankra', 'Genomföra', 'Följa upp', 'Utvärdera', 'Sprida', 'Revidera', 'Samordna'];
const SUBJECTS = [
  'rutin för frågor om våld',
  'utbildning för handläggare',
  'handledning i svåra samtal',
  'stödmaterial för chefer',
  'information om skydd och stöd',
  'remissvägar till socialtjänsten',
  'webbutbildning om hedersrelaterat våld',
  'arbetsmiljöstöd för medarbetare',
  'uppföljning av orosanmälningar',
  'samverkan med kvinnojourer',
];
const NARRATIVES = ['Arbetet fortskrider enligt plan.', 'Väntar på beslut i linjen.', 'Pilotgrupp genomförd, utvärdering pågår.', 'Material skickat på remiss.', 'Förseningar på grund av resursbrist.', 'Utbildningstillfällen genomförda i två regioner.'];

const STATUSES: [string, number][] = [['PLANNED', 20], ['IN_PROGRESS', 45], ['DONE', 20], ['BLOCKED', 8], ['CANCELLED', 7]];
const HEALTHS: [string, number][] = [['ON_TRACK', 65], ['AT_RISK', 25], ['OFF_TRACK', 10]];

interface Item {
  id: string;
  parentId: string | null;
  depth: number;
  groupId: string;
  areaId: string;
  leadAgencyId: string;
  ownerId: string;
  title: string;
  status: string;
  health: string;
  healthSince: Date;
  progress: number;
  weight: number | null;
  startDate: string;
  dueDate: string;
  lastCheckInAt: Date | null;
  participating: string[];
  perspectives: string[];
}

/** Inserts rows column by column through unnest, a chunk at a time. */
async function insertColumns(tx: EntityManager, table: string, columns: [string, string][], rows: unknown[][]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const arrays = columns.map((_, index) => chunk.map((row) => row[index]));
    const list = columns.map(([name]) => name).join(', ');
    const unnest = columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ');
    await tx.query(`INSERT INTO ${table} (${list}) SELECT * FROM unnest(${unnest})`, arrays);
  }
}

export async function generatePlanData(dataSource: DataSource, wanted: Partial<GenerateOptions> = {}): Promise<GeneratedVolume> {
  const options = { ...DEFAULT_VOLUME, ...wanted };
  for (const key of ['items', 'checkIns', 'meetings'] as const) {
    if (!(options[key] >= 0 && options[key] <= LIMITS[key])) throw new Error(`${key} must be 0–${LIMITS[key]}`);
  }
  const random = randomSource(options.seed);
  return dataSource.transaction(async (tx) => {
    const [plan]: { id: string }[] = await tx.query('SELECT id FROM plans WHERE key = $1', [PLAN.key]);
    if (!plan) throw new Error(`The plan ${PLAN.key} is not seeded`);
    const [{ n: existing }]: { n: number }[] = await tx.query('SELECT count(*)::int AS n FROM action_items WHERE plan_id = $1', [plan.id]);
    if (existing > 0 && !options.replace) throw new Error(`The plan already has ${existing} items; pass --replace to start over`);
    if (existing > 0) await deletePlanContent(tx, plan.id);

    const groups: { id: string; number: number }[] = await tx.query(`SELECT id, number FROM groups WHERE plan_id = $1 AND kind = 'WORKING' ORDER BY number`, [plan.id]);
    const areas: { id: string }[] = await tx.query('SELECT id FROM development_areas WHERE plan_id = $1', [plan.id]);
    const perspectives: { id: string }[] = await tx.query('SELECT id FROM perspectives WHERE plan_id = $1', [plan.id]);
    const agencies: { id: string }[] = await tx.query(`SELECT id FROM agencies WHERE code IN ('AF', 'FK', 'MV', 'SOS')`);
    const members = new Map<string, string[]>();
    for (const group of groups) {
      const rows: { user_id: string; role: string }[] = await tx.query('SELECT user_id, role FROM memberships WHERE group_id = $1 ORDER BY role, user_id', [group.id]);
      members.set(group.id, rows.map((row) => row.user_id));
    }
    const agencyIds = agencies.map((a) => a.id);

    // A sixth of the items at the top, a third one level down, half at the third level.
    const items: Item[] = [];
    const levels = [Math.round(options.items / 6), Math.round(options.items / 3)];
    levels.push(options.items - levels[0]! - levels[1]!);
    for (const [index, count] of levels.entries()) {
      const depth = index + 1;
      const parents = items.filter((item) => item.depth === depth - 1);
      for (let n = 0; n < count; n += 1) {
        const parent = depth === 1 ? null : random.pick(parents);
        const group = parent ? groups.find((g) => g.id === parent.groupId)! : groups[n % groups.length]!;
        const start = parent ? Date.parse(parent.startDate) + random.int(0, 60) * DAY : PERIOD_START + random.int(0, 900) * DAY;
        const due = Math.min(PERIOD_END, start + random.int(30, 540) * DAY);
        const leadAgencyId = random.pick(agencyIds);
        items.push({
          id: randomUUID(),
          parentId: parent?.id ?? null,
          depth,
          groupId: group.id,
          areaId: parent?.areaId ?? random.pick(areas).id,
          leadAgencyId,
          ownerId: random.pick(members.get(group.id)!),
          title: `${random.pick(ACTIONS)} ${random.pick(SUBJECTS)} ${depth}.${n + 1}`,
          status: random.weighted(STATUSES),
          health: random.weighted(HEALTHS),
          healthSince: new Date(start + random.int(0, 300) * DAY),
          progress: 0,
          weight: random.next() < 0.2 ? random.int(1, 5) : null,
          startDate: isoDate(start),
          dueDate: isoDate(Math.max(due, start)),
          lastCheckInAt: null,
          participating: random.sample(agencyIds.filter((id) => id !== leadAgencyId), random.int(0, 3)),
          perspectives: random.sample(perspectives.map((p) => p.id), random.int(0, 2)),
        });
      }
    }

    // Leaves report their own progress; parents are rolled up bottom-up, as the service does.
    for (const item of items) item.progress = item.status === 'DONE' ? 100 : item.status === 'PLANNED' ? 0 : random.int(5, 95);
    for (const depth of [2, 1]) {
      for (const parent of items.filter((item) => item.depth === depth)) {
        const counted = items.filter((child) => child.parentId === parent.id && child.status !== 'CANCELLED');
        const weights = counted.reduce((sum, child) => sum + (child.weight ?? 1), 0);
        if (weights > 0) parent.progress = Math.round(counted.reduce((sum, child) => sum + child.progress * (child.weight ?? 1), 0) / weights);
      }
    }

    const checkIns: unknown[][] = [];
    for (let n = 0; n < options.checkIns; n += 1) {
      const item = items[n % items.length]!;
      const postedAt = new Date(Math.min(Date.now(), Date.parse(item.startDate) + random.int(0, 700) * DAY + random.int(0, DAY - 1)));
      if (!item.lastCheckInAt || postedAt > item.lastCheckInAt) item.lastCheckInAt = postedAt;
      checkIns.push([randomUUID(), item.id, random.pick(members.get(item.groupId)!), postedAt, random.pick(NARRATIVES), random.next() < 0.3 ? item.health : null]);
    }

    await insertColumns(
      tx,
      'action_items',
      [['id', 'uuid'], ['plan_id', 'uuid'], ['parent_id', 'uuid'], ['depth', 'int'], ['group_id', 'uuid'], ['development_area_id', 'uuid'], ['lead_agency_id', 'uuid'], ['owner_id', 'uuid'], ['title', 'text'], ['status', 'text'], ['health', 'text'], ['health_since', 'timestamptz'], ['progress', 'int'], ['weight', 'int'], ['start_date', 'date'], ['due_date', 'date'], ['last_check_in_at', 'timestamptz']],
      items.map((i) => [i.id, plan.id, i.parentId, i.depth, i.groupId, i.areaId, i.leadAgencyId, i.ownerId, i.title, i.status, i.health, i.healthSince, i.progress, i.weight, i.startDate, i.dueDate, i.lastCheckInAt]),
    );
    await insertColumns(tx, 'action_item_agencies', [['item_id', 'uuid'], ['agency_id', 'uuid']], items.flatMap((i) => i.participating.map((agency) => [i.id, agency])));
    await insertColumns(tx, 'action_item_perspectives', [['item_id', 'uuid'], ['perspective_id', 'uuid']], items.flatMap((i) => i.perspectives.map((perspective) => [i.id, perspective])));
    await insertColumns(tx, 'check_ins', [['id', 'uuid'], ['item_id', 'uuid'], ['author_id', 'uuid'], ['posted_at', 'timestamptz'], ['narrative', 'text'], ['health', 'text']], checkIns);

    const meetings: unknown[][] = [];
    const attendees: unknown[][] = [];
    const discussed: unknown[][] = [];
    const decisions: unknown[][] = [];
    for (let n = 0; n < options.meetings; n += 1) {
      const group = groups[n % groups.length]!;
      const people = members.get(group.id)!;
      const ofGroup = items.filter((item) => item.groupId === group.id);
      const id = randomUUID();
      meetings.push([id, plan.id, group.id, isoDate(PERIOD_START + random.int(0, 1090) * DAY), `Möte ${n + 1}, arbetsgrupp ${group.number}`, 'Genomgång av åtgärderna.', people[0]]);
      for (const person of random.sample(people, random.int(2, people.length))) attendees.push([id, person]);
      for (const item of random.sample(ofGroup, random.int(1, 5))) discussed.push([id, item.id]);
      for (let position = 1; position <= random.int(1, 3); position += 1) {
        decisions.push([randomUUID(), id, position, 'Beslut: fortsätt enligt plan.', random.next() < 0.1 ? random.pick(ofGroup).id : null]);
      }
    }
    await insertColumns(tx, 'meetings', [['id', 'uuid'], ['plan_id', 'uuid'], ['group_id', 'uuid'], ['held_on', 'date'], ['title', 'text'], ['notes', 'text'], ['recorded_by_id', 'uuid']], meetings);
    await insertColumns(tx, 'meeting_attendees', [['meeting_id', 'uuid'], ['user_id', 'uuid']], attendees);
    await insertColumns(tx, 'meeting_items', [['meeting_id', 'uuid'], ['item_id', 'uuid']], discussed);
    await insertColumns(tx, 'meeting_decisions', [['id', 'uuid'], ['meeting_id', 'uuid'], ['position', 'int'], ['text', 'text'], ['follow_up_item_id', 'uuid']], decisions);
    await tx.query('UPDATE plans SET content_version = content_version + 1 WHERE id = $1', [plan.id]);
    return {
      planId: plan.id,
      items: items.length,
      byDepth: [1, 2, 3].map((depth) => items.filter((item) => item.depth === depth).length),
      checkIns: checkIns.length,
      meetings: meetings.length,
    };
  });
}

async function deletePlanContent(tx: EntityManager, planId: string): Promise<void> {
  await tx.query('DELETE FROM meetings WHERE plan_id = $1', [planId]);
  const items = '(SELECT id FROM action_items WHERE plan_id = $1)';
  await tx.query(`DELETE FROM check_ins WHERE item_id IN ${items}`, [planId]);
  await tx.query(`DELETE FROM item_comments WHERE item_id IN ${items}`, [planId]);
  await tx.query('UPDATE action_items SET parent_id = NULL WHERE plan_id = $1', [planId]);
  await tx.query('DELETE FROM action_items WHERE plan_id = $1', [planId]);
}

/** Migrates and seeds the database if needed, then generates. */
export async function prepareBenchmarkDatabase(databaseUrl: string, options: Partial<GenerateOptions> = {}): Promise<GeneratedVolume> {
  const dataSource = await new DataSource(buildDataSourceOptions(databaseUrl, 2)).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await seedIpvPlan(dataSource);
    const volume = await generatePlanData(dataSource, options);
    // Fresh statistics, so the planner sees the volume it will serve.
    await dataSource.query('ANALYZE');
    return volume;
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is required');
    process.exit(2);
  }
  prepareBenchmarkDatabase(url, { replace: process.argv.includes('--replace') })
    .then((volume) => console.log(`Generated ${JSON.stringify(volume)}`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
