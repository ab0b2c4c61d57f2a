import { AuditEntry } from '@samverkan/audit';
import { Agency, Group, GroupSupport, Membership, User } from '@samverkan/organisation';
import { DevelopmentArea, Perspective, Plan, PlanAgency, PlanRevision, SubTopic } from '@samverkan/plan';
import { Goal, GoalAssessment, GoalPerspective, Indicator, Measurement } from '@samverkan/goals';
import { OutboxMessage } from '@samverkan/queue';

/** Every entity, in one list, so the apps, the CLI and migration generation agree. */
export const ENTITIES = [
  Agency,
  User,
  Group,
  GroupSupport,
  Membership,
  Plan,
  PlanRevision,
  PlanAgency,
  DevelopmentArea,
  SubTopic,
  Perspective,
  AuditEntry,
  OutboxMessage,
  Goal,
  GoalPerspective,
  Indicator,
  Measurement,
  GoalAssessment,
];
