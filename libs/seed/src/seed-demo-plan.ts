import { Agency, User } from '@samverkan/organisation';
import {
  ActionItem,
  ActionItemAgency,
  CheckIn,
  DevelopmentArea,
  Meeting,
  MeetingAttendee,
  MeetingDecision,
  MeetingItem,
  Perspective,
  Plan,
  itemDeadline,
  meetingDeadline,
} from '@samverkan/plan';
import { swedishDate } from '@samverkan/common';
import { ReminderScheduler } from '@samverkan/reminders';
import { ReportSchedule } from '@samverkan/reports';
import { DataSource, EntityManager } from 'typeorm';
import {
  DEMO_ITEMS,
  DEMO_MEETINGS,
  DEMO_PLAN_KEY,
  DEMO_REPORTS_DUE_IN_DAYS,
  DemoItem,
  demoGoals,
  demoPlan,
} from './demo-plan.seed-data';
import { SeedResult, Seeder, seedPlanStructure } from './seed';
import { insertGoal } from './seed-goals';

export interface DemoSeedOptions {
  /** The seed's "now": the anchor of every demo date when the demo is first seeded. */
  now: Date;
  /** Plans the reminders of the demo's deadlines, as the services do when they write them. */
  reminders: ReminderScheduler;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Seeds the demo plan once, whole, in one transaction: dates are placed
 * relative to `now`, which is kept as the plan's creation time (the anchor).
 * A demo plan that exists is left as it is, so a later run neither shifts
 * its dates nor adds to it. Like the rest of the seed it writes no audit
 * rows: it is the system's own set-up, not somebody's change.
 */
export async function seedDemoPlan(dataSource: DataSource, options: DemoSeedOptions): Promise<SeedResult> {
  return dataSource.transaction(async (tx) => {
    if (await tx.existsBy(Plan, { key: DEMO_PLAN_KEY })) return { inserted: 0 };
    const anchor = options.now;
    const at = (days: number): Date => new Date(anchor.getTime() + days * DAY_MS);
    const dateAt = (days: number): string => swedishDate(at(days));
    const anchorYear = Number(dateAt(0).slice(0, 4));

    const seeder = new Seeder(tx);
    const plan = await seeder.ensure(Plan, { key: DEMO_PLAN_KEY }, { ...demoPlan(anchorYear), createdAt: anchor });
    const groups = await seedPlanStructure(seeder, plan.id);
    const people = new Map((await tx.find(User)).map((user) => [user.email, user.id]));
    const agencies = new Map((await tx.find(Agency)).map((agency) => [agency.code, agency.id]));
    const areas = new Map((await tx.findBy(DevelopmentArea, { planId: plan.id })).map((area) => [area.number, area.id]));
    const person = (email: string): string => people.get(email)!;

    const items = new Map<string, ActionItem>();
    for (const demo of DEMO_ITEMS) {
      const parent = demo.parent === undefined ? undefined : items.get(demo.parent)!;
      const item = await insertItem(seeder, demo, {
        planId: plan.id,
        parent,
        groupId: groups.get(demo.group)!.id,
        developmentAreaId: areas.get(demo.developmentArea)!,
        leadAgencyId: agencies.get(demo.leadAgency)!,
        ownerId: person(demo.owner),
        at,
        dateAt,
      });
      for (const code of demo.otherAgencies) await seeder.ensure(ActionItemAgency, { itemId: item.id, agencyId: agencies.get(code)! }, {});
      for (const checkIn of demo.checkIns) {
        await seeder.ensure(
          CheckIn,
          { itemId: item.id, postedAt: at(checkIn.day) },
          {
            authorId: person(checkIn.author),
            narrative: checkIn.narrative,
            status: checkIn.status ?? null,
            health: checkIn.health ?? null,
            progress: checkIn.progress ?? null,
            evidenceLinks: [],
          },
        );
      }
      items.set(demo.title, item);
    }
    await options.reminders.sync(tx, [...items.values()].map(itemDeadline));

    for (const demo of DEMO_MEETINGS) {
      const meeting = await seeder.ensure(
        Meeting,
        { planId: plan.id, groupId: groups.get(demo.group)!.id, heldOn: dateAt(demo.day) },
        { title: demo.title, notes: demo.notes, recordedById: person(demo.attendees[0]!) },
      );
      const attendeeIds = demo.attendees.map(person);
      for (const userId of attendeeIds) await seeder.ensure(MeetingAttendee, { meetingId: meeting.id, userId }, {});
      for (const title of demo.items) await seeder.ensure(MeetingItem, { meetingId: meeting.id, itemId: items.get(title)!.id }, {});
      for (const [index, { text }] of demo.decisions.entries()) {
        await seeder.ensure(MeetingDecision, { meetingId: meeting.id, position: index + 1 }, { text, followUpItemId: null });
      }
      // Only a meeting ahead has reminders to plan; one that is over has had its day.
      if (demo.day >= 0) await options.reminders.sync(tx, await meetingDeadline(tx, meeting, attendeeIds));
    }

    await seedDemoGoals(seeder, plan.id, anchorYear, { agencies, areas, person });
    await seeder.ensure(ReportSchedule, { planId: plan.id }, { dueMonthDay: dateAt(DEMO_REPORTS_DUE_IN_DAYS).slice(5) });
    return { inserted: seeder.inserted };
  });
}

async function insertItem(
  seeder: Seeder,
  demo: DemoItem,
  refs: {
    planId: string;
    parent: ActionItem | undefined;
    groupId: string;
    developmentAreaId: string;
    leadAgencyId: string;
    ownerId: string;
    at: (days: number) => Date;
    dateAt: (days: number) => string;
  },
): Promise<ActionItem> {
  const lastCheckIn = demo.checkIns.at(-1);
  const healthChanged = [...demo.checkIns].reverse().find((checkIn) => checkIn.health !== undefined);
  return seeder.ensure(
    ActionItem,
    { planId: refs.planId, title: demo.title },
    {
      parentId: refs.parent?.id ?? null,
      depth: refs.parent ? refs.parent.depth + 1 : 1,
      groupId: refs.groupId,
      developmentAreaId: refs.developmentAreaId,
      leadAgencyId: refs.leadAgencyId,
      ownerId: refs.ownerId,
      description: demo.description,
      startDate: demo.start === null ? null : refs.dateAt(demo.start),
      dueDate: demo.due === null ? null : refs.dateAt(demo.due),
      status: demo.status,
      health: demo.health,
      healthSince: refs.at(healthChanged?.day ?? demo.created),
      progress: demo.progress,
      weight: null,
      links: [],
      lastCheckInAt: lastCheckIn ? refs.at(lastCheckIn.day) : null,
      createdAt: refs.at(demo.created),
    },
  );
}

async function seedDemoGoals(
  seeder: Seeder,
  planId: string,
  anchorYear: number,
  refs: { agencies: Map<string, string>; areas: Map<number, string>; person: (email: string) => string },
): Promise<void> {
  const tx: EntityManager = seeder.tx;
  const perspectives = new Map((await tx.findBy(Perspective, { planId })).map((p) => [p.code, p.id]));
  for (const { agency, recordedBy, goal } of demoGoals(anchorYear)) {
    seeder.inserted += await insertGoal(tx, goal, {
      planId,
      agencyId: refs.agencies.get(agency)!,
      recordedById: refs.person(recordedBy),
      developmentAreaId: refs.areas.get(goal.developmentArea)!,
      perspectiveIds: goal.perspectives.map((code) => perspectives.get(code)!),
    });
  }
}
