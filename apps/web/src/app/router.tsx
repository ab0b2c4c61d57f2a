import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../routes/status-pages/not-found-page';
import { Frame } from './frame';

/**
 * The page paths (see docs: the api serves index.html for them). Each page is
 * a lazily loaded route module exporting `Component`, with its own GraphQL
 * documents, so the first page loads only its own code.
 */
export const routes: RouteObject[] = [
  { path: '/logga-in', lazy: () => import('../routes/sign-in/sign-in-page') },
  { path: '/tillganglighet', lazy: () => import('../routes/accessibility/accessibility-page') },
  { path: '/nytt-losenord', lazy: () => import('../routes/new-password/new-password-page') },
  {
    element: <Frame />,
    children: [
      // The action plan: tree, timeline, creating an item, an item's page.
      { path: 'plan/:planId/handlingsplan', lazy: () => import('../routes/action-plan/action-plan-page') },
      { path: 'plan/:planId/tidslinje', lazy: () => import('../routes/action-plan/timeline-page') },
      { path: 'plan/:planId/atgarder/ny', lazy: () => import('../routes/item-form/new-item-page') },
      { path: 'atgarder/:itemId', lazy: () => import('../routes/item/item-page') },
      // Mitt arbete, overview, meetings, revisions, notifications and settings.
      { index: true, lazy: () => import('../routes/my-work/my-work-page') },
      { path: '/plan/:planId/oversikt', lazy: () => import('../routes/overview/overview-page') },
      { path: '/grupper/:groupId/moten', lazy: () => import('../routes/meetings/meetings-list-page') },
      { path: '/grupper/:groupId/moten/nytt', lazy: () => import('../routes/meetings/record-meeting-page') },
      { path: '/moten/:meetingId', lazy: () => import('../routes/meetings/meeting-page') },
      { path: '/plan/:planId/revisioner', lazy: () => import('../routes/revisions/revisions-page') },
      { path: '/plan/:planId/revisioner/:revisionId', lazy: () => import('../routes/revisions/revision-page') },
      // Myndighetens mål: an agency's goals, and a goal with its indicators and assessments.
      { path: '/mal', lazy: () => import('../routes/goals/goals-page') },
      { path: '/mal/:goalId', lazy: () => import('../routes/goals/goal-page') },
      // Annual reports: the year's reports, a report (its editor while a draft), a version, and the steering group's review.
      { path: '/rapporter', lazy: () => import('../routes/reports/reports-of-year-page') },
      { path: '/rapporter/:reportId', lazy: () => import('../routes/reports/report-page') },
      { path: '/rapporter/:reportId/versioner/:number', lazy: () => import('../routes/reports/version-page') },
      { path: '/granskning', lazy: () => import('../routes/review/review-inbox-page') },
      { path: '/granskning/:reportId', lazy: () => import('../routes/review/review-page') },
      { path: '/aviseringar', lazy: () => import('../routes/notifications/notifications-page') },
      { path: '/installningar', lazy: () => import('../routes/settings/settings-page') },
      // Administration: one guard for every page under /administration.
      {
        path: '/administration',
        lazy: () => import('../routes/admin-home/administration-guard'),
        children: [
          { index: true, lazy: () => import('../routes/admin-home/administration-page') },
          { path: 'personer', lazy: () => import('../routes/admin-people/people-page') },
          { path: 'personer/ny', lazy: () => import('../routes/admin-people/new-person-page') },
          { path: 'personer/:userId', lazy: () => import('../routes/admin-people/person-page') },
          { path: 'myndigheter', lazy: () => import('../routes/admin-organisation/agencies-page') },
          { path: 'myndigheter/ny', lazy: () => import('../routes/admin-organisation/new-agency-page') },
          { path: 'myndigheter/:agencyId', lazy: () => import('../routes/admin-organisation/agency-page') },
          { path: 'grupper', lazy: () => import('../routes/admin-organisation/groups-page') },
          { path: 'grupper/ny', lazy: () => import('../routes/admin-organisation/new-group-page') },
          { path: 'grupper/:groupId', lazy: () => import('../routes/admin-organisation/group-page') },
          { path: 'planer', lazy: () => import('../routes/admin-organisation/plans-page') },
          { path: 'planer/ny', lazy: () => import('../routes/admin-organisation/new-plan-page') },
          { path: 'planer/:planId', lazy: () => import('../routes/admin-organisation/plan-page') },
          { path: 'utvecklingsomraden', lazy: () => import('../routes/admin-organisation/development-areas-page') },
          { path: 'utvecklingsomraden/:areaId', lazy: () => import('../routes/admin-organisation/development-area-page') },
          { path: 'perspektiv', lazy: () => import('../routes/admin-organisation/perspectives-page') },
          { path: 'perspektiv/:perspectiveId', lazy: () => import('../routes/admin-organisation/perspective-page') },
          // Reminder rules, copy receivers, copies of reports, API keys, the audit log.
          { path: 'paminnelser', lazy: () => import('../routes/admin-reminders/reminders-page') },
          { path: 'kopiemottagare', lazy: () => import('../routes/admin-copy-endpoints/copy-endpoints-page') },
          { path: 'kopior', lazy: () => import('../routes/admin-copies/copies-page') },
          { path: 'api-nycklar', lazy: () => import('../routes/admin-api-tokens/api-tokens-page') },
          { path: 'granskningslogg', lazy: () => import('../routes/admin-audit/audit-page') },
          // An unknown administration address is still the administrators' to see as missing.
          { path: '*', Component: NotFoundPage },
        ],
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
];
