import { AuditEntry } from '@samverkan/audit';
import { Agency, ApiToken, BrowserSession, Group, GroupSupport, Membership, User } from '@samverkan/organisation';
import {
  ActionItem,
  ActionItemAgency,
  ActionItemPerspective,
  CheckIn,
  DevelopmentArea,
  ItemComment,
  Meeting,
  MeetingAttendee,
  MeetingDecision,
  MeetingItem,
  Perspective,
  Plan,
  PlanAgency,
  PlanRevision,
  SubTopic,
} from '@samverkan/plan';
import { Goal, GoalAssessment, GoalPerspective, Indicator, Measurement } from '@samverkan/goals';
import { OutboxMessage } from '@samverkan/queue';
import { Report, ReportCopyEndpoint, ReportDelivery, ReportSchedule, ReportVersion } from '@samverkan/reports';
import { CalendarFeed, Deadline, Reminder, ReminderRule } from '@samverkan/reminders';
import { Notification, NotificationDigest, NotificationSettings } from '@samverkan/notifications';

/** Every entity, in one list, so the apps, the CLI and migration generation agree. */
export const ENTITIES = [
  Agency,
  User,
  Group,
  GroupSupport,
  Membership,
  ApiToken,
  BrowserSession,
  Plan,
  PlanRevision,
  PlanAgency,
  DevelopmentArea,
  SubTopic,
  Perspective,
  ActionItem,
  ActionItemAgency,
  ActionItemPerspective,
  CheckIn,
  ItemComment,
  Meeting,
  MeetingAttendee,
  MeetingItem,
  MeetingDecision,
  AuditEntry,
  OutboxMessage,
  Goal,
  GoalPerspective,
  Indicator,
  Measurement,
  GoalAssessment,
  Report,
  ReportVersion,
  ReportDelivery,
  ReportCopyEndpoint,
  ReportSchedule,
  Deadline,
  Reminder,
  ReminderRule,
  CalendarFeed,
  Notification,
  NotificationSettings,
  NotificationDigest,
];
