/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** Any JSON value */
  JSON: { input: unknown; output: unknown; }
};

export type AcknowledgeReportInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The submitted version */
  versionId: Scalars['ID']['input'];
};

export type ActionItem = {
  __typename?: 'ActionItem';
  /** Newest first */
  checkIns: CheckInConnection;
  /** Newest first */
  comments: ItemCommentConnection;
  createdAt: Scalars['DateTime']['output'];
  /** 1 for a top-level item, down to 3 */
  depth: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  developmentArea: DevelopmentArea;
  developmentAreaId: Scalars['ID']['output'];
  /** YYYY-MM-DD */
  dueDate?: Maybe<Scalars['String']['output']>;
  group: Group;
  /** The working group that owns the item */
  groupId: Scalars['ID']['output'];
  health: ActionItemHealth;
  /** When the health last changed */
  healthSince: Scalars['DateTime']['output'];
  /** Its audit rows, newest first: creation, edits, check-ins and comments. For those who may read the audit trail and the members of the item's group; null with FORBIDDEN for anyone else */
  history?: Maybe<ActionItemHistoryConnection>;
  id: Scalars['ID']['output'];
  lastCheckInAt?: Maybe<Scalars['DateTime']['output']>;
  latestCheckIn?: Maybe<CheckIn>;
  leadAgency: Agency;
  leadAgencyId: Scalars['ID']['output'];
  links: Array<ItemLink>;
  /** Meetings that discussed the item or decided on it, newest first */
  meetings: Array<Meeting>;
  /** Open and past its due date */
  overdue: Scalars['Boolean']['output'];
  owner: User;
  ownerId: Scalars['ID']['output'];
  parent?: Maybe<ActionItem>;
  parentId?: Maybe<Scalars['ID']['output']>;
  participatingAgencies: Array<Agency>;
  perspectives: Array<Perspective>;
  planId: Scalars['ID']['output'];
  /** 0–100; a parent's progress is rolled up from its sub-items */
  progress: Scalars['Int']['output'];
  /** Open with no check-in (or, without one, no creation) within the plan's staleAfterDays */
  stale: Scalars['Boolean']['output'];
  /** YYYY-MM-DD */
  startDate?: Maybe<Scalars['String']['output']>;
  status: ActionItemStatus;
  /** Direct sub-items, oldest first */
  subItems: Array<ActionItem>;
  subTopic?: Maybe<SubTopic>;
  /** A sub-topic of its development area */
  subTopicId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Weight in the parent's roll-up; a sub-item without one counts as 1 */
  weight?: Maybe<Scalars['Int']['output']>;
};


export type ActionItemCheckInsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ActionItemCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ActionItemHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ActionItemConnection = {
  __typename?: 'ActionItemConnection';
  nodes: Array<ActionItem>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActionItemFieldsInput = {
  description?: Scalars['String']['input'];
  developmentAreaId: Scalars['ID']['input'];
  /** YYYY-MM-DD, within the plan period (periodStart–periodEnd, inclusive), not before startDate */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /** The owning working group; only its coordinator may create the item */
  groupId: Scalars['ID']['input'];
  health?: ActionItemHealth;
  leadAgencyId: Scalars['ID']['input'];
  links?: Array<ItemLinkInput>;
  /** The person responsible: a member of the item's working group */
  ownerId: Scalars['ID']['input'];
  /** Makes it a sub-item; items nest at most 3 levels deep */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  participatingAgencyIds?: Array<Scalars['ID']['input']>;
  /** Cross-cutting perspectives of the plan the item addresses */
  perspectiveIds?: Array<Scalars['ID']['input']>;
  /** YYYY-MM-DD, within the plan period (periodStart–periodEnd, inclusive) */
  startDate?: InputMaybe<Scalars['String']['input']>;
  /** A sub-topic of the development area */
  subTopicId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  /** 1–1000, its weight in the parent's progress */
  weight?: InputMaybe<Scalars['Int']['input']>;
};

export type ActionItemHealth =
  | 'AT_RISK'
  | 'OFF_TRACK'
  | 'ON_TRACK';

export type ActionItemHistoryConnection = {
  __typename?: 'ActionItemHistoryConnection';
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActionItemSort =
  | 'CREATED'
  | 'DUE_DATE'
  | 'PROGRESS'
  | 'RECENTLY_UPDATED'
  | 'TITLE';

export type ActionItemStatus =
  | 'BLOCKED'
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

export type AddMembershipInput = {
  groupId: Scalars['ID']['input'];
  role: MembershipRole;
  userId: Scalars['ID']['input'];
};

export type Agency = {
  __typename?: 'Agency';
  /** Short code, e.g. FK */
  code: Scalars['String']['output'];
  /** Functional mailbox, e.g. the registry (registrator) */
  contactEmail?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** English name */
  nameEn: Scalars['String']['output'];
  /** Swedish name, e.g. Försäkringskassan */
  nameSv: Scalars['String']['output'];
  /** Where the agency takes report copies by webhook, if anywhere */
  reportCopyEndpoint?: Maybe<ReportCopyEndpoint>;
  updatedAt: Scalars['DateTime']['output'];
};

export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  createdById: Scalars['ID']['output'];
  /** Null: valid until revoked */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** What the integration is, e.g. "Statistics export, FK" */
  name: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<ApiTokenScope>;
};

export type ApiTokenScope =
  | 'READ'
  | 'READ_AUDIT_TRAIL';

export type AssessGoalInput = {
  goalId: Scalars['ID']['input'];
  /** Required when NOT_ASSESSABLE: say why */
  justification?: Scalars['String']['input'];
  outcome: AssessmentOutcome;
  /** Within the plan period, not before the goal is followed up */
  year: Scalars['Int']['input'];
};

export type AssessmentOutcome =
  | 'FULFILLED'
  | 'NOT_ASSESSABLE'
  | 'NOT_FULFILLED'
  | 'PARTLY_FULFILLED';

/** An open item the caller owns or coordinates that is overdue, at risk, off track or stale */
export type AttentionItem = {
  __typename?: 'AttentionItem';
  item: ActionItem;
  /** The item's page in the workspace, e.g. /atgarder/<id> */
  path: Scalars['String']['output'];
  /** Every reason that applies, in the order of the enum */
  reasons: Array<AttentionReason>;
  /** Owner, coordinator of its group, or both */
  relations: Array<WorkRelation>;
};

export type AttentionReason =
  | 'AT_RISK'
  | 'OFF_TRACK'
  | 'OVERDUE'
  | 'STALE';

/** The result of walking the audit log hash chain from its first row */
export type AuditChainVerification = {
  __typename?: 'AuditChainVerification';
  /** The first row whose hash or link does not match */
  brokenAt?: Maybe<Scalars['ID']['output']>;
  checkedAt: Scalars['DateTime']['output'];
  /** Hash of the last intact row: record it elsewhere to detect a rewritten tail later */
  headHash: Scalars['String']['output'];
  /** True when every row matches its hash and links to the row before it */
  intact: Scalars['Boolean']['output'];
  /** What is wrong with that row */
  problem?: Maybe<Scalars['String']['output']>;
  /** Rows found intact before the first broken one, or in all */
  verified: Scalars['Int']['output'];
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done; for refused and failed rows, the GraphQL mutation */
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['ID']['output']>;
  after?: Maybe<Scalars['JSON']['output']>;
  before?: Maybe<Scalars['JSON']['output']>;
  entityId: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  /** Error code, reason, field and message of a refused or failed mutation */
  failure?: Maybe<Scalars['JSON']['output']>;
  /** SHA-256 (hex) of this row's content and prevHash */
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  outcome: AuditOutcome;
  /** Hash of the previous row (64 zeros for the first row) */
  prevHash: Scalars['String']['output'];
  requestId: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditOutcome =
  | 'FAILED'
  | 'REFUSED'
  | 'SUCCEEDED';

export type CheckIn = {
  __typename?: 'CheckIn';
  author: User;
  authorId: Scalars['ID']['output'];
  evidenceLinks: Array<ItemLink>;
  /** The health it set, if any */
  health?: Maybe<ActionItemHealth>;
  id: Scalars['ID']['output'];
  itemId: Scalars['ID']['output'];
  narrative: Scalars['String']['output'];
  postedAt: Scalars['DateTime']['output'];
  /** The progress it set, if any */
  progress?: Maybe<Scalars['Int']['output']>;
  /** The status it set, if any */
  status?: Maybe<ActionItemStatus>;
};

export type CheckInConnection = {
  __typename?: 'CheckInConnection';
  nodes: Array<CheckIn>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CommentOnActionItemInput = {
  itemId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

/** The corrected figure in full; the measurement it replaces stays in the history */
export type CorrectMeasurementInput = {
  /** RATIO only, e.g. of 2800 case officers */
  denominator?: InputMaybe<Scalars['Int']['input']>;
  /** The current measurement being corrected */
  id: Scalars['ID']['input'];
  /** A dated point within the year (YYYY-MM-DD); omit for the whole year */
  measuredOn?: InputMaybe<Scalars['String']['input']>;
  note?: Scalars['String']['input'];
  /** RATIO only, e.g. 1300 case officers trained */
  numerator?: InputMaybe<Scalars['Int']['input']>;
  /** Why the figure is corrected; required, shown beside the superseded figure */
  reason: Scalars['String']['input'];
  /** Where the figure comes from, when more specific than the indicator's source */
  source?: Scalars['String']['input'];
  /** COUNT and PERCENT; for RATIO give numerator and denominator instead */
  value?: InputMaybe<Scalars['Float']['input']>;
  /** Within the plan period */
  year: Scalars['Int']['input'];
};

export type CreateActionItemInput = {
  description?: Scalars['String']['input'];
  developmentAreaId: Scalars['ID']['input'];
  /** YYYY-MM-DD, within the plan period (periodStart–periodEnd, inclusive), not before startDate */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /** The owning working group; only its coordinator may create the item */
  groupId: Scalars['ID']['input'];
  health?: ActionItemHealth;
  leadAgencyId: Scalars['ID']['input'];
  links?: Array<ItemLinkInput>;
  /** The person responsible: a member of the item's working group */
  ownerId: Scalars['ID']['input'];
  /** Makes it a sub-item; items nest at most 3 levels deep */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  participatingAgencyIds?: Array<Scalars['ID']['input']>;
  /** Cross-cutting perspectives of the plan the item addresses */
  perspectiveIds?: Array<Scalars['ID']['input']>;
  /** 0–100 */
  progress?: Scalars['Int']['input'];
  /** YYYY-MM-DD, within the plan period (periodStart–periodEnd, inclusive) */
  startDate?: InputMaybe<Scalars['String']['input']>;
  status?: ActionItemStatus;
  /** A sub-topic of the development area */
  subTopicId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  /** 1–1000, its weight in the parent's progress */
  weight?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateAgencyInput = {
  /** 2–16 capital letters or digits, e.g. FK */
  code: Scalars['String']['input'];
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  nameEn: Scalars['String']['input'];
  nameSv: Scalars['String']['input'];
};

export type CreateApiTokenInput = {
  /** When it stops working; in the future, at most two years ahead */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  scopes: Array<ApiTokenScope>;
};

export type CreateDevelopmentAreaInput = {
  number: Scalars['Int']['input'];
  planId: Scalars['ID']['input'];
  /** Sub-topics in order */
  subTopics?: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CreateGoalInput = {
  /** The owning agency; it must take part in the plan */
  agencyId: Scalars['ID']['input'];
  /** A development area of the same plan */
  developmentAreaId?: InputMaybe<Scalars['ID']['input']>;
  /** First year the goal is followed up, within the plan period; omit for the plan's first year */
  firstYear?: InputMaybe<Scalars['Int']['input']>;
  /** Perspectives of the same plan that the goal addresses */
  perspectiveIds?: Array<Scalars['ID']['input']>;
  planId: Scalars['ID']['input'];
  /** Where it applies, e.g. the benefit or business area */
  scope?: Scalars['String']['input'];
  /** What the agency wants to achieve */
  statement: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type CreateGroupInput = {
  /** Required for working groups */
  coordinatingAgencyId?: InputMaybe<Scalars['ID']['input']>;
  focus: Scalars['String']['input'];
  kind: GroupKind;
  name: Scalars['String']['input'];
  /** Working groups 1–99; the steering group is 0 */
  number: Scalars['Int']['input'];
  planId: Scalars['ID']['input'];
};

export type CreateIndicatorInput = {
  /** With baselineYear; in the unit (a share 0–1 for RATIO) */
  baselineValue?: InputMaybe<Scalars['Float']['input']>;
  /** May lie before the plan period, not after it */
  baselineYear?: InputMaybe<Scalars['Int']['input']>;
  direction?: IndicatorDirection;
  goalId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  /** The agency's registration number (diarienummer) of the source */
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** Which survey, register or follow-up */
  sourceDescription?: Scalars['String']['input'];
  sourceKind: IndicatorSourceKind;
  /** With targetYear; in the unit (a share 0–1 for RATIO) */
  targetValue?: InputMaybe<Scalars['Float']['input']>;
  /** Within the plan period, not before baselineYear */
  targetYear?: InputMaybe<Scalars['Int']['input']>;
  /** Fixed once the indicator exists */
  unit: IndicatorUnit;
};

export type CreatePerspectiveInput = {
  code: Scalars['String']['input'];
  description?: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type CreatePlanInput = {
  key: Scalars['String']['input'];
  mandate?: Scalars['String']['input'];
  /** YYYY-MM-DD, not before periodStart */
  periodEnd: Scalars['String']['input'];
  /** YYYY-MM-DD */
  periodStart: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type CreateReportInput = {
  /** The agency, for AGENCY_FOLLOW_UP */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** The working group, for WORKING_GROUP */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  kind: ReportKind;
  planId: Scalars['ID']['input'];
  /** The calendar year reported on, within the plan period */
  year: Scalars['Int']['input'];
};

export type CreateUserInput = {
  agencyId: Scalars['ID']['input'];
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** Initial password, at least 12 characters; without one the person chooses it through a password link (sendPasswordResetLink) */
  password?: InputMaybe<Scalars['String']['input']>;
  roles?: Array<UserRole>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  /** Send as "Authorization: Bearer <secret>". Shown this once: only its hash is kept */
  secret: Scalars['String']['output'];
  token: ApiToken;
};

export type DeadlineKind =
  | 'ACTION_ITEM'
  | 'ANNUAL_REPORT'
  | 'GOAL_FOLLOW_UP'
  | 'MEETING'
  | 'REPORT_REVISION';

export type DeliveryChannel =
  | 'EMAIL'
  | 'WEBHOOK';

export type DeliveryStatus =
  | 'DEAD'
  | 'IN_PROGRESS'
  | 'PENDING'
  | 'RETRYING'
  | 'SENT';

export type DevelopmentArea = {
  __typename?: 'DevelopmentArea';
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  planId: Scalars['ID']['output'];
  subTopics: Array<SubTopic>;
  title: Scalars['String']['output'];
};

export type EditReportInput = {
  /** The latest version's updatedAt the edit is based on; when the report has changed since, the edit is refused (EDIT_CONFLICT) */
  basedOn?: InputMaybe<Scalars['DateTime']['input']>;
  challenges?: InputMaybe<Scalars['String']['input']>;
  /** The language of the PDF rendered at submission; left out, it stays as it is */
  language?: InputMaybe<ReportLanguage>;
  nextYearFocus?: InputMaybe<Scalars['String']['input']>;
  /** One entry per perspective of the plan */
  perspectives?: InputMaybe<Array<ReportPerspectiveInput>>;
  /** Registration number (diarienummer); null clears it */
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
  reportId: Scalars['ID']['input'];
  results?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Work done per development area of the plan */
  workDone?: InputMaybe<Array<ReportAreaWorkInput>>;
};

export type EffectiveRole =
  | 'ADMINISTRATOR'
  | 'AGENCY_REPRESENTATIVE'
  | 'OBSERVER'
  | 'STEERING_GROUP_MEMBER'
  | 'WORKING_GROUP_COORDINATOR'
  | 'WORKING_GROUP_MEMBER';

export type EscalationAudience =
  | 'COORDINATOR'
  | 'OWNER'
  | 'STEERING_GROUP';

export type EscalationStep = {
  __typename?: 'EscalationStep';
  audience: Array<EscalationAudience>;
  /** Calendar days after the due date */
  daysOverdue: Scalars['Int']['output'];
};

export type EscalationStepInput = {
  /** Everyone the step tells; STEERING_GROUP always by e-mail */
  audience: Array<EscalationAudience>;
  /** Calendar days after the due date, 1 to 365 */
  daysOverdue: Scalars['Int']['input'];
};

export type ExpectedReport = {
  __typename?: 'ExpectedReport';
  agency?: Maybe<Agency>;
  agencyId?: Maybe<Scalars['ID']['output']>;
  /** YYYY-MM-DD */
  dueDate: Scalars['String']['output'];
  group?: Maybe<Group>;
  groupId?: Maybe<Scalars['ID']['output']>;
  kind: ReportKind;
  /** The due date has passed */
  late: Scalars['Boolean']['output'];
  /** The caller may write it: the group's coordinator, or a representative of the agency */
  mayWrite: Scalars['Boolean']['output'];
  report?: Maybe<Report>;
  /** The report, when a draft has been started */
  reportId?: Maybe<Scalars['ID']['output']>;
  status?: Maybe<ReportStatus>;
  /** When it was first submitted (in missingReports and the overview: only one submitted after its due date) */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  year: Scalars['Int']['output'];
};

export type FollowUpDue = {
  __typename?: 'FollowUpDue';
  assessmentMissing: Scalars['Boolean']['output'];
  goal: Goal;
  /** Indicators with no current measurement for the year */
  indicatorsWithoutMeasurement: Array<Indicator>;
  year: Scalars['Int']['output'];
};

export type FollowUpDueConnection = {
  __typename?: 'FollowUpDueConnection';
  nodes: Array<FollowUpDue>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Goal = {
  __typename?: 'Goal';
  agency: Agency;
  /** The agency that owns the goal and follows it up */
  agencyId: Scalars['ID']['output'];
  /** By year */
  assessments: Array<GoalAssessment>;
  createdAt: Scalars['DateTime']['output'];
  developmentArea?: Maybe<DevelopmentArea>;
  /** The shared development area the goal contributes to */
  developmentAreaId?: Maybe<Scalars['ID']['output']>;
  /** First year the goal is followed up; null means from the plan's first year */
  firstYear?: Maybe<Scalars['Int']['output']>;
  /** What the goal's follow-up for the year still lacks, by the rule of followUpDue; null for a year before the goal is followed up */
  followUp?: Maybe<FollowUpDue>;
  id: Scalars['ID']['output'];
  /** By name */
  indicators: Array<Indicator>;
  perspectives: Array<Perspective>;
  planId: Scalars['ID']['output'];
  /** Where it applies, e.g. the benefit or business area */
  scope: Scalars['String']['output'];
  /** What the agency wants to achieve */
  statement: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};


export type GoalFollowUpArgs = {
  year: Scalars['Int']['input'];
};

export type GoalAssessment = {
  __typename?: 'GoalAssessment';
  /** When the assessment was last set */
  assessedAt: Scalars['DateTime']['output'];
  assessedById: Scalars['ID']['output'];
  goalId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  justification: Scalars['String']['output'];
  outcome: AssessmentOutcome;
  year: Scalars['Int']['output'];
};

export type GoalConnection = {
  __typename?: 'GoalConnection';
  nodes: Array<Goal>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Group = {
  __typename?: 'Group';
  coordinatingAgency?: Maybe<Agency>;
  coordinatingAgencyId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** What the group works on */
  focus: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: GroupKind;
  memberships: Array<Membership>;
  name: Scalars['String']['output'];
  /** Working groups are numbered within the plan; the steering group is 0 */
  number: Scalars['Int']['output'];
  plan: Plan;
  planId: Scalars['ID']['output'];
  supports: Array<GroupSupport>;
  updatedAt: Scalars['DateTime']['output'];
};

export type GroupKind =
  | 'STEERING'
  | 'WORKING';

export type GroupSupport = {
  __typename?: 'GroupSupport';
  agency: Agency;
  agencyId: Scalars['ID']['output'];
  /** What the agency contributes */
  contribution: Scalars['String']['output'];
  groupId: Scalars['ID']['output'];
};

export type GroupSupportKeyInput = {
  agencyId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
};

/** Health of the open items (not done, not cancelled) */
export type HealthCounts = {
  __typename?: 'HealthCounts';
  atRisk: Scalars['Int']['output'];
  offTrack: Scalars['Int']['output'];
  onTrack: Scalars['Int']['output'];
};

export type Indicator = {
  __typename?: 'Indicator';
  /** In the unit of the indicator (a share 0–1 for RATIO) */
  baselineValue?: Maybe<Scalars['Float']['output']>;
  /** May lie before the plan period */
  baselineYear?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  direction: IndicatorDirection;
  goalId: Scalars['ID']['output'];
  /** Every measurement recorded, corrected ones included, in the order recorded */
  history: Array<Measurement>;
  id: Scalars['ID']['output'];
  /** Current measurements (corrections replace what they correct), by year and date */
  measurements: Array<Measurement>;
  name: Scalars['String']['output'];
  /** Progress of the latest year's figure: 0 at the baseline, 1 at the target, not clamped */
  progressTowardTarget?: Maybe<Scalars['Float']['output']>;
  /** The agency's registration number (diarienummer) of the source, when it has one */
  registrationNumber?: Maybe<Scalars['String']['output']>;
  /** One figure per year (the year's latest), with progress toward the target */
  series: Array<SeriesPoint>;
  /** Which survey, register or follow-up */
  sourceDescription: Scalars['String']['output'];
  sourceKind: IndicatorSourceKind;
  /** In the unit of the indicator (a share 0–1 for RATIO) */
  targetValue?: Maybe<Scalars['Float']['output']>;
  /** Within the plan period, not before the baseline year */
  targetYear?: Maybe<Scalars['Int']['output']>;
  unit: IndicatorUnit;
  updatedAt: Scalars['DateTime']['output'];
};

export type IndicatorDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

export type IndicatorSourceKind =
  | 'FOLLOW_UP'
  | 'REGISTER'
  | 'SURVEY';

export type IndicatorUnit =
  | 'COUNT'
  | 'PERCENT'
  | 'RATIO';

export type ItemComment = {
  __typename?: 'ItemComment';
  author: User;
  authorId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  itemId: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type ItemCommentConnection = {
  __typename?: 'ItemCommentConnection';
  nodes: Array<ItemComment>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ItemLink = {
  __typename?: 'ItemLink';
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type ItemLinkInput = {
  title: Scalars['String']['input'];
  /** http(s) address of the document or page */
  url: Scalars['String']['input'];
};

/** SV: Swedish (the default), EN: English */
export type Language =
  | 'EN'
  | 'SV';

export type LoginResult = {
  __typename?: 'LoginResult';
  /** Send as "Authorization: Bearer <token>" */
  accessToken: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  user: User;
};

export type Measurement = {
  __typename?: 'Measurement';
  /** Why the superseded measurement was corrected; null unless this is a correction */
  correctionReason?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** RATIO only */
  denominator?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  indicatorId: Scalars['ID']['output'];
  /** The dated point within the year (YYYY-MM-DD); null for the whole year */
  measuredOn?: Maybe<Scalars['String']['output']>;
  note: Scalars['String']['output'];
  /** RATIO only */
  numerator?: Maybe<Scalars['Int']['output']>;
  recordedById: Scalars['ID']['output'];
  /** Where this figure comes from, when more specific than the indicator's source */
  source: Scalars['String']['output'];
  /** The correction that replaced this measurement; null while it is current */
  supersededById?: Maybe<Scalars['ID']['output']>;
  /** The measurement this one corrects; each is corrected at most once */
  supersedesId?: Maybe<Scalars['ID']['output']>;
  /** In the unit of the indicator; for RATIO the share numerator / denominator */
  value: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

export type Meeting = {
  __typename?: 'Meeting';
  attendees: Array<User>;
  createdAt: Scalars['DateTime']['output'];
  /** In the order taken */
  decisions: Array<MeetingDecision>;
  discussedItems: Array<ActionItem>;
  group: Group;
  groupId: Scalars['ID']['output'];
  /** YYYY-MM-DD */
  heldOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  notes: Scalars['String']['output'];
  planId: Scalars['ID']['output'];
  recordedBy: User;
  recordedById: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  nodes: Array<Meeting>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MeetingDecision = {
  __typename?: 'MeetingDecision';
  followUpItem?: Maybe<ActionItem>;
  followUpItemId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  meetingId: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type MeetingDecisionInput = {
  /** A follow-up item the decision creates; needs the coordinator of that item's group */
  followUp?: InputMaybe<ActionItemFieldsInput>;
  text: Scalars['String']['input'];
};

export type Membership = {
  __typename?: 'Membership';
  createdAt: Scalars['DateTime']['output'];
  group: Group;
  groupId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  role: MembershipRole;
  user: User;
  userId: Scalars['ID']['output'];
};

export type MembershipRole =
  | 'CHAIR'
  | 'COORDINATOR'
  | 'MEMBER'
  | 'SUPPORT';

export type MissingPart = {
  __typename?: 'MissingPart';
  description: Scalars['String']['output'];
  /** Its path in the edit input, e.g. summary or perspectives.CHILDREN_AT_RISK */
  field: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Steering-group members */
  acknowledgeReport: ReportVersion;
  /** Administrators only; the person is told by e-mail */
  addMembership: Membership;
  /** Sets the goal's assessment for a year. Representatives of the goal's agency only */
  assessGoal: GoalAssessment;
  /** Change your own password; every other session ends, and a new token is returned */
  changePassword: LoginResult;
  /** Steering-group members, the observer, and the owning working group */
  commentOnActionItem: ItemComment;
  /** Records a correction that supersedes the measurement. Representatives of the indicator's agency only */
  correctMeasurement: Measurement;
  /** The coordinator of the owning working group */
  createActionItem: ActionItem;
  /** Administrators only */
  createAgency: Agency;
  /** A token for an integration, with only the scopes given. Administrators only */
  createApiToken: CreatedApiToken;
  /** Administrators only */
  createDevelopmentArea: DevelopmentArea;
  /** Representatives of the owning agency only */
  createGoal: Goal;
  /** Administrators only */
  createGroup: Group;
  /** Representatives of the goal's agency only */
  createIndicator: Indicator;
  /** Administrators only */
  createPerspective: Perspective;
  /** Administrators only */
  createPlan: Plan;
  /** Start a year's report with an empty draft: the group's coordinator, or a representative of the agency */
  createReport: Report;
  /** Administrators only */
  createUser: User;
  /** Edit the draft; after a submission this starts the next version, the submitted one stays frozen */
  editReport: ReportVersion;
  /** Exchange e-mail and password for an access token. Repeated failures are throttled per account and per address */
  login: LoginResult;
  /** Revoke every access token of the caller */
  logout: Scalars['Boolean']['output'];
  /** Marks all the caller's notifications read; returns how many were unread */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** One of the caller's own notifications */
  markNotificationRead: Notification;
  /** Members of the owning working group; not on closed items */
  postCheckIn: CheckIn;
  /** Representatives of the indicator's agency only */
  recordMeasurement: Measurement;
  /** Members of the group; a decision with a follow-up item needs the coordinator of that item’s group */
  recordMeeting: Meeting;
  /** The agency no longer supports the group; returns what it contributed. Administrators only */
  removeGroupSupport: GroupSupport;
  /** Administrators only */
  removeMembership: Membership;
  /** The agency leaves the plan; refused while it leads or takes part in items, has goals or reports, or coordinates a group in it. Administrators only */
  removePlanAgency: PlanAgency;
  /** Choose a new password with a link's secret; the link then stops working and every session of the person ends. Failures are throttled like sign-in */
  resetPassword: Scalars['Boolean']['output'];
  /** Administrators: try an unsent copy again now; a DEAD copy gets a fresh series of attempts */
  retryReportDelivery: ReportDelivery;
  /** Steering-group members: return a submitted version for revision, saying what to revise */
  returnReport: ReportVersion;
  /** Record a revision of the plan: what changed and why. Administrators and the steering group */
  revisePlan: PlanRevision;
  /** Stops a token working at once. Administrators only */
  revokeApiToken: ApiToken;
  /** A new secret address for the caller’s calendar feed; the old address stops working */
  rotateCalendarFeedSecret: Scalars['String']['output'];
  /** E-mail the person a link to choose a password, working once for 24 hours; replaces an unused earlier link. Administrators only */
  sendPasswordResetLink: PasswordLinkSent;
  /** Record or change what a supporting agency contributes. Administrators only */
  setGroupSupport: GroupSupport;
  /** Remember the language the caller reads the workspace and e-mails in */
  setMyLanguage: User;
  /** E-mail at once, one digest e-mail a day, or in the app only; escalations to the steering group always go by e-mail */
  setNotificationPreference: NotificationPreference;
  /** Set an agency's part in the plan. Administrators only */
  setPlanAgency: PlanAgency;
  /** Administrators set a plan's rule, a working group's coordinator the group's override; pending reminders follow at once */
  setReminderRule: ReminderRule;
  /** Administrators: set or remove an agency's webhook for report copies */
  setReportCopyEndpoint?: Maybe<ReportCopyEndpoint>;
  /** Administrators: when the annual reports of a plan are due */
  setReportDueDate: ReportSchedule;
  /** Sign in from a browser: sets the HttpOnly session cookie. Throttled and refused like login */
  signIn: SignInResult;
  /** End the browser session of the session cookie and clear the cookie; false when the call carried no session */
  signOut: Scalars['Boolean']['output'];
  /** Submit the draft of the report with this id: it is frozen and copied to the Gender Equality Agency */
  submitReport: ReportVersion;
  /** Administrators: send a test message to an agency's e-mail address or webhook and see the receiver's answer; no copy is recorded */
  testReportCopyEndpoint: ReportCopyTestResult;
  /** The coordinator of the owning working group; DONE or CANCELLED closes, an open status reopens */
  updateActionItem: ActionItem;
  /** Administrators, or a representative of the agency for its own profile */
  updateAgency: Agency;
  /** Administrators only */
  updateDevelopmentArea: DevelopmentArea;
  /** Representatives of the owning agency only */
  updateGoal: Goal;
  /** Administrators only */
  updateGroup: Group;
  /** Representatives of the goal's agency only; the unit cannot change */
  updateIndicator: Indicator;
  /** Members of the group */
  updateMeeting: Meeting;
  /** Title and description; the code stays. Administrators only */
  updatePerspective: Perspective;
  /** Administrators only */
  updatePlan: Plan;
  /** Administrators only */
  updateUser: User;
};


export type MutationAcknowledgeReportArgs = {
  input: AcknowledgeReportInput;
};


export type MutationAddMembershipArgs = {
  input: AddMembershipInput;
};


export type MutationAssessGoalArgs = {
  input: AssessGoalInput;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCommentOnActionItemArgs = {
  input: CommentOnActionItemInput;
};


export type MutationCorrectMeasurementArgs = {
  input: CorrectMeasurementInput;
};


export type MutationCreateActionItemArgs = {
  input: CreateActionItemInput;
};


export type MutationCreateAgencyArgs = {
  input: CreateAgencyInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateDevelopmentAreaArgs = {
  input: CreateDevelopmentAreaInput;
};


export type MutationCreateGoalArgs = {
  input: CreateGoalInput;
};


export type MutationCreateGroupArgs = {
  input: CreateGroupInput;
};


export type MutationCreateIndicatorArgs = {
  input: CreateIndicatorInput;
};


export type MutationCreatePerspectiveArgs = {
  input: CreatePerspectiveInput;
};


export type MutationCreatePlanArgs = {
  input: CreatePlanInput;
};


export type MutationCreateReportArgs = {
  input: CreateReportInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationEditReportArgs = {
  input: EditReportInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPostCheckInArgs = {
  input: PostCheckInInput;
};


export type MutationRecordMeasurementArgs = {
  input: RecordMeasurementInput;
};


export type MutationRecordMeetingArgs = {
  input: RecordMeetingInput;
};


export type MutationRemoveGroupSupportArgs = {
  input: GroupSupportKeyInput;
};


export type MutationRemoveMembershipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemovePlanAgencyArgs = {
  input: PlanAgencyKeyInput;
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRetryReportDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReturnReportArgs = {
  input: ReturnReportInput;
};


export type MutationRevisePlanArgs = {
  input: RevisePlanInput;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendPasswordResetLinkArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationSetGroupSupportArgs = {
  input: SetGroupSupportInput;
};


export type MutationSetMyLanguageArgs = {
  language: Language;
};


export type MutationSetNotificationPreferenceArgs = {
  preference: NotificationPreference;
};


export type MutationSetPlanAgencyArgs = {
  input: SetPlanAgencyInput;
};


export type MutationSetReminderRuleArgs = {
  input: SetReminderRuleInput;
};


export type MutationSetReportCopyEndpointArgs = {
  input: SetReportCopyEndpointInput;
};


export type MutationSetReportDueDateArgs = {
  input: SetReportDueDateInput;
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSubmitReportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationTestReportCopyEndpointArgs = {
  input: TestReportCopyEndpointInput;
};


export type MutationUpdateActionItemArgs = {
  input: UpdateActionItemInput;
};


export type MutationUpdateAgencyArgs = {
  input: UpdateAgencyInput;
};


export type MutationUpdateDevelopmentAreaArgs = {
  input: UpdateDevelopmentAreaInput;
};


export type MutationUpdateGoalArgs = {
  input: UpdateGoalInput;
};


export type MutationUpdateGroupArgs = {
  input: UpdateGroupInput;
};


export type MutationUpdateIndicatorArgs = {
  input: UpdateIndicatorInput;
};


export type MutationUpdateMeetingArgs = {
  input: UpdateMeetingInput;
};


export type MutationUpdatePerspectiveArgs = {
  input: UpdatePerspectiveInput;
};


export type MutationUpdatePlanArgs = {
  input: UpdatePlanInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};

/** What needs the caller in a plan: the workspace's landing page ('Mitt arbete') */
export type MyWork = {
  __typename?: 'MyWork';
  /** Open items the caller owns or coordinates that are overdue, at risk, off track or stale (at most 100, soonest due first) */
  itemsNeedingAttention: Array<AttentionItem>;
  planId: Scalars['ID']['output'];
  /** For steering-group members: submitted versions waiting for review (empty for everyone else) */
  reportsAwaitingReview: Array<ReportTask>;
  /** Reports the steering group returned to the caller as their author, not yet resubmitted */
  returnedReports: Array<ReportTask>;
  /** The caller's unread notifications, newest first: the first 10, with unreadCount */
  unreadNotifications: NotificationConnection;
  /** The caller's deadlines due today or in the next 30 days: items, meetings, reports, goal follow-ups (nearest first) */
  upcomingDeadlines: Array<UpcomingDeadline>;
};

export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  delivery: NotificationDelivery;
  /** The deadline it concerns, YYYY-MM-DD */
  dueDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The page in the workspace where what it is about is handled */
  path: Scalars['String']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  recipientId: Scalars['ID']['output'];
  subjectId: Scalars['ID']['output'];
  /** What the notification is about, e.g. ACTION_ITEM or ANNUAL_REPORT */
  subjectType: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  nodes: Array<Notification>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  /** The caller's unread notifications, whatever the filter */
  unreadCount: Scalars['Int']['output'];
};

export type NotificationDelivery =
  | 'DIGEST'
  | 'EMAIL'
  | 'IN_APP';

export type NotificationPreference =
  | 'DAILY_DIGEST'
  | 'EMAIL_IMMEDIATE'
  | 'IN_APP_ONLY';

export type OverviewDimension =
  | 'DEVELOPMENT_AREA'
  | 'GROUP'
  | 'LEAD_AGENCY'
  | 'PERSPECTIVE';

export type OverviewFigures = {
  __typename?: 'OverviewFigures';
  /** Average progress (0–100) of the items not cancelled */
  averageProgress: Scalars['Float']['output'];
  byHealth: HealthCounts;
  byStatus: StatusCounts;
  /** Share of the items not cancelled that are done, 0–1 */
  completion: Scalars['Float']['output'];
  items: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  stale: Scalars['Int']['output'];
};

export type OverviewRow = {
  __typename?: 'OverviewRow';
  /** Average progress (0–100) of the items not cancelled */
  averageProgress: Scalars['Float']['output'];
  byHealth: HealthCounts;
  byStatus: StatusCounts;
  /** Share of the items not cancelled that are done, 0–1 */
  completion: Scalars['Float']['output'];
  dimension: OverviewDimension;
  /** Id of the group, development area, agency or perspective */
  id: Scalars['ID']['output'];
  items: Scalars['Int']['output'];
  /** Name of the group, development area, agency (in Swedish) or perspective */
  label: Scalars['String']['output'];
  overdue: Scalars['Int']['output'];
  stale: Scalars['Int']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A one-time link to choose a password, queued to the person by e-mail */
export type PasswordLinkSent = {
  __typename?: 'PasswordLinkSent';
  email: Scalars['String']['output'];
  /** The link works once, until then */
  expiresAt: Scalars['DateTime']['output'];
};

export type Perspective = {
  __typename?: 'Perspective';
  /** Stable code, e.g. HONOUR_RELATED_VIOLENCE */
  code: Scalars['String']['output'];
  /** What the perspective covers */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  planId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type Plan = {
  __typename?: 'Plan';
  /** Agencies taking part and their roles */
  agencies: Array<PlanAgency>;
  createdAt: Scalars['DateTime']['output'];
  /** Number of the latest revision; 0 before the first */
  currentRevision: Scalars['Int']['output'];
  developmentAreas: Array<DevelopmentArea>;
  groups: Array<Group>;
  id: Scalars['ID']['output'];
  /** Short stable key, e.g. IPV-2019-2021 */
  key: Scalars['String']['output'];
  /** Government assignments or other mandates behind the plan */
  mandate: Scalars['String']['output'];
  /** Last day of the period (YYYY-MM-DD) */
  periodEnd: Scalars['String']['output'];
  /** First day of the period (YYYY-MM-DD) */
  periodStart: Scalars['String']['output'];
  perspectives: Array<Perspective>;
  revisions: Array<PlanRevision>;
  /** An open item with no check-in for this many days is stale */
  staleAfterDays: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type PlanAgency = {
  __typename?: 'PlanAgency';
  agency: Agency;
  agencyId: Scalars['ID']['output'];
  planId: Scalars['ID']['output'];
  /** Its responsibility in the plan */
  responsibility: Scalars['String']['output'];
  role: PlanAgencyRole;
};

export type PlanAgencyKeyInput = {
  agencyId: Scalars['ID']['input'];
  planId: Scalars['ID']['input'];
};

export type PlanAgencyRole =
  | 'COORDINATOR'
  | 'MEMBER'
  | 'PARTNER';

export type PlanAsOfRevision = {
  __typename?: 'PlanAsOfRevision';
  revision: PlanRevision;
  /** Null for revisions recorded before snapshots were kept */
  snapshot?: Maybe<PlanSnapshot>;
};

export type PlanOverview = {
  __typename?: 'PlanOverview';
  byDevelopmentArea: Array<OverviewRow>;
  /** Per owning working group */
  byGroup: Array<OverviewRow>;
  byLeadAgency: Array<OverviewRow>;
  /** An item counts once for each perspective it addresses */
  byPerspective: Array<OverviewRow>;
  /** When the figures were computed; they are at most a few seconds old and never older than the last change */
  computedAt: Scalars['DateTime']['output'];
  /** Open items due today or within the next 30 days, earliest first */
  dueSoon: Array<ActionItem>;
  /** Open items at risk or off track, longest in that state first */
  oldestOpenRisks: Array<ActionItem>;
  planId: Scalars['ID']['output'];
  /** Each expected report of the year (every year of the plan without one) not yet submitted, or submitted after its due date; `late` says whether it is past due */
  reportsMissingOrLate: Array<ExpectedReport>;
  totals: OverviewFigures;
  year?: Maybe<Scalars['Int']['output']>;
};

export type PlanRevision = {
  __typename?: 'PlanRevision';
  createdAt: Scalars['DateTime']['output'];
  decidedById?: Maybe<Scalars['ID']['output']>;
  /** Date from which the revision applies (YYYY-MM-DD) */
  effectiveFrom: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  planId: Scalars['ID']['output'];
  /** Why it changed */
  rationale: Scalars['String']['output'];
  /** What changed */
  summary: Scalars['String']['output'];
};

export type PlanSnapshot = {
  __typename?: 'PlanSnapshot';
  developmentAreas: Array<SnapshotDevelopmentArea>;
  /** Every action item, parents before their sub-items */
  items: Array<SnapshotItem>;
  mandate: Scalars['String']['output'];
  periodEnd: Scalars['String']['output'];
  periodStart: Scalars['String']['output'];
  perspectives: Array<SnapshotPerspective>;
  takenAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
};

export type PostCheckInInput = {
  evidenceLinks?: Array<ItemLinkInput>;
  health?: InputMaybe<ActionItemHealth>;
  itemId: Scalars['ID']['input'];
  /** What happened since the last check-in */
  narrative: Scalars['String']['input'];
  /** 0–100; only for items without sub-items */
  progress?: InputMaybe<Scalars['Int']['input']>;
  /** DONE or CANCELLED closes the item (the coordinator’s call); an open status reopens it */
  status?: InputMaybe<ActionItemStatus>;
};

/** One step of reminders for a deadline: when it goes out and to how many people */
export type PreviewedReminder = {
  __typename?: 'PreviewedReminder';
  /** Days from the due date: negative before it, 0 the day itself, positive an escalation after it */
  daysFromDue: Scalars['Int']['output'];
  /** 0 for a reminder before or on the day, 1 and up for the escalation steps */
  escalationLevel: Scalars['Int']['output'];
  recipients: Scalars['Int']['output'];
  sendAt: Scalars['DateTime']['output'];
};

export type Query = {
  __typename?: 'Query';
  actionItem: ActionItem;
  /** Action items matching every filter given, a page at a time */
  actionItems: ActionItemConnection;
  /** Agencies ordered by code */
  agencies: Array<Agency>;
  agency: Agency;
  /** Every API token, newest first, revoked ones included. Administrators only */
  apiTokens: Array<ApiToken>;
  /** Administrators: walks the audit log hash chain and says where it first breaks, if it does */
  auditChainVerification: AuditChainVerification;
  /** Who did what, when, newest first: refused and failed mutations too. Administrators and the steering group */
  auditTrail: AuditEntryConnection;
  /** The caller's secret iCalendar feed of their deadlines (<PUBLIC_URL>/calendar/….ics; a path on this API's origin when PUBLIC_URL is not set); the first call creates it */
  calendarFeedUrl: Scalars['String']['output'];
  /** Every report the plan expects for the year (every working group, every member agency), with its state; late ones are past due or were submitted after it */
  expectedReports: Array<ExpectedReport>;
  /** An agency's goals still lacking a measurement or an assessment for the year */
  followUpDue: FollowUpDueConnection;
  goal: Goal;
  /** Agencies' own goals, by title */
  goals: GoalConnection;
  group: Group;
  /** The steering group and working groups, by number */
  groups: Array<Group>;
  /** The caller, with agency, memberships and roles */
  me: User;
  meeting: Meeting;
  /** Meetings, newest first */
  meetings: MeetingConnection;
  /** Reports the plan expects for the year (every working group, every member agency) with no submitted version; late ones are past due */
  missingReports: Array<ExpectedReport>;
  /** What needs the caller in a plan; people only, not integrations */
  myWork: MyWork;
  /** How the caller hears about reminders beyond the app */
  notificationPreference: NotificationPreference;
  /** The caller's notifications, newest first */
  notifications: NotificationConnection;
  plan: Plan;
  /** The plan as it stood when a revision was recorded */
  planAsOfRevision: PlanAsOfRevision;
  /** The steering group's overview of a plan, optionally for one year */
  planOverview: PlanOverview;
  /** Plans, newest period first */
  plans: Array<Plan>;
  /** Administrators: the plan's (or a group's) next deadlines and when their reminders go out under the rules as they are now */
  reminderPreview: Array<ReminderPreviewDeadline>;
  /** When reminders go out for each kind of deadline, in the plan or in one of its groups */
  reminderRules: Array<ReminderRule>;
  report: Report;
  /** Copies of submitted reports, oldest first; status DEAD lists those that need an administrator */
  reportDeliveries: ReportDeliveryConnection;
  reportVersion: ReportVersion;
  /** Reports by plan, year, kind, group, agency or status; by year, then id */
  reports: ReportConnection;
  /** Steering-group members: submitted versions waiting for review in every plan, oldest submission first (empty for everyone else) */
  reviewInbox: Array<ReportTask>;
  /** Public: who runs the service, its accessibility contact, and whether single sign-on is offered */
  serviceInfo: ServiceInfo;
  user: User;
  users: UserConnection;
};


export type QueryActionItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  developmentAreaId?: InputMaybe<Scalars['ID']['input']>;
  dueFrom?: InputMaybe<Scalars['String']['input']>;
  dueTo?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  groupId?: InputMaybe<Scalars['ID']['input']>;
  health?: InputMaybe<Array<ActionItemHealth>>;
  leadAgencyId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  participatingAgencyId?: InputMaybe<Scalars['ID']['input']>;
  perspectiveId?: InputMaybe<Scalars['ID']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  sort?: InputMaybe<ActionItemSort>;
  stale?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<ActionItemStatus>>;
  subTopicId?: InputMaybe<Scalars['ID']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  topLevelOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryAgenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditTrailArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  outcome?: InputMaybe<AuditOutcome>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryExpectedReportsArgs = {
  planId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryFollowUpDueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  agencyId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  planId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryGoalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGoalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  assessment?: InputMaybe<AssessmentOutcome>;
  first?: InputMaybe<Scalars['Int']['input']>;
  perspectiveId?: InputMaybe<Scalars['ID']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGroupsArgs = {
  kind?: InputMaybe<GroupKind>;
  planId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  groupId?: InputMaybe<Scalars['ID']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMissingReportsArgs = {
  planId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryMyWorkArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlanAsOfRevisionArgs = {
  number: Scalars['Int']['input'];
  planId: Scalars['ID']['input'];
};


export type QueryPlanOverviewArgs = {
  listSize?: InputMaybe<Scalars['Int']['input']>;
  planId: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReminderPreviewArgs = {
  first?: Scalars['Int']['input'];
  groupId?: InputMaybe<Scalars['ID']['input']>;
  planId: Scalars['ID']['input'];
};


export type QueryReminderRulesArgs = {
  groupId?: InputMaybe<Scalars['ID']['input']>;
  planId: Scalars['ID']['input'];
};


export type QueryReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DeliveryStatus>;
};


export type QueryReportVersionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  groupId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<ReportKind>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ReportStatus>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type RecordMeasurementInput = {
  /** RATIO only, e.g. of 2800 case officers */
  denominator?: InputMaybe<Scalars['Int']['input']>;
  indicatorId: Scalars['ID']['input'];
  /** A dated point within the year (YYYY-MM-DD); omit for the whole year */
  measuredOn?: InputMaybe<Scalars['String']['input']>;
  note?: Scalars['String']['input'];
  /** RATIO only, e.g. 1300 case officers trained */
  numerator?: InputMaybe<Scalars['Int']['input']>;
  /** Where the figure comes from, when more specific than the indicator's source */
  source?: Scalars['String']['input'];
  /** COUNT and PERCENT; for RATIO give numerator and denominator instead */
  value?: InputMaybe<Scalars['Float']['input']>;
  /** Within the plan period */
  year: Scalars['Int']['input'];
};

export type RecordMeetingInput = {
  attendeeIds?: Array<Scalars['ID']['input']>;
  decisions?: Array<MeetingDecisionInput>;
  /** Action items of the plan the meeting discussed */
  discussedItemIds?: Array<Scalars['ID']['input']>;
  /** The steering group or a working group; its members record its meetings */
  groupId: Scalars['ID']['input'];
  /** YYYY-MM-DD, within the plan period (periodStart–periodEnd, inclusive) */
  heldOn: Scalars['String']['input'];
  notes?: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** A coming deadline and the reminders still to go out for it under the rules as they are now */
export type ReminderPreviewDeadline = {
  __typename?: 'ReminderPreviewDeadline';
  deadlineId: Scalars['ID']['output'];
  deadlineKind: DeadlineKind;
  /** YYYY-MM-DD */
  dueDate: Scalars['String']['output'];
  groupId?: Maybe<Scalars['ID']['output']>;
  reminders: Array<PreviewedReminder>;
  title: Scalars['String']['output'];
};

export type ReminderRule = {
  __typename?: 'ReminderRule';
  /** Days before the due date when the owners are reminded; 0 is the day itself */
  daysBefore: Array<Scalars['Int']['output']>;
  deadlineKind: DeadlineKind;
  escalations: Array<EscalationStep>;
  /** Set when the rule is asked for a group */
  groupId?: Maybe<Scalars['ID']['output']>;
  planId: Scalars['ID']['output'];
  /** Local hour the reminders go out, 0–23 */
  sendHour: Scalars['Int']['output'];
  sendMinute: Scalars['Int']['output'];
  /** Where the timing comes from: the group's override, the plan's rule, or the default */
  source: ReminderRuleSource;
  /** IANA time zone of the hour and the days */
  timeZone: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ReminderRuleSource =
  | 'DEFAULT'
  | 'GROUP'
  | 'PLAN';

export type Report = {
  __typename?: 'Report';
  agency?: Maybe<Agency>;
  /** The agency following up its goals (AGENCY_FOLLOW_UP) */
  agencyId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** YYYY-MM-DD */
  dueDate: Scalars['String']['output'];
  /** When a version was first submitted */
  firstSubmittedAt?: Maybe<Scalars['DateTime']['output']>;
  group?: Maybe<Group>;
  /** The reporting working group (WORKING_GROUP) */
  groupId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: ReportKind;
  /** The language its PDF is rendered in at submission */
  language: ReportLanguage;
  latest: ReportVersion;
  /** Number of the latest version, from 1 */
  latestVersion: Scalars['Int']['output'];
  /** The caller may write it: the group's coordinator, or a representative of the agency */
  mayWrite: Scalars['Boolean']['output'];
  plan: Plan;
  planId: Scalars['ID']['output'];
  /** The status of the latest version */
  status: ReportStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Oldest first */
  versions: Array<ReportVersion>;
  /** The calendar year reported on */
  year: Scalars['Int']['output'];
};

export type ReportAreaWork = {
  __typename?: 'ReportAreaWork';
  developmentAreaId: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type ReportAreaWorkInput = {
  developmentAreaId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type ReportConnection = {
  __typename?: 'ReportConnection';
  nodes: Array<Report>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReportCopyEndpoint = {
  __typename?: 'ReportCopyEndpoint';
  agencyId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** HTTPS URL the JSON document is POSTed to */
  url: Scalars['String']['output'];
};

/** What the receiver answered a test message; no copy is recorded */
export type ReportCopyTestResult = {
  __typename?: 'ReportCopyTestResult';
  /** True when the receiver took the message */
  accepted: Scalars['Boolean']['output'];
  agencyId: Scalars['ID']['output'];
  channel: DeliveryChannel;
  /** The address or URL the test message went to */
  recipient: Scalars['String']['output'];
  /** The SMTP server's reply, or the webhook's HTTP status and the start of its body, or why no answer came */
  reply: Scalars['String']['output'];
  testedAt: Scalars['DateTime']['output'];
};

export type ReportDelivery = {
  __typename?: 'ReportDelivery';
  agency: Agency;
  /** The receiving agency */
  agencyId: Scalars['ID']['output'];
  /** Failed attempts in the current series */
  attempts: Scalars['Int']['output'];
  channel: DeliveryChannel;
  createdAt: Scalars['DateTime']['output'];
  /** Message-ID of the e-mail, or Idempotency-Key of the webhook call: the same on every attempt */
  deliveryKey: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  /** When it is tried next (PENDING, RETRYING) */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The address or URL it was delivered to */
  recipient?: Maybe<Scalars['String']['output']>;
  /** When the receiving server accepted it */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** The receiving server's reply */
  serverReply?: Maybe<Scalars['String']['output']>;
  /** When the attempt in progress started (IN_PROGRESS) */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: DeliveryStatus;
  version: ReportVersion;
  versionId: Scalars['ID']['output'];
};

export type ReportDeliveryConnection = {
  __typename?: 'ReportDeliveryConnection';
  nodes: Array<ReportDelivery>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReportKind =
  | 'AGENCY_FOLLOW_UP'
  | 'WORKING_GROUP';

/** The language of the rendered PDF: Swedish (the default) or English */
export type ReportLanguage =
  | 'EN'
  | 'SV';

export type ReportPerspectiveAccount = {
  __typename?: 'ReportPerspectiveAccount';
  /** True when the text says why the perspective does not apply */
  notApplicable: Scalars['Boolean']['output'];
  perspectiveId: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type ReportPerspectiveInput = {
  /** True when the text says why the perspective does not apply */
  notApplicable?: Scalars['Boolean']['input'];
  perspectiveId: Scalars['ID']['input'];
  /** How the perspective was addressed, or why it does not apply */
  text: Scalars['String']['input'];
};

export type ReportSchedule = {
  __typename?: 'ReportSchedule';
  /** MM-DD in the year after the year reported on, e.g. 03-31 for 31 March */
  dueMonthDay: Scalars['String']['output'];
  planId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type ReportSections = {
  __typename?: 'ReportSections';
  challenges: Scalars['String']['output'];
  nextYearFocus: Scalars['String']['output'];
  perspectives: Array<ReportPerspectiveAccount>;
  results: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  /** Work done, per development area */
  workDone: Array<ReportAreaWork>;
};

export type ReportStatus =
  | 'ACKNOWLEDGED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

/** A report waiting for the caller: returned to its authors for revision, or submitted and waiting for review */
export type ReportTask = {
  __typename?: 'ReportTask';
  /** The page where it is handled: /rapporter/<id> to revise, /granskning/<id> to review */
  path: Scalars['String']['output'];
  report: Report;
  /** The version returned (with the steering group's comment), or the one to review */
  version: ReportVersion;
};

export type ReportVersion = {
  __typename?: 'ReportVersion';
  createdAt: Scalars['DateTime']['output'];
  createdById: Scalars['ID']['output'];
  /** The copies of this version and where each stands */
  deliveries: Array<ReportDelivery>;
  /** The submitted document: canonical JSON, exactly the text that was hashed and sent */
  document?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What a draft still lacks before it can be submitted; empty once submitted */
  missingParts: Array<MissingPart>;
  /** 1 for the first version, then 2, 3 … after revisions */
  number: Scalars['Int']['output'];
  /** The rendered PDF, base64; submitted versions only */
  pdfBase64?: Maybe<Scalars['String']['output']>;
  /** The agency's registration number (diarienummer), when it has one */
  registrationNumber?: Maybe<Scalars['String']['output']>;
  report: Report;
  reportId: Scalars['ID']['output'];
  /** The steering group's comment; required when returning for revision */
  reviewComment?: Maybe<Scalars['String']['output']>;
  /** When the steering group acknowledged or returned it */
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  reviewedById?: Maybe<Scalars['ID']['output']>;
  sections: ReportSections;
  /** SHA-256 (hex) of the UTF-8 bytes of `document` */
  sha256?: Maybe<Scalars['String']['output']>;
  /** The plan data taken at submission: the group's items or the agency's goals */
  snapshot?: Maybe<Scalars['JSON']['output']>;
  status: ReportStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  submittedBy?: Maybe<User>;
  submittedById?: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type ReturnReportInput = {
  /** What to revise */
  comment: Scalars['String']['input'];
  /** The submitted version */
  versionId: Scalars['ID']['input'];
};

export type RevisePlanInput = {
  /** YYYY-MM-DD, within the plan period (periodStart–periodEnd, inclusive) */
  effectiveFrom: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
  /** Why it changed */
  rationale: Scalars['String']['input'];
  /** What changed */
  summary: Scalars['String']['input'];
};

export type SeriesPoint = {
  __typename?: 'SeriesPoint';
  denominator?: Maybe<Scalars['Int']['output']>;
  /** The measurement the figure comes from */
  measurementId: Scalars['ID']['output'];
  numerator?: Maybe<Scalars['Int']['output']>;
  /** (value − baseline) / (target − baseline): 0 at the baseline, 1 at the target, not clamped; null without baseline and target */
  progressTowardTarget?: Maybe<Scalars['Float']['output']>;
  value: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

/** What the sign-in and accessibility pages show before anyone signs in */
export type ServiceInfo = {
  __typename?: 'ServiceInfo';
  /** Where to report accessibility problems or ask for content in an accessible form (ACCESSIBILITY_CONTACT_EMAIL) */
  accessibilityContactEmail?: Maybe<Scalars['String']['output']>;
  /** The organisation responsible for the service (ORGANISATION_NAME); null when not configured */
  organisationName?: Maybe<Scalars['String']['output']>;
  /** Signing in at the agencies' identity provider is offered (OIDC_CLIENT_ID is configured) */
  singleSignOn: Scalars['Boolean']['output'];
};

export type SetGroupSupportInput = {
  agencyId: Scalars['ID']['input'];
  /** What the agency contributes, e.g. knowledge and quality assurance */
  contribution: Scalars['String']['input'];
  groupId: Scalars['ID']['input'];
};

export type SetPlanAgencyInput = {
  agencyId: Scalars['ID']['input'];
  planId: Scalars['ID']['input'];
  responsibility?: Scalars['String']['input'];
  role: PlanAgencyRole;
};

export type SetReminderRuleInput = {
  /** Days before the due date, 0 (the day itself) to 365 */
  daysBefore: Array<Scalars['Int']['input']>;
  deadlineKind: DeadlineKind;
  escalations: Array<EscalationStepInput>;
  /** Set for a working group's override of the plan's rule (its coordinator's to set) */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  planId: Scalars['ID']['input'];
  /** Local hour, 0–23 */
  sendHour?: Scalars['Int']['input'];
  sendMinute?: Scalars['Int']['input'];
  /** IANA time zone, e.g. Europe/Stockholm */
  timeZone?: Scalars['String']['input'];
};

export type SetReportCopyEndpointInput = {
  agencyId: Scalars['ID']['input'];
  /** HTTPS URL for the JSON document; null removes the webhook */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type SetReportDueDateInput = {
  /** MM-DD in the year after the year reported on, e.g. 03-31 */
  dueMonthDay: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
};

/** A browser session started: its secret is in the samverkan_session cookie, never in the response */
export type SignInResult = {
  __typename?: 'SignInResult';
  /** When the session ends at the latest; it ends sooner when idle */
  expiresAt: Scalars['DateTime']['output'];
  user: User;
};

export type SnapshotDevelopmentArea = {
  __typename?: 'SnapshotDevelopmentArea';
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  subTopics: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type SnapshotItem = {
  __typename?: 'SnapshotItem';
  developmentAreaId: Scalars['ID']['output'];
  dueDate?: Maybe<Scalars['String']['output']>;
  groupId: Scalars['ID']['output'];
  health: ActionItemHealth;
  id: Scalars['ID']['output'];
  leadAgencyId: Scalars['ID']['output'];
  ownerId: Scalars['ID']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  progress: Scalars['Int']['output'];
  status: ActionItemStatus;
  title: Scalars['String']['output'];
};

export type SnapshotPerspective = {
  __typename?: 'SnapshotPerspective';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type StatusCounts = {
  __typename?: 'StatusCounts';
  blocked: Scalars['Int']['output'];
  cancelled: Scalars['Int']['output'];
  done: Scalars['Int']['output'];
  inProgress: Scalars['Int']['output'];
  planned: Scalars['Int']['output'];
};

export type SubTopic = {
  __typename?: 'SubTopic';
  areaId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type TestReportCopyEndpointInput = {
  agencyId: Scalars['ID']['input'];
  /** EMAIL: the agency's contact address; WEBHOOK: its endpoint */
  channel: DeliveryChannel;
};

/** A deadline of the caller: an item due, a meeting, a report or a goal follow-up */
export type UpcomingDeadline = {
  __typename?: 'UpcomingDeadline';
  /** YYYY-MM-DD: the due date, or the day of a meeting */
  dueDate: Scalars['String']['output'];
  kind: DeadlineKind;
  /** The page where it is handled, e.g. /atgarder/<id> or /moten/<id> */
  path: Scalars['String']['output'];
  /** The item, meeting, report, goal, group or agency it belongs to */
  subjectId: Scalars['ID']['output'];
  /** The item, meeting, report or goal it belongs to, as named when the deadline was last refreshed */
  title: Scalars['String']['output'];
};

export type UpdateActionItemInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  developmentAreaId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD, within the plan period (periodStart–periodEnd, inclusive), not before startDate */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  health?: InputMaybe<ActionItemHealth>;
  id: Scalars['ID']['input'];
  leadAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces the links */
  links?: InputMaybe<Array<ItemLinkInput>>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Moves the item under another parent in the same group; null makes it top-level */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces the participating agencies */
  participatingAgencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Replaces the perspectives */
  perspectiveIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 0–100; only for items without sub-items */
  progress?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD, within the plan period (periodStart–periodEnd, inclusive) */
  startDate?: InputMaybe<Scalars['String']['input']>;
  /** DONE or CANCELLED closes the item (the coordinator’s call); an open status reopens it */
  status?: InputMaybe<ActionItemStatus>;
  /** A sub-topic of the item's development area (as it is after this change); null clears it */
  subTopicId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  weight?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateAgencyInput = {
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameSv?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateDevelopmentAreaInput = {
  id: Scalars['ID']['input'];
  /** Replaces the sub-topics, in order */
  subTopics?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateGoalInput = {
  /** null detaches the goal from its development area */
  developmentAreaId?: InputMaybe<Scalars['ID']['input']>;
  /** null means from the plan's first year */
  firstYear?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** Replaces the perspectives */
  perspectiveIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  scope?: InputMaybe<Scalars['String']['input']>;
  statement?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateGroupInput = {
  coordinatingAgencyId?: InputMaybe<Scalars['ID']['input']>;
  focus?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Omitted fields keep their value; null clears a baseline, target or registration number */
export type UpdateIndicatorInput = {
  /** With baselineYear; in the unit (a share 0–1 for RATIO) */
  baselineValue?: InputMaybe<Scalars['Float']['input']>;
  /** May lie before the plan period, not after it */
  baselineYear?: InputMaybe<Scalars['Int']['input']>;
  direction?: InputMaybe<IndicatorDirection>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** The agency's registration number (diarienummer) of the source */
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
  sourceDescription?: InputMaybe<Scalars['String']['input']>;
  sourceKind?: InputMaybe<IndicatorSourceKind>;
  /** With targetYear; in the unit (a share 0–1 for RATIO) */
  targetValue?: InputMaybe<Scalars['Float']['input']>;
  /** Within the plan period, not before baselineYear */
  targetYear?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateMeetingInput = {
  /** Decisions to add after the existing ones */
  addDecisions?: InputMaybe<Array<MeetingDecisionInput>>;
  attendeeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  discussedItemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** YYYY-MM-DD, within the plan period (periodStart–periodEnd, inclusive) */
  heldOn?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePerspectiveInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePlanInput = {
  id: Scalars['ID']['input'];
  mandate?: InputMaybe<Scalars['String']['input']>;
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  periodStart?: InputMaybe<Scalars['String']['input']>;
  /** Days without a check-in after which an open item is stale, 1–365 */
  staleAfterDays?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateUserInput = {
  /** Deactivating also ends every session of the person */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  roles?: InputMaybe<Array<UserRole>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  agency: Agency;
  agencyId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  /** Global roles plus the roles memberships give */
  effectiveRoles: Array<EffectiveRole>;
  /** Work e-mail, stored lower-case */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The language of the workspace and of e-mails to this person */
  language: Language;
  memberships: Array<Membership>;
  /** Roles held regardless of group */
  roles: Array<UserRole>;
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  nodes: Array<User>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserRole =
  | 'ADMINISTRATOR'
  | 'AGENCY_REPRESENTATIVE'
  | 'OBSERVER';

export type WorkRelation =
  | 'COORDINATOR'
  | 'OWNER';

export type SetMyLanguageMutationVariables = Exact<{
  language: Language;
}>;


export type SetMyLanguageMutation = { __typename?: 'Mutation', setMyLanguage: { __typename?: 'User', id: string, language: Language } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type FrameQueryVariables = Exact<{ [key: string]: never; }>;


export type FrameQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, displayName: string, email: string, language: Language, effectiveRoles: Array<EffectiveRole>, agency: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string }, memberships: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, groupId: string, group: { __typename?: 'Group', id: string, name: string, number: number, kind: GroupKind, planId: string } }> }, plans: Array<{ __typename?: 'Plan', id: string, key: string, title: string, periodStart: string, periodEnd: string }>, notifications: { __typename?: 'NotificationConnection', totalCount: number }, reviewInbox: Array<{ __typename?: 'ReportTask', version: { __typename?: 'ReportVersion', id: string } }> };

export type PlanVocabularyFragment = { __typename?: 'Plan', developmentAreas: Array<{ __typename?: 'DevelopmentArea', id: string, number: number, title: string, subTopics: Array<{ __typename?: 'SubTopic', id: string, title: string }> }>, perspectives: Array<{ __typename?: 'Perspective', id: string, title: string }>, agencies: Array<{ __typename?: 'PlanAgency', agency: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string } }> };

export type AccessibilityStatementQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessibilityStatementQuery = { __typename?: 'Query', serviceInfo: { __typename?: 'ServiceInfo', organisationName?: string | null, accessibilityContactEmail?: string | null } };

export type TreeItemFragment = { __typename?: 'ActionItem', id: string, title: string, status: ActionItemStatus, health: ActionItemHealth, progress: number, startDate?: string | null, dueDate?: string | null, overdue: boolean, stale: boolean, depth: number, parent?: { __typename?: 'ActionItem', id: string, title: string } | null, owner: { __typename?: 'User', id: string, displayName: string }, leadAgency: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string }, group: { __typename?: 'Group', id: string, number: number }, subItems: Array<{ __typename?: 'ActionItem', id: string }> };

export type ActionPlanQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  sort: ActionItemSort;
  topLevelOnly?: InputMaybe<Scalars['Boolean']['input']>;
  groupId?: InputMaybe<Scalars['ID']['input']>;
  developmentAreaId?: InputMaybe<Scalars['ID']['input']>;
  subTopicId?: InputMaybe<Scalars['ID']['input']>;
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  leadAgencyId?: InputMaybe<Scalars['ID']['input']>;
  participatingAgencyId?: InputMaybe<Scalars['ID']['input']>;
  perspectiveId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<ActionItemStatus> | ActionItemStatus>;
  health?: InputMaybe<Array<ActionItemHealth> | ActionItemHealth>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  stale?: InputMaybe<Scalars['Boolean']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
}>;


export type ActionPlanQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, title: string, periodStart: string, periodEnd: string, groups: Array<{ __typename?: 'Group', id: string, name: string, number: number, kind: GroupKind }>, developmentAreas: Array<{ __typename?: 'DevelopmentArea', id: string, number: number, title: string, subTopics: Array<{ __typename?: 'SubTopic', id: string, title: string }> }>, perspectives: Array<{ __typename?: 'Perspective', id: string, title: string }>, agencies: Array<{ __typename?: 'PlanAgency', agency: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string } }> }, actionItems: { __typename?: 'ActionItemConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'ActionItem', id: string, title: string, status: ActionItemStatus, health: ActionItemHealth, progress: number, startDate?: string | null, dueDate?: string | null, overdue: boolean, stale: boolean, depth: number, parent?: { __typename?: 'ActionItem', id: string, title: string } | null, owner: { __typename?: 'User', id: string, displayName: string }, leadAgency: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string }, group: { __typename?: 'Group', id: string, number: number }, subItems: Array<{ __typename?: 'ActionItem', id: string }> }> } };

export type SubItemsQueryVariables = Exact<{
  parentId: Scalars['ID']['input'];
  sort: ActionItemSort;
}>;


export type SubItemsQuery = { __typename?: 'Query', actionItems: { __typename?: 'ActionItemConnection', nodes: Array<{ __typename?: 'ActionItem', id: string, title: string, status: ActionItemStatus, health: ActionItemHealth, progress: number, startDate?: string | null, dueDate?: string | null, overdue: boolean, stale: boolean, depth: number, parent?: { __typename?: 'ActionItem', id: string, title: string } | null, owner: { __typename?: 'User', id: string, displayName: string }, leadAgency: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string }, group: { __typename?: 'Group', id: string, number: number }, subItems: Array<{ __typename?: 'ActionItem', id: string }> }> } };

export type AdminApiTokensPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminApiTokensPageQuery = { __typename?: 'Query', apiTokens: Array<{ __typename?: 'ApiToken', id: string, name: string, scopes: Array<ApiTokenScope>, createdAt: string, expiresAt?: string | null, revokedAt?: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { __typename?: 'Mutation', createApiToken: { __typename?: 'CreatedApiToken', secret: string, token: { __typename?: 'ApiToken', id: string, name: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiTokenMutation = { __typename?: 'Mutation', revokeApiToken: { __typename?: 'ApiToken', id: string, revokedAt?: string | null } };

export type AdminAuditPageQueryVariables = Exact<{
  entityType?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  action?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<AuditOutcome>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminAuditPageQuery = { __typename?: 'Query', auditTrail: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'AuditEntry', id: string, occurredAt: string, actorId?: string | null, action: string, entityType: string, entityId: string, outcome: AuditOutcome, before?: unknown | null, after?: unknown | null, failure?: unknown | null }> }, users: { __typename?: 'UserConnection', nodes: Array<{ __typename?: 'User', id: string, displayName: string, email: string }> } };

export type AdminAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAuditChainQuery = { __typename?: 'Query', auditChainVerification: { __typename?: 'AuditChainVerification', intact: boolean, verified: number, brokenAt?: string | null, problem?: string | null, checkedAt: string } };

export type AdminCopiesPageQueryVariables = Exact<{
  status?: InputMaybe<DeliveryStatus>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminCopiesPageQuery = { __typename?: 'Query', reportDeliveries: { __typename?: 'ReportDeliveryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'ReportDelivery', id: string, channel: DeliveryChannel, status: DeliveryStatus, attempts: number, lastError?: string | null, nextAttemptAt?: string | null, sentAt?: string | null, serverReply?: string | null, recipient?: string | null, createdAt: string, agency: { __typename?: 'Agency', id: string, code: string }, version: { __typename?: 'ReportVersion', id: string, number: number, registrationNumber?: string | null, report: { __typename?: 'Report', id: string, kind: ReportKind, year: number, group?: { __typename?: 'Group', id: string, name: string } | null, agency?: { __typename?: 'Agency', id: string, code: string } | null } } }> } };

export type RetryReportDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryReportDeliveryMutation = { __typename?: 'Mutation', retryReportDelivery: { __typename?: 'ReportDelivery', id: string, status: DeliveryStatus, attempts: number, nextAttemptAt?: string | null, lastError?: string | null } };

export type AdminCopyEndpointsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCopyEndpointsPageQuery = { __typename?: 'Query', agencies: Array<{ __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string, contactEmail?: string | null, reportCopyEndpoint?: { __typename?: 'ReportCopyEndpoint', agencyId: string, url: string, updatedAt: string } | null }> };

export type SetReportCopyEndpointMutationVariables = Exact<{
  input: SetReportCopyEndpointInput;
}>;


export type SetReportCopyEndpointMutation = { __typename?: 'Mutation', setReportCopyEndpoint?: { __typename?: 'ReportCopyEndpoint', agencyId: string, url: string, updatedAt: string } | null };

export type TestReportCopyEndpointMutationVariables = Exact<{
  input: TestReportCopyEndpointInput;
}>;


export type TestReportCopyEndpointMutation = { __typename?: 'Mutation', testReportCopyEndpoint: { __typename?: 'ReportCopyTestResult', channel: DeliveryChannel, recipient: string, accepted: boolean, reply: string, testedAt: string } };

export type AgencyChoiceFragment = { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string };

export type AdminGroupsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminGroupsPageQuery = { __typename?: 'Query', groups: Array<{ __typename?: 'Group', id: string, name: string, number: number, kind: GroupKind, plan: { __typename?: 'Plan', id: string, title: string }, coordinatingAgency?: { __typename?: 'Agency', id: string, code: string } | null, supports: Array<{ __typename?: 'GroupSupport', agencyId: string, agency: { __typename?: 'Agency', id: string, code: string } }> }> };

export type AdminOrganisationChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOrganisationChoicesQuery = { __typename?: 'Query', agencies: Array<{ __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string }>, plans: Array<{ __typename?: 'Plan', id: string, title: string }> };

export type AdminGroupPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminGroupPageQuery = { __typename?: 'Query', group: { __typename?: 'Group', id: string, name: string, focus: string, number: number, kind: GroupKind, coordinatingAgencyId?: string | null, plan: { __typename?: 'Plan', id: string, title: string }, supports: Array<{ __typename?: 'GroupSupport', agencyId: string, contribution: string, agency: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string } }> }, agencies: Array<{ __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string }> };

export type AdminCreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type AdminCreateGroupMutation = { __typename?: 'Mutation', createGroup: { __typename?: 'Group', id: string } };

export type AdminUpdateGroupMutationVariables = Exact<{
  input: UpdateGroupInput;
}>;


export type AdminUpdateGroupMutation = { __typename?: 'Mutation', updateGroup: { __typename?: 'Group', id: string, name: string, focus: string, coordinatingAgencyId?: string | null } };

export type AdminRemoveGroupSupportMutationVariables = Exact<{
  input: GroupSupportKeyInput;
}>;


export type AdminRemoveGroupSupportMutation = { __typename?: 'Mutation', removeGroupSupport: { __typename?: 'GroupSupport', groupId: string, agencyId: string } };

export type AdminSetGroupSupportMutationVariables = Exact<{
  input: SetGroupSupportInput;
}>;


export type AdminSetGroupSupportMutation = { __typename?: 'Mutation', setGroupSupport: { __typename?: 'GroupSupport', groupId: string, agencyId: string } };

export type AdminPlansPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPlansPageQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'Plan', id: string, key: string, title: string, periodStart: string, periodEnd: string, agencies: Array<{ __typename?: 'PlanAgency', agencyId: string, role: PlanAgencyRole, agency: { __typename?: 'Agency', id: string, code: string } }> }> };

export type AdminPlanPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminPlanPageQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, key: string, title: string, mandate: string, periodStart: string, periodEnd: string, agencies: Array<{ __typename?: 'PlanAgency', agencyId: string, role: PlanAgencyRole, responsibility: string, agency: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string } }> }, agencies: Array<{ __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string }> };

export type AdminCreatePlanMutationVariables = Exact<{
  input: CreatePlanInput;
}>;


export type AdminCreatePlanMutation = { __typename?: 'Mutation', createPlan: { __typename?: 'Plan', id: string } };

export type AdminUpdatePlanMutationVariables = Exact<{
  input: UpdatePlanInput;
}>;


export type AdminUpdatePlanMutation = { __typename?: 'Mutation', updatePlan: { __typename?: 'Plan', id: string, title: string, mandate: string, periodStart: string, periodEnd: string } };

export type AdminRemovePlanAgencyMutationVariables = Exact<{
  input: PlanAgencyKeyInput;
}>;


export type AdminRemovePlanAgencyMutation = { __typename?: 'Mutation', removePlanAgency: { __typename?: 'PlanAgency', planId: string, agencyId: string } };

export type AdminSetPlanAgencyMutationVariables = Exact<{
  input: SetPlanAgencyInput;
}>;


export type AdminSetPlanAgencyMutation = { __typename?: 'Mutation', setPlanAgency: { __typename?: 'PlanAgency', planId: string, agencyId: string } };

export type AdminAgenciesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAgenciesPageQuery = { __typename?: 'Query', agencies: Array<{ __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string, contactEmail?: string | null }> };

export type AdminAgencyPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminAgencyPageQuery = { __typename?: 'Query', agency: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string, contactEmail?: string | null } };

export type AdminCreateAgencyMutationVariables = Exact<{
  input: CreateAgencyInput;
}>;


export type AdminCreateAgencyMutation = { __typename?: 'Mutation', createAgency: { __typename?: 'Agency', id: string } };

export type AdminUpdateAgencyMutationVariables = Exact<{
  input: UpdateAgencyInput;
}>;


export type AdminUpdateAgencyMutation = { __typename?: 'Mutation', updateAgency: { __typename?: 'Agency', id: string, nameSv: string, nameEn: string, contactEmail?: string | null } };

export type AdminPlanStructureQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPlanStructureQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'Plan', id: string, title: string, developmentAreas: Array<{ __typename?: 'DevelopmentArea', id: string, number: number, title: string, subTopics: Array<{ __typename?: 'SubTopic', id: string, title: string }> }>, perspectives: Array<{ __typename?: 'Perspective', id: string, code: string, title: string, description: string }> }> };

export type AdminCreateDevelopmentAreaMutationVariables = Exact<{
  input: CreateDevelopmentAreaInput;
}>;


export type AdminCreateDevelopmentAreaMutation = { __typename?: 'Mutation', createDevelopmentArea: { __typename?: 'DevelopmentArea', id: string } };

export type AdminUpdateDevelopmentAreaMutationVariables = Exact<{
  input: UpdateDevelopmentAreaInput;
}>;


export type AdminUpdateDevelopmentAreaMutation = { __typename?: 'Mutation', updateDevelopmentArea: { __typename?: 'DevelopmentArea', id: string, title: string, subTopics: Array<{ __typename?: 'SubTopic', id: string, title: string }> } };

export type AdminCreatePerspectiveMutationVariables = Exact<{
  input: CreatePerspectiveInput;
}>;


export type AdminCreatePerspectiveMutation = { __typename?: 'Mutation', createPerspective: { __typename?: 'Perspective', id: string } };

export type AdminUpdatePerspectiveMutationVariables = Exact<{
  input: UpdatePerspectiveInput;
}>;


export type AdminUpdatePerspectiveMutation = { __typename?: 'Mutation', updatePerspective: { __typename?: 'Perspective', id: string, title: string, description: string } };

export type AdminPeoplePageQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminPeoplePageQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, nodes: Array<{ __typename?: 'User', id: string, displayName: string, email: string, active: boolean, roles: Array<UserRole>, agency: { __typename?: 'Agency', id: string, code: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type AdminAgencyChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAgencyChoicesQuery = { __typename?: 'Query', agencies: Array<{ __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string }> };

export type AdminCreatePersonMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AdminCreatePersonMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string } };

export type AdminPersonPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminPersonPageQuery = { __typename?: 'Query', user: { __typename?: 'User', id: string, displayName: string, email: string, title?: string | null, active: boolean, roles: Array<UserRole>, agencyId: string, memberships: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, group: { __typename?: 'Group', id: string, name: string, number: number, kind: GroupKind, plan: { __typename?: 'Plan', id: string, title: string } } }> }, groups: Array<{ __typename?: 'Group', id: string, name: string, number: number, kind: GroupKind, plan: { __typename?: 'Plan', id: string, title: string } }> };

export type AdminUpdatePersonMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type AdminUpdatePersonMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, displayName: string, title?: string | null, roles: Array<UserRole>, active: boolean } };

export type AdminSendPasswordLinkMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type AdminSendPasswordLinkMutation = { __typename?: 'Mutation', sendPasswordResetLink: { __typename?: 'PasswordLinkSent', email: string, expiresAt: string } };

export type AdminAddMembershipMutationVariables = Exact<{
  input: AddMembershipInput;
}>;


export type AdminAddMembershipMutation = { __typename?: 'Mutation', addMembership: { __typename?: 'Membership', id: string } };

export type AdminRemoveMembershipMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminRemoveMembershipMutation = { __typename?: 'Mutation', removeMembership: { __typename?: 'Membership', id: string } };

export type AdminRemindersPageQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  groupId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AdminRemindersPageQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, title: string, groups: Array<{ __typename?: 'Group', id: string, number: number, name: string, kind: GroupKind }> }, reminderRules: Array<{ __typename?: 'ReminderRule', deadlineKind: DeadlineKind, daysBefore: Array<number>, sendHour: number, sendMinute: number, timeZone: string, source: ReminderRuleSource, updatedAt?: string | null, escalations: Array<{ __typename?: 'EscalationStep', daysOverdue: number, audience: Array<EscalationAudience> }> }>, reminderPreview: Array<{ __typename?: 'ReminderPreviewDeadline', deadlineId: string, deadlineKind: DeadlineKind, title: string, dueDate: string, groupId?: string | null, reminders: Array<{ __typename?: 'PreviewedReminder', sendAt: string, daysFromDue: number, escalationLevel: number, recipients: number }> }> };

export type AdminSetReminderRuleMutationVariables = Exact<{
  input: SetReminderRuleInput;
}>;


export type AdminSetReminderRuleMutation = { __typename?: 'Mutation', setReminderRule: { __typename?: 'ReminderRule', deadlineKind: DeadlineKind, source: ReminderRuleSource } };

export type GoalsPageQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  agencyId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type GoalsPageQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, title: string, agencies: Array<{ __typename?: 'PlanAgency', agency: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string } }> }, goals: { __typename?: 'GoalConnection', totalCount: number, nodes: Array<{ __typename?: 'Goal', id: string, title: string, scope: string, developmentArea?: { __typename?: 'DevelopmentArea', id: string, number: number, title: string } | null, indicators: Array<{ __typename?: 'Indicator', id: string }>, assessments: Array<{ __typename?: 'GoalAssessment', id: string, year: number, outcome: AssessmentOutcome }> }> }, followUpDue: { __typename?: 'FollowUpDueConnection', totalCount: number, nodes: Array<{ __typename?: 'FollowUpDue', year: number, assessmentMissing: boolean, goal: { __typename?: 'Goal', id: string, title: string }, indicatorsWithoutMeasurement: Array<{ __typename?: 'Indicator', id: string, name: string }> }> } };

export type GoalPageQueryVariables = Exact<{
  goalId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type GoalPageQuery = { __typename?: 'Query', goal: { __typename?: 'Goal', id: string, planId: string, title: string, statement: string, scope: string, firstYear?: number | null, agency: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string }, developmentArea?: { __typename?: 'DevelopmentArea', id: string, number: number, title: string } | null, perspectives: Array<{ __typename?: 'Perspective', id: string, title: string }>, indicators: Array<{ __typename?: 'Indicator', id: string, name: string, unit: IndicatorUnit, direction: IndicatorDirection, baselineValue?: number | null, baselineYear?: number | null, targetValue?: number | null, targetYear?: number | null, sourceKind: IndicatorSourceKind, sourceDescription: string, series: Array<{ __typename?: 'SeriesPoint', year: number, value: number, numerator?: number | null, denominator?: number | null }>, history: Array<{ __typename?: 'Measurement', id: string, year: number, measuredOn?: string | null, value: number, numerator?: number | null, denominator?: number | null, note: string, supersedesId?: string | null, supersededById?: string | null, correctionReason?: string | null, createdAt: string }> }>, assessments: Array<{ __typename?: 'GoalAssessment', id: string, year: number, outcome: AssessmentOutcome, justification: string, assessedAt: string }>, followUp?: { __typename?: 'FollowUpDue', assessmentMissing: boolean, indicatorsWithoutMeasurement: Array<{ __typename?: 'Indicator', id: string, name: string }> } | null } };

export type RecordMeasurementMutationVariables = Exact<{
  input: RecordMeasurementInput;
}>;


export type RecordMeasurementMutation = { __typename?: 'Mutation', recordMeasurement: { __typename?: 'Measurement', id: string } };

export type CorrectMeasurementMutationVariables = Exact<{
  input: CorrectMeasurementInput;
}>;


export type CorrectMeasurementMutation = { __typename?: 'Mutation', correctMeasurement: { __typename?: 'Measurement', id: string } };

export type AssessGoalMutationVariables = Exact<{
  input: AssessGoalInput;
}>;


export type AssessGoalMutation = { __typename?: 'Mutation', assessGoal: { __typename?: 'GoalAssessment', id: string, year: number, outcome: AssessmentOutcome, justification: string } };

export type ItemFormChoicesFragment = { __typename?: 'Plan', id: string, title: string, periodStart: string, periodEnd: string, groups: Array<{ __typename?: 'Group', id: string, name: string, number: number, kind: GroupKind, memberships: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, user: { __typename?: 'User', id: string, displayName: string } }> }>, developmentAreas: Array<{ __typename?: 'DevelopmentArea', id: string, number: number, title: string, subTopics: Array<{ __typename?: 'SubTopic', id: string, title: string }> }>, perspectives: Array<{ __typename?: 'Perspective', id: string, title: string }>, agencies: Array<{ __typename?: 'PlanAgency', agency: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string } }> };

export type NewItemQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  parentId: Scalars['ID']['input'];
  hasParent: Scalars['Boolean']['input'];
}>;


export type NewItemQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, title: string, periodStart: string, periodEnd: string, groups: Array<{ __typename?: 'Group', id: string, name: string, number: number, kind: GroupKind, memberships: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, user: { __typename?: 'User', id: string, displayName: string } }> }>, developmentAreas: Array<{ __typename?: 'DevelopmentArea', id: string, number: number, title: string, subTopics: Array<{ __typename?: 'SubTopic', id: string, title: string }> }>, perspectives: Array<{ __typename?: 'Perspective', id: string, title: string }>, agencies: Array<{ __typename?: 'PlanAgency', agency: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string } }> }, actionItem?: { __typename?: 'ActionItem', id: string, title: string, groupId: string, developmentAreaId: string, leadAgencyId: string, depth: number } };

export type CreateItemMutationVariables = Exact<{
  input: CreateActionItemInput;
}>;


export type CreateItemMutation = { __typename?: 'Mutation', createActionItem: { __typename?: 'ActionItem', id: string, title: string } };

export type ItemQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ItemQuery = { __typename?: 'Query', actionItem: { __typename?: 'ActionItem', id: string, title: string, description: string, status: ActionItemStatus, health: ActionItemHealth, healthSince: string, progress: number, startDate?: string | null, dueDate?: string | null, overdue: boolean, stale: boolean, depth: number, weight?: number | null, planId: string, groupId: string, lastCheckInAt?: string | null, group: { __typename?: 'Group', id: string, number: number, name: string }, developmentArea: { __typename?: 'DevelopmentArea', id: string, number: number, title: string }, subTopic?: { __typename?: 'SubTopic', id: string, title: string } | null, leadAgency: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string }, participatingAgencies: Array<{ __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string }>, owner: { __typename?: 'User', id: string, displayName: string }, perspectives: Array<{ __typename?: 'Perspective', id: string, title: string }>, links: Array<{ __typename?: 'ItemLink', title: string, url: string }>, parent?: { __typename?: 'ActionItem', id: string, title: string } | null, subItems: Array<{ __typename?: 'ActionItem', id: string, title: string, status: ActionItemStatus, health: ActionItemHealth, progress: number, startDate?: string | null, dueDate?: string | null, overdue: boolean, stale: boolean, depth: number, parent?: { __typename?: 'ActionItem', id: string, title: string } | null, owner: { __typename?: 'User', id: string, displayName: string }, leadAgency: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string }, group: { __typename?: 'Group', id: string, number: number }, subItems: Array<{ __typename?: 'ActionItem', id: string }> }>, checkIns: { __typename?: 'CheckInConnection', totalCount: number, nodes: Array<{ __typename?: 'CheckIn', id: string, narrative: string, postedAt: string, progress?: number | null, health?: ActionItemHealth | null, status?: ActionItemStatus | null, evidenceLinks: Array<{ __typename?: 'ItemLink', title: string, url: string }>, author: { __typename?: 'User', id: string, displayName: string } }> }, comments: { __typename?: 'ItemCommentConnection', totalCount: number, nodes: Array<{ __typename?: 'ItemComment', id: string, text: string, createdAt: string, author: { __typename?: 'User', id: string, displayName: string } }> } } };

export type PostCheckInMutationVariables = Exact<{
  input: PostCheckInInput;
}>;


export type PostCheckInMutation = { __typename?: 'Mutation', postCheckIn: { __typename?: 'CheckIn', id: string } };

export type CommentOnItemMutationVariables = Exact<{
  input: CommentOnActionItemInput;
}>;


export type CommentOnItemMutation = { __typename?: 'Mutation', commentOnActionItem: { __typename?: 'ItemComment', id: string } };

export type UpdateItemMutationVariables = Exact<{
  input: UpdateActionItemInput;
}>;


export type UpdateItemMutation = { __typename?: 'Mutation', updateActionItem: { __typename?: 'ActionItem', id: string, status: ActionItemStatus, parentId?: string | null } };

export type ItemHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ItemHistoryQuery = { __typename?: 'Query', actionItem: { __typename?: 'ActionItem', id: string, history?: { __typename?: 'ActionItemHistoryConnection', totalCount: number, nodes: Array<{ __typename?: 'AuditEntry', id: string, action: string, occurredAt: string, outcome: AuditOutcome }> } | null } };

export type EditItemChoicesQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type EditItemChoicesQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, title: string, periodStart: string, periodEnd: string, groups: Array<{ __typename?: 'Group', id: string, name: string, number: number, kind: GroupKind, memberships: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, user: { __typename?: 'User', id: string, displayName: string } }> }>, developmentAreas: Array<{ __typename?: 'DevelopmentArea', id: string, number: number, title: string, subTopics: Array<{ __typename?: 'SubTopic', id: string, title: string }> }>, perspectives: Array<{ __typename?: 'Perspective', id: string, title: string }>, agencies: Array<{ __typename?: 'PlanAgency', agency: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string } }> } };

export type MoveTargetsQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
}>;


export type MoveTargetsQuery = { __typename?: 'Query', actionItems: { __typename?: 'ActionItemConnection', nodes: Array<{ __typename?: 'ActionItem', id: string, title: string, depth: number }> } };

export type MeetingPageQueryVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type MeetingPageQuery = { __typename?: 'Query', meeting: { __typename?: 'Meeting', id: string, title: string, heldOn: string, notes: string, createdAt: string, group: { __typename?: 'Group', id: string, name: string }, recordedBy: { __typename?: 'User', id: string, displayName: string }, attendees: Array<{ __typename?: 'User', id: string, displayName: string, agency: { __typename?: 'Agency', id: string, code: string } }>, decisions: Array<{ __typename?: 'MeetingDecision', id: string, position: number, text: string, followUpItem?: { __typename?: 'ActionItem', id: string, title: string, status: ActionItemStatus, dueDate?: string | null } | null }>, discussedItems: Array<{ __typename?: 'ActionItem', id: string, title: string, status: ActionItemStatus }> } };

export type GroupMeetingsPageQueryVariables = Exact<{
  groupId: Scalars['ID']['input'];
}>;


export type GroupMeetingsPageQuery = { __typename?: 'Query', group: { __typename?: 'Group', id: string, name: string, number: number, kind: GroupKind }, meetings: { __typename?: 'MeetingConnection', totalCount: number, nodes: Array<{ __typename?: 'Meeting', id: string, title: string, heldOn: string, attendees: Array<{ __typename?: 'User', id: string }>, decisions: Array<{ __typename?: 'MeetingDecision', id: string, followUpItemId?: string | null }>, recordedBy: { __typename?: 'User', id: string, displayName: string } }> } };

export type RecordMeetingPageQueryVariables = Exact<{
  groupId: Scalars['ID']['input'];
}>;


export type RecordMeetingPageQuery = { __typename?: 'Query', group: { __typename?: 'Group', id: string, name: string, kind: GroupKind, coordinatingAgencyId?: string | null, memberships: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, user: { __typename?: 'User', id: string, displayName: string, agencyId: string } }>, plan: { __typename?: 'Plan', id: string, periodStart: string, periodEnd: string, developmentAreas: Array<{ __typename?: 'DevelopmentArea', id: string, number: number, title: string }>, agencies: Array<{ __typename?: 'PlanAgency', agency: { __typename?: 'Agency', id: string, nameSv: string, nameEn: string } }> } } };

export type RecordMeetingMutationVariables = Exact<{
  input: RecordMeetingInput;
}>;


export type RecordMeetingMutation = { __typename?: 'Mutation', recordMeeting: { __typename?: 'Meeting', id: string } };

export type MyWorkPageQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type MyWorkPageQuery = { __typename?: 'Query', myWork: { __typename?: 'MyWork', itemsNeedingAttention: Array<{ __typename?: 'AttentionItem', path: string, reasons: Array<AttentionReason>, relations: Array<WorkRelation>, item: { __typename?: 'ActionItem', id: string, title: string, dueDate?: string | null, status: ActionItemStatus, health: ActionItemHealth, progress: number, group: { __typename?: 'Group', id: string, number: number } } }>, upcomingDeadlines: Array<{ __typename?: 'UpcomingDeadline', kind: DeadlineKind, title: string, dueDate: string, path: string, subjectId: string }>, returnedReports: Array<{ __typename?: 'ReportTask', path: string, report: { __typename?: 'Report', id: string, kind: ReportKind, year: number, group?: { __typename?: 'Group', id: string, name: string } | null, agency?: { __typename?: 'Agency', id: string, nameSv: string, nameEn: string } | null }, version: { __typename?: 'ReportVersion', id: string, number: number, reviewComment?: string | null, reviewedAt?: string | null } }>, reportsAwaitingReview: Array<{ __typename?: 'ReportTask', path: string, report: { __typename?: 'Report', id: string, kind: ReportKind, year: number, group?: { __typename?: 'Group', id: string, name: string } | null, agency?: { __typename?: 'Agency', id: string, nameSv: string, nameEn: string } | null }, version: { __typename?: 'ReportVersion', id: string, number: number, submittedAt?: string | null } }>, unreadNotifications: { __typename?: 'NotificationConnection', unreadCount: number, nodes: Array<{ __typename?: 'Notification', id: string, title: string, path: string, createdAt: string }> } } };

export type MyWorkReportFieldsFragment = { __typename?: 'Report', id: string, kind: ReportKind, year: number, group?: { __typename?: 'Group', id: string, name: string } | null, agency?: { __typename?: 'Agency', id: string, nameSv: string, nameEn: string } | null };

export type ResetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type NotificationsPageQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NotificationsPageQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', totalCount: number, unreadCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'Notification', id: string, title: string, body: string, path: string, dueDate?: string | null, createdAt: string, readAt?: string | null }> } };

export type MarkNotificationReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkNotificationReadMutation = { __typename?: 'Mutation', markNotificationRead: { __typename?: 'Notification', id: string, readAt?: string | null } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { __typename?: 'Mutation', markAllNotificationsRead: number };

export type OverviewPageQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OverviewPageQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, title: string, periodStart: string, periodEnd: string, groups: Array<{ __typename?: 'Group', id: string, kind: GroupKind, number: number, name: string }>, developmentAreas: Array<{ __typename?: 'DevelopmentArea', id: string, number: number, title: string, subTopics: Array<{ __typename?: 'SubTopic', id: string, title: string }> }>, perspectives: Array<{ __typename?: 'Perspective', id: string, title: string }>, agencies: Array<{ __typename?: 'PlanAgency', agency: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string } }> }, planOverview: { __typename?: 'PlanOverview', year?: number | null, computedAt: string, totals: { __typename?: 'OverviewFigures', items: number, completion: number, averageProgress: number, overdue: number, stale: number, byHealth: { __typename?: 'HealthCounts', onTrack: number, atRisk: number, offTrack: number }, byStatus: { __typename?: 'StatusCounts', planned: number, inProgress: number, blocked: number, done: number, cancelled: number } }, byGroup: Array<{ __typename?: 'OverviewRow', id: string, label: string, items: number, completion: number, averageProgress: number, overdue: number, stale: number, byHealth: { __typename?: 'HealthCounts', onTrack: number, atRisk: number, offTrack: number }, byStatus: { __typename?: 'StatusCounts', planned: number, inProgress: number, blocked: number, done: number, cancelled: number } }>, byDevelopmentArea: Array<{ __typename?: 'OverviewRow', id: string, label: string, items: number, completion: number, averageProgress: number, overdue: number, stale: number, byHealth: { __typename?: 'HealthCounts', onTrack: number, atRisk: number, offTrack: number }, byStatus: { __typename?: 'StatusCounts', planned: number, inProgress: number, blocked: number, done: number, cancelled: number } }>, byLeadAgency: Array<{ __typename?: 'OverviewRow', id: string, label: string, items: number, completion: number, averageProgress: number, overdue: number, stale: number, byHealth: { __typename?: 'HealthCounts', onTrack: number, atRisk: number, offTrack: number }, byStatus: { __typename?: 'StatusCounts', planned: number, inProgress: number, blocked: number, done: number, cancelled: number } }>, byPerspective: Array<{ __typename?: 'OverviewRow', id: string, label: string, items: number, completion: number, averageProgress: number, overdue: number, stale: number, byHealth: { __typename?: 'HealthCounts', onTrack: number, atRisk: number, offTrack: number }, byStatus: { __typename?: 'StatusCounts', planned: number, inProgress: number, blocked: number, done: number, cancelled: number } }>, oldestOpenRisks: Array<{ __typename?: 'ActionItem', healthSince: string, id: string, title: string, status: ActionItemStatus, health: ActionItemHealth, dueDate?: string | null, groupId: string, developmentAreaId: string, leadAgencyId: string, perspectives: Array<{ __typename?: 'Perspective', id: string }>, group: { __typename?: 'Group', id: string, number: number } }>, dueSoon: Array<{ __typename?: 'ActionItem', id: string, title: string, status: ActionItemStatus, health: ActionItemHealth, dueDate?: string | null, groupId: string, developmentAreaId: string, leadAgencyId: string, perspectives: Array<{ __typename?: 'Perspective', id: string }>, group: { __typename?: 'Group', id: string, number: number } }>, reportsMissingOrLate: Array<{ __typename?: 'ExpectedReport', kind: ReportKind, year: number, dueDate: string, late: boolean, status?: ReportStatus | null, submittedAt?: string | null, reportId?: string | null, groupId?: string | null, agencyId?: string | null, group?: { __typename?: 'Group', id: string, name: string } | null, agency?: { __typename?: 'Agency', id: string, nameSv: string, nameEn: string } | null }> } };

export type OverviewFiguresFieldsFragment = { __typename?: 'OverviewFigures', items: number, completion: number, averageProgress: number, overdue: number, stale: number, byHealth: { __typename?: 'HealthCounts', onTrack: number, atRisk: number, offTrack: number }, byStatus: { __typename?: 'StatusCounts', planned: number, inProgress: number, blocked: number, done: number, cancelled: number } };

export type OverviewRowFieldsFragment = { __typename?: 'OverviewRow', items: number, completion: number, averageProgress: number, overdue: number, stale: number, byHealth: { __typename?: 'HealthCounts', onTrack: number, atRisk: number, offTrack: number }, byStatus: { __typename?: 'StatusCounts', planned: number, inProgress: number, blocked: number, done: number, cancelled: number } };

export type OverviewHealthFieldsFragment = { __typename?: 'HealthCounts', onTrack: number, atRisk: number, offTrack: number };

export type OverviewStatusFieldsFragment = { __typename?: 'StatusCounts', planned: number, inProgress: number, blocked: number, done: number, cancelled: number };

export type OverviewItemFieldsFragment = { __typename?: 'ActionItem', id: string, title: string, status: ActionItemStatus, health: ActionItemHealth, dueDate?: string | null, groupId: string, developmentAreaId: string, leadAgencyId: string, perspectives: Array<{ __typename?: 'Perspective', id: string }>, group: { __typename?: 'Group', id: string, number: number } };

export type ReportAgencyGoalsQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  agencyId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type ReportAgencyGoalsQuery = { __typename?: 'Query', goals: { __typename?: 'GoalConnection', nodes: Array<{ __typename?: 'Goal', id: string, title: string, statement: string, indicators: Array<{ __typename?: 'Indicator', id: string, name: string, unit: IndicatorUnit, baselineValue?: number | null, baselineYear?: number | null, targetValue?: number | null, targetYear?: number | null, series: Array<{ __typename?: 'SeriesPoint', year: number, value: number }> }>, assessments: Array<{ __typename?: 'GoalAssessment', id: string, year: number, outcome: AssessmentOutcome, justification: string }> }> } };

export type EditReportDraftMutationVariables = Exact<{
  input: EditReportInput;
}>;


export type EditReportDraftMutation = { __typename?: 'Mutation', editReport: { __typename?: 'ReportVersion', id: string, number: number, status: ReportStatus, updatedAt: string, registrationNumber?: string | null, sections: { __typename?: 'ReportSections', summary: string, results: string, challenges: string, nextYearFocus: string, workDone: Array<{ __typename?: 'ReportAreaWork', developmentAreaId: string, text: string }>, perspectives: Array<{ __typename?: 'ReportPerspectiveAccount', perspectiveId: string, notApplicable: boolean, text: string }> }, missingParts: Array<{ __typename?: 'MissingPart', field: string, description: string }> } };

export type SubmitReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitReportMutation = { __typename?: 'Mutation', submitReport: { __typename?: 'ReportVersion', id: string, number: number, status: ReportStatus } };

export type ReportPageQueryVariables = Exact<{
  reportId: Scalars['ID']['input'];
}>;


export type ReportPageQuery = { __typename?: 'Query', report: { __typename?: 'Report', planId: string, dueDate: string, status: ReportStatus, language: ReportLanguage, mayWrite: boolean, latestVersion: number, id: string, kind: ReportKind, year: number, plan: { __typename?: 'Plan', id: string, developmentAreas: Array<{ __typename?: 'DevelopmentArea', id: string, number: number, title: string }>, perspectives: Array<{ __typename?: 'Perspective', id: string, code: string, title: string }> }, versions: Array<{ __typename?: 'ReportVersion', id: string, number: number, status: ReportStatus, reviewComment?: string | null }>, latest: { __typename?: 'ReportVersion', id: string, number: number, status: ReportStatus, updatedAt: string, registrationNumber?: string | null, sections: { __typename?: 'ReportSections', summary: string, results: string, challenges: string, nextYearFocus: string, workDone: Array<{ __typename?: 'ReportAreaWork', developmentAreaId: string, text: string }>, perspectives: Array<{ __typename?: 'ReportPerspectiveAccount', perspectiveId: string, notApplicable: boolean, text: string }> }, missingParts: Array<{ __typename?: 'MissingPart', field: string, description: string }> }, group?: { __typename?: 'Group', id: string, number: number, name: string } | null, agency?: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string } | null } };

export type ReportSectionsFieldsFragment = { __typename?: 'ReportSections', summary: string, results: string, challenges: string, nextYearFocus: string, workDone: Array<{ __typename?: 'ReportAreaWork', developmentAreaId: string, text: string }>, perspectives: Array<{ __typename?: 'ReportPerspectiveAccount', perspectiveId: string, notApplicable: boolean, text: string }> };

export type ReportNamingFragment = { __typename?: 'Report', id: string, kind: ReportKind, year: number, group?: { __typename?: 'Group', id: string, number: number, name: string } | null, agency?: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string } | null };

export type ReportOutlineFragment = { __typename?: 'Plan', id: string, developmentAreas: Array<{ __typename?: 'DevelopmentArea', id: string, number: number, title: string }>, perspectives: Array<{ __typename?: 'Perspective', id: string, code: string, title: string }> };

export type ReportsOfYearQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type ReportsOfYearQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, title: string, periodStart: string, periodEnd: string }, expectedReports: Array<{ __typename?: 'ExpectedReport', kind: ReportKind, year: number, dueDate: string, late: boolean, status?: ReportStatus | null, reportId?: string | null, mayWrite: boolean, submittedAt?: string | null, group?: { __typename?: 'Group', id: string, number: number, name: string } | null, agency?: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string } | null }> };

export type CreateReportMutationVariables = Exact<{
  input: CreateReportInput;
}>;


export type CreateReportMutation = { __typename?: 'Mutation', createReport: { __typename?: 'Report', id: string } };

export type ReportVersionPageQueryVariables = Exact<{
  reportId: Scalars['ID']['input'];
}>;


export type ReportVersionPageQuery = { __typename?: 'Query', report: { __typename?: 'Report', mayWrite: boolean, latestVersion: number, id: string, kind: ReportKind, year: number, plan: { __typename?: 'Plan', id: string, developmentAreas: Array<{ __typename?: 'DevelopmentArea', id: string, number: number, title: string }>, perspectives: Array<{ __typename?: 'Perspective', id: string, code: string, title: string }> }, versions: Array<{ __typename?: 'ReportVersion', id: string, number: number, status: ReportStatus, updatedAt: string, submittedAt?: string | null, sha256?: string | null, registrationNumber?: string | null, reviewComment?: string | null, reviewedAt?: string | null, submittedBy?: { __typename?: 'User', id: string, displayName: string } | null, sections: { __typename?: 'ReportSections', summary: string, results: string, challenges: string, nextYearFocus: string, workDone: Array<{ __typename?: 'ReportAreaWork', developmentAreaId: string, text: string }>, perspectives: Array<{ __typename?: 'ReportPerspectiveAccount', perspectiveId: string, notApplicable: boolean, text: string }> }, deliveries: Array<{ __typename?: 'ReportDelivery', id: string, channel: DeliveryChannel, status: DeliveryStatus, recipient?: string | null, attempts: number, sentAt?: string | null, nextAttemptAt?: string | null, createdAt: string, agency: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string } }> }>, group?: { __typename?: 'Group', id: string, number: number, name: string } | null, agency?: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string } | null } };

export type StartNewReportVersionMutationVariables = Exact<{
  input: EditReportInput;
}>;


export type StartNewReportVersionMutation = { __typename?: 'Mutation', editReport: { __typename?: 'ReportVersion', id: string, number: number } };

export type ReviewInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewInboxQuery = { __typename?: 'Query', reviewInbox: Array<{ __typename?: 'ReportTask', path: string, report: { __typename?: 'Report', id: string, kind: ReportKind, year: number, plan: { __typename?: 'Plan', id: string, title: string }, group?: { __typename?: 'Group', id: string, number: number, name: string } | null, agency?: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string } | null }, version: { __typename?: 'ReportVersion', id: string, number: number, submittedAt?: string | null, submittedBy?: { __typename?: 'User', id: string, displayName: string } | null } }> };

export type ReviewPageQueryVariables = Exact<{
  reportId: Scalars['ID']['input'];
}>;


export type ReviewPageQuery = { __typename?: 'Query', report: { __typename?: 'Report', id: string, kind: ReportKind, year: number, plan: { __typename?: 'Plan', id: string, developmentAreas: Array<{ __typename?: 'DevelopmentArea', id: string, number: number, title: string }>, perspectives: Array<{ __typename?: 'Perspective', id: string, code: string, title: string }> }, versions: Array<{ __typename?: 'ReportVersion', id: string, number: number, status: ReportStatus, submittedAt?: string | null, registrationNumber?: string | null, submittedBy?: { __typename?: 'User', id: string, displayName: string } | null, sections: { __typename?: 'ReportSections', summary: string, results: string, challenges: string, nextYearFocus: string, workDone: Array<{ __typename?: 'ReportAreaWork', developmentAreaId: string, text: string }>, perspectives: Array<{ __typename?: 'ReportPerspectiveAccount', perspectiveId: string, notApplicable: boolean, text: string }> } }>, group?: { __typename?: 'Group', id: string, number: number, name: string } | null, agency?: { __typename?: 'Agency', id: string, code: string, nameSv: string, nameEn: string } | null } };

export type AcknowledgeReportMutationVariables = Exact<{
  input: AcknowledgeReportInput;
}>;


export type AcknowledgeReportMutation = { __typename?: 'Mutation', acknowledgeReport: { __typename?: 'ReportVersion', id: string, status: ReportStatus, reviewedAt?: string | null } };

export type ReturnReportMutationVariables = Exact<{
  input: ReturnReportInput;
}>;


export type ReturnReportMutation = { __typename?: 'Mutation', returnReport: { __typename?: 'ReportVersion', id: string, status: ReportStatus, reviewComment?: string | null, reviewedAt?: string | null } };

export type PlanAsOfRevisionPageQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  number: Scalars['Int']['input'];
}>;


export type PlanAsOfRevisionPageQuery = { __typename?: 'Query', planAsOfRevision: { __typename?: 'PlanAsOfRevision', revision: { __typename?: 'PlanRevision', id: string, number: number, summary: string, rationale: string, effectiveFrom: string, createdAt: string }, snapshot?: { __typename?: 'PlanSnapshot', title: string, mandate: string, periodStart: string, periodEnd: string, takenAt: string, developmentAreas: Array<{ __typename?: 'SnapshotDevelopmentArea', id: string, number: number, title: string }>, perspectives: Array<{ __typename?: 'SnapshotPerspective', id: string, title: string }>, items: Array<{ __typename?: 'SnapshotItem', id: string, title: string, parentId?: string | null, developmentAreaId: string, status: ActionItemStatus, health: ActionItemHealth, progress: number, dueDate?: string | null }> } | null } };

export type PlanRevisionsPageQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type PlanRevisionsPageQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, title: string, currentRevision: number, periodStart: string, periodEnd: string, revisions: Array<{ __typename?: 'PlanRevision', id: string, number: number, summary: string, rationale: string, effectiveFrom: string, createdAt: string }> } };

export type RevisePlanMutationVariables = Exact<{
  input: RevisePlanInput;
}>;


export type RevisePlanMutation = { __typename?: 'Mutation', revisePlan: { __typename?: 'PlanRevision', id: string, number: number } };

export type SettingsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsPageQuery = { __typename?: 'Query', notificationPreference: NotificationPreference, calendarFeedUrl: string, me: { __typename?: 'User', id: string, language: Language } };

export type SaveLanguageSettingMutationVariables = Exact<{
  language: Language;
}>;


export type SaveLanguageSettingMutation = { __typename?: 'Mutation', setMyLanguage: { __typename?: 'User', id: string, language: Language } };

export type SetNotificationPreferenceMutationVariables = Exact<{
  preference: NotificationPreference;
}>;


export type SetNotificationPreferenceMutation = { __typename?: 'Mutation', setNotificationPreference: NotificationPreference };

export type RotateCalendarFeedSecretMutationVariables = Exact<{ [key: string]: never; }>;


export type RotateCalendarFeedSecretMutation = { __typename?: 'Mutation', rotateCalendarFeedSecret: string };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'LoginResult', expiresAt: string } };

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'SignInResult', expiresAt: string, user: { __typename?: 'User', id: string, language: Language } } };

export type SignInOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInOptionsQuery = { __typename?: 'Query', serviceInfo: { __typename?: 'ServiceInfo', singleSignOn: boolean } };

export const TreeItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TreeItemFragment, unknown>;
export const AgencyChoiceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyChoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<AgencyChoiceFragment, unknown>;
export const PlanVocabularyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanVocabulary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<PlanVocabularyFragment, unknown>;
export const ItemFormChoicesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemFormChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanVocabulary"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanVocabulary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<ItemFormChoicesFragment, unknown>;
export const MyWorkReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<MyWorkReportFieldsFragment, unknown>;
export const OverviewHealthFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewHealthFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HealthCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"offTrack"}}]}}]} as unknown as DocumentNode<OverviewHealthFieldsFragment, unknown>;
export const OverviewStatusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]} as unknown as DocumentNode<OverviewStatusFieldsFragment, unknown>;
export const OverviewFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverviewFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"byHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewHealthFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewHealthFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HealthCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"offTrack"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]} as unknown as DocumentNode<OverviewFiguresFieldsFragment, unknown>;
export const OverviewRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverviewRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"byHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewHealthFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewHealthFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HealthCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"offTrack"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]} as unknown as DocumentNode<OverviewRowFieldsFragment, unknown>;
export const OverviewItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"developmentAreaId"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<OverviewItemFieldsFragment, unknown>;
export const ReportSectionsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportSectionsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSections"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"workDone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentAreaId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perspectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenges"}},{"kind":"Field","name":{"kind":"Name","value":"nextYearFocus"}}]}}]} as unknown as DocumentNode<ReportSectionsFieldsFragment, unknown>;
export const ReportNamingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportNaming"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ReportNamingFragment, unknown>;
export const ReportOutlineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportOutline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"developmentAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ReportOutlineFragment, unknown>;
export const SetMyLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<SetMyLanguageMutation, SetMyLanguageMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const FrameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Frame"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRoles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FrameQuery, FrameQueryVariables>;
export const AccessibilityStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessibilityStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityContactEmail"}}]}}]}}]} as unknown as DocumentNode<AccessibilityStatementQuery, AccessibilityStatementQueryVariables>;
export const ActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItemSort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topLevelOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"developmentAreaId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subTopicId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadAgencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participatingAgencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perspectiveId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItemStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"health"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItemHealth"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanVocabulary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"topLevelOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topLevelOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"developmentAreaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"developmentAreaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"subTopicId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subTopicId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"leadAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadAgencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"participatingAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participatingAgencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"perspectiveId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perspectiveId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"health"},"value":{"kind":"Variable","name":{"kind":"Name","value":"health"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"stale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stale"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreeItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanVocabulary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ActionPlanQuery, ActionPlanQueryVariables>;
export const SubItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItemSort"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreeItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SubItemsQuery, SubItemsQueryVariables>;
export const AdminApiTokensPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminApiTokensPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<AdminApiTokensPageQuery, AdminApiTokensPageQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AdminAuditPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAuditPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditOutcome"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAuditPageQuery, AdminAuditPageQueryVariables>;
export const AdminAuditChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditChainVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"brokenAt"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<AdminAuditChainQuery, AdminAuditChainQueryVariables>;
export const AdminCopiesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCopiesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"serverReply"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminCopiesPageQuery, AdminCopiesPageQueryVariables>;
export const RetryReportDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryReportDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryReportDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<RetryReportDeliveryMutation, RetryReportDeliveryMutationVariables>;
export const AdminCopyEndpointsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCopyEndpointsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportCopyEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCopyEndpointsPageQuery, AdminCopyEndpointsPageQueryVariables>;
export const SetReportCopyEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReportCopyEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetReportCopyEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReportCopyEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SetReportCopyEndpointMutation, SetReportCopyEndpointMutationVariables>;
export const TestReportCopyEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestReportCopyEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestReportCopyEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testReportCopyEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"testedAt"}}]}}]}}]} as unknown as DocumentNode<TestReportCopyEndpointMutation, TestReportCopyEndpointMutationVariables>;
export const AdminGroupsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminGroupsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinatingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminGroupsPageQuery, AdminGroupsPageQueryVariables>;
export const AdminOrganisationChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrganisationChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyChoice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyChoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<AdminOrganisationChoicesQuery, AdminOrganisationChoicesQueryVariables>;
export const AdminGroupPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminGroupPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatingAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyChoice"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyChoice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyChoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<AdminGroupPageQuery, AdminGroupPageQueryVariables>;
export const AdminCreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminCreateGroupMutation, AdminCreateGroupMutationVariables>;
export const AdminUpdateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatingAgencyId"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateGroupMutation, AdminUpdateGroupMutationVariables>;
export const AdminRemoveGroupSupportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRemoveGroupSupport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupSupportKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeGroupSupport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]}}]} as unknown as DocumentNode<AdminRemoveGroupSupportMutation, AdminRemoveGroupSupportMutationVariables>;
export const AdminSetGroupSupportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetGroupSupport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetGroupSupportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGroupSupport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]}}]} as unknown as DocumentNode<AdminSetGroupSupportMutation, AdminSetGroupSupportMutationVariables>;
export const AdminPlansPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPlansPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminPlansPageQuery, AdminPlansPageQueryVariables>;
export const AdminPlanPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPlanPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mandate"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"responsibility"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyChoice"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyChoice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyChoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<AdminPlanPageQuery, AdminPlanPageQueryVariables>;
export const AdminCreatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminCreatePlanMutation, AdminCreatePlanMutationVariables>;
export const AdminUpdatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mandate"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}}]}}]} as unknown as DocumentNode<AdminUpdatePlanMutation, AdminUpdatePlanMutationVariables>;
export const AdminRemovePlanAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRemovePlanAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAgencyKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePlanAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]}}]} as unknown as DocumentNode<AdminRemovePlanAgencyMutation, AdminRemovePlanAgencyMutationVariables>;
export const AdminSetPlanAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetPlanAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPlanAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPlanAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]}}]} as unknown as DocumentNode<AdminSetPlanAgencyMutation, AdminSetPlanAgencyMutationVariables>;
export const AdminAgenciesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAgenciesPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}}]}}]}}]} as unknown as DocumentNode<AdminAgenciesPageQuery, AdminAgenciesPageQueryVariables>;
export const AdminAgencyPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAgencyPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}}]}}]}}]} as unknown as DocumentNode<AdminAgencyPageQuery, AdminAgencyPageQueryVariables>;
export const AdminCreateAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminCreateAgencyMutation, AdminCreateAgencyMutationVariables>;
export const AdminUpdateAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateAgencyMutation, AdminUpdateAgencyMutationVariables>;
export const AdminPlanStructureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPlanStructure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"developmentAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPlanStructureQuery, AdminPlanStructureQueryVariables>;
export const AdminCreateDevelopmentAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateDevelopmentArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDevelopmentAreaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDevelopmentArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminCreateDevelopmentAreaMutation, AdminCreateDevelopmentAreaMutationVariables>;
export const AdminUpdateDevelopmentAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateDevelopmentArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDevelopmentAreaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDevelopmentArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUpdateDevelopmentAreaMutation, AdminUpdateDevelopmentAreaMutationVariables>;
export const AdminCreatePerspectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreatePerspective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePerspectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerspective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminCreatePerspectiveMutation, AdminCreatePerspectiveMutationVariables>;
export const AdminUpdatePerspectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdatePerspective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePerspectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerspective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<AdminUpdatePerspectiveMutation, AdminUpdatePerspectiveMutationVariables>;
export const AdminPeoplePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPeoplePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPeoplePageQuery, AdminPeoplePageQueryVariables>;
export const AdminAgencyChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAgencyChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyChoice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyChoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<AdminAgencyChoicesQuery, AdminAgencyChoicesQueryVariables>;
export const AdminCreatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminCreatePersonMutation, AdminCreatePersonMutationVariables>;
export const AdminPersonPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPersonPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPersonPageQuery, AdminPersonPageQueryVariables>;
export const AdminUpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<AdminUpdatePersonMutation, AdminUpdatePersonMutationVariables>;
export const AdminSendPasswordLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSendPasswordLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendPasswordResetLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<AdminSendPasswordLinkMutation, AdminSendPasswordLinkMutationVariables>;
export const AdminAddMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminAddMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminAddMembershipMutation, AdminAddMembershipMutationVariables>;
export const AdminRemoveMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRemoveMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminRemoveMembershipMutation, AdminRemoveMembershipMutationVariables>;
export const AdminRemindersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminRemindersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminderRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlineKind"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sendHour"}},{"kind":"Field","name":{"kind":"Name","value":"sendMinute"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminderPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlineId"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineKind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysFromDue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRemindersPageQuery, AdminRemindersPageQueryVariables>;
export const AdminSetReminderRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetReminderRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetReminderRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReminderRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlineKind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<AdminSetReminderRuleMutation, AdminSetReminderRuleMutationVariables>;
export const GoalsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoalsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"developmentArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentMissing"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorsWithoutMeasurement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GoalsPageQuery, GoalsPageQueryVariables>;
export const GoalPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoalPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"goalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"goalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"firstYear"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineYear"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetYear"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDescription"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"supersedesId"}},{"kind":"Field","name":{"kind":"Name","value":"supersededById"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentMissing"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorsWithoutMeasurement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GoalPageQuery, GoalPageQueryVariables>;
export const RecordMeasurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeasurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeasurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordMeasurementMutation, RecordMeasurementMutationVariables>;
export const CorrectMeasurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectMeasurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectMeasurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CorrectMeasurementMutation, CorrectMeasurementMutationVariables>;
export const AssessGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}}]}}]}}]} as unknown as DocumentNode<AssessGoalMutation, AssessGoalMutationVariables>;
export const NewItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasParent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemFormChoices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasParent"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"developmentAreaId"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanVocabulary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemFormChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanVocabulary"}}]}}]} as unknown as DocumentNode<NewItemQuery, NewItemQueryVariables>;
export const CreateItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateItemMutation, CreateItemMutationVariables>;
export const ItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Item"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"healthSince"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckInAt"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTopic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participatingAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkIns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ItemQuery, ItemQueryVariables>;
export const PostCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostCheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postCheckIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PostCheckInMutation, PostCheckInMutationVariables>;
export const CommentOnItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentOnActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommentOnItemMutation, CommentOnItemMutationVariables>;
export const UpdateItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<UpdateItemMutation, UpdateItemMutationVariables>;
export const ItemHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ItemHistoryQuery, ItemHistoryQueryVariables>;
export const EditItemChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditItemChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemFormChoices"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanVocabulary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemFormChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanVocabulary"}}]}}]} as unknown as DocumentNode<EditItemChoicesQuery, EditItemChoicesQueryVariables>;
export const MoveTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoveTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"TITLE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}}]}}]}}]} as unknown as DocumentNode<MoveTargetsQuery, MoveTargetsQueryVariables>;
export const MeetingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"followUpItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"discussedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingPageQuery, MeetingPageQueryVariables>;
export const GroupMeetingsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupMeetingsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpItemId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupMeetingsPageQuery, GroupMeetingsPageQueryVariables>;
export const RecordMeetingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordMeetingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatingAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"developmentAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordMeetingPageQuery, RecordMeetingPageQueryVariables>;
export const RecordMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordMeetingMutation, RecordMeetingMutationVariables>;
export const MyWorkPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemsNeedingAttention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"relations"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsAwaitingReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<MyWorkPageQuery, MyWorkPageQueryVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const NotificationsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsPageQuery, NotificationsPageQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const OverviewPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanVocabulary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"listSize"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDevelopmentArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byLeadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPerspective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oldestOpenRisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewItemFields"}},{"kind":"Field","name":{"kind":"Name","value":"healthSince"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsMissingOrLate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewHealthFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HealthCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"offTrack"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanVocabulary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverviewFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"byHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewHealthFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverviewRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"byHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewHealthFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"developmentAreaId"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<OverviewPageQuery, OverviewPageQueryVariables>;
export const ReportAgencyGoalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportAgencyGoals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineYear"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetYear"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportAgencyGoalsQuery, ReportAgencyGoalsQueryVariables>;
export const EditReportDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditReportDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportSectionsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportSectionsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSections"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"workDone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentAreaId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perspectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenges"}},{"kind":"Field","name":{"kind":"Name","value":"nextYearFocus"}}]}}]} as unknown as DocumentNode<EditReportDraftMutation, EditReportDraftMutationVariables>;
export const SubmitReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitReportMutation, SubmitReportMutationVariables>;
export const ReportPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportNaming"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"mayWrite"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportOutline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportSectionsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportNaming"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportOutline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"developmentAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportSectionsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSections"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"workDone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentAreaId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perspectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenges"}},{"kind":"Field","name":{"kind":"Name","value":"nextYearFocus"}}]}}]} as unknown as DocumentNode<ReportPageQuery, ReportPageQueryVariables>;
export const ReportsOfYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsOfYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"mayWrite"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<ReportsOfYearQuery, ReportsOfYearQueryVariables>;
export const CreateReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateReportMutation, CreateReportMutationVariables>;
export const ReportVersionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportVersionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportNaming"}},{"kind":"Field","name":{"kind":"Name","value":"mayWrite"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportOutline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportSectionsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportNaming"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportOutline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"developmentAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportSectionsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSections"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"workDone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentAreaId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perspectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenges"}},{"kind":"Field","name":{"kind":"Name","value":"nextYearFocus"}}]}}]} as unknown as DocumentNode<ReportVersionPageQuery, ReportVersionPageQueryVariables>;
export const StartNewReportVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartNewReportVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<StartNewReportVersionMutation, StartNewReportVersionMutationVariables>;
export const ReviewInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportNaming"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportNaming"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ReviewInboxQuery, ReviewInboxQueryVariables>;
export const ReviewPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportNaming"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportOutline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportSectionsFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportNaming"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameSv"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportOutline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"developmentAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportSectionsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSections"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"workDone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentAreaId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perspectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenges"}},{"kind":"Field","name":{"kind":"Name","value":"nextYearFocus"}}]}}]} as unknown as DocumentNode<ReviewPageQuery, ReviewPageQueryVariables>;
export const AcknowledgeReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeReportMutation, AcknowledgeReportMutationVariables>;
export const ReturnReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]} as unknown as DocumentNode<ReturnReportMutation, ReturnReportMutationVariables>;
export const PlanAsOfRevisionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanAsOfRevisionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planAsOfRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mandate"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"developmentAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"developmentAreaId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanAsOfRevisionPageQuery, PlanAsOfRevisionPageQueryVariables>;
export const PlanRevisionsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanRevisionsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentRevision"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<PlanRevisionsPageQuery, PlanRevisionsPageQueryVariables>;
export const RevisePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevisePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevisePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<RevisePlanMutation, RevisePlanMutationVariables>;
export const SettingsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notificationPreference"}},{"kind":"Field","name":{"kind":"Name","value":"calendarFeedUrl"}}]}}]} as unknown as DocumentNode<SettingsPageQuery, SettingsPageQueryVariables>;
export const SaveLanguageSettingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveLanguageSetting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<SaveLanguageSettingMutation, SaveLanguageSettingMutationVariables>;
export const SetNotificationPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"preference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreference"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"preference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"preference"}}}]}]}}]} as unknown as DocumentNode<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const RotateCalendarFeedSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateCalendarFeedSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateCalendarFeedSecret"}}]}}]} as unknown as DocumentNode<RotateCalendarFeedSecretMutation, RotateCalendarFeedSecretMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignInOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"singleSignOn"}}]}}]}}]} as unknown as DocumentNode<SignInOptionsQuery, SignInOptionsQueryVariables>;