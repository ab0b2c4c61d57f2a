import { randomUUID } from 'node:crypto';
import { Actor, CallContext } from '@samverkan/auth';
import { Agency, Group, Membership, User } from '@samverkan/organisation';
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
import { ReportKind, ReportSchedule, ReportStatus, ReportWorkflowService, ReportsService } from '@samverkan/reports';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  DEMO_ITEMS,
  DEMO_MEETINGS,
  DEMO_PLAN_KEY,
  DEMO_REPORTS,
  DEMO_REPORTS_DUE_IN_DAYS,
  DemoItem,
  DemoReport,
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
  /** Write, submit and review the demo's annual reports, as their authors and the steering group do. */
  reports: ReportsService;
  workflow: ReportWorkflowService;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Seeds the demo plan once, whole, its data in one transaction: dates are placed
 * relative to `now`, which is kept as the plan's creation time (the anchor).
 * A demo plan that exists is left as it is, so a later run neither shifts
 * its dates nor adds to it. Like the rest of the seed it writes no audit
 * rows: it is the system's own set-up, not somebody's change. The annual
 * reports are the exception, written afterwards in the run that created
 * the plan (see seedDemoReports): each service call commits on its own, so
 * should one fail, the seed fails and the plan stays without the rest.
 */
export async function seedDemoPlan(dataSource: DataSource, options: DemoSeedOptions): Promise<SeedResult> {
  const created = await seedDemoPlanData(dataSource, options);
  if (created === null) return { inserted: 0 };
  await seedDemoReports(dataSource, created.planId, created.anchorYear - 1, options);
  return { inserted: created.inserted };
}

/** The plan and all its data but the reports, or null when the demo plan exists. */
async function seedDemoPlanData(dataSource: DataSource, options: DemoSeedOptions): Promise<{ planId: string; anchorYear: number; inserted: number } | null> {
  return dataSource.transaction(async (tx) => {
    if (await tx.existsBy(Plan, { key: DEMO_PLAN_KEY })) return null;
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
    return { planId: plan.id, anchorYear, inserted: seeder.inserted };
  });
}

/**
 * The working groups' reports on `year`, written through the reports
 * library as the demo people would: the coordinator creates the report,
 * fills it in and submits it (which freezes the version's JSON document,
 * its SHA-256 and PDF, and queues the copy to the Gender Equality Agency
 * and the steering group's notice), then a steering-group member returns
 * it for revision or acknowledges it. Each of those calls writes its audit
 * row, honestly naming that person and one request id for the whole seed
 * run: the demo's audit log shows the reports as they came about.
 */
async function seedDemoReports(dataSource: DataSource, planId: string, year: number, options: DemoSeedOptions): Promise<void> {
  const requestId = `seed-demo-${randomUUID()}`;
  const callAs = async (email: string): Promise<CallContext> => ({ actor: await actorOf(dataSource.manager, email), requestId });
  const groups = new Map((await dataSource.manager.findBy(Group, { planId })).map((group) => [group.number, group.id]));
  const areas = new Map((await dataSource.manager.findBy(DevelopmentArea, { planId })).map((area) => [area.number, area.id]));
  const perspectives = await dataSource.manager.findBy(Perspective, { planId });

  for (const demo of DEMO_REPORTS) {
    const author = await callAs(demo.author);
    const report = await options.reports.create(author, { planId, year, kind: ReportKind.WORKING_GROUP, groupId: groups.get(demo.group)! });
    await options.reports.edit(author, { reportId: report.id, ...reportSections(demo, areas, perspectives) });
    const submitted = await options.workflow.submit(author, report.id);
    const reviewer = await callAs(demo.reviewer);
    const review = { versionId: submitted.id, comment: demo.comment };
    if (demo.outcome === ReportStatus.RETURNED) await options.workflow.returnForRevision(reviewer, review);
    else await options.workflow.acknowledge(reviewer, review);
  }
}

type ReportSectionsEdit = Omit<Parameters<ReportsService['edit']>[1], 'reportId'>;

function reportSections(demo: DemoReport, areas: Map<number, string>, perspectives: Perspective[]): ReportSectionsEdit {
  return {
    registrationNumber: demo.registrationNumber,
    summary: demo.summary,
    workDone: demo.workDone.map(({ developmentArea, text }) => ({ developmentAreaId: areas.get(developmentArea)!, text })),
    results: demo.results,
    perspectives: perspectives.map((perspective) => {
      const account = demo.perspectives[perspective.code as keyof DemoReport['perspectives']];
      return { perspectiveId: perspective.id, notApplicable: account.notApplicable ?? false, text: account.text };
    }),
    challenges: demo.challenges,
    nextYearFocus: demo.nextYearFocus,
  };
}

/** A demo person as the policy sees them once signed in: roles and every group membership. */
async function actorOf(manager: EntityManager, email: string): Promise<Actor> {
  const user = await manager.findOneByOrFail(User, { email });
  const memberships = await manager.findBy(Membership, { userId: user.id });
  const kinds = new Map((await manager.findBy(Group, { id: In(memberships.map((m) => m.groupId)) })).map((group) => [group.id, group.kind]));
  return {
    userId: user.id,
    agencyId: user.agencyId,
    roles: user.roles,
    memberships: memberships.map((m) => ({ groupId: m.groupId, groupKind: kinds.get(m.groupId)!, role: m.role })),
  };
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
