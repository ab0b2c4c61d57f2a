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
  {
    element: <Frame />,
    children: [
      { index: true, lazy: () => import('../routes/start/start-page') },
      { path: 'plan/:planId/handlingsplan', lazy: () => import('../routes/action-plan/action-plan-page') },
      { path: 'plan/:planId/tidslinje', lazy: () => import('../routes/action-plan/timeline-page') },
      { path: 'plan/:planId/atgarder/ny', lazy: () => import('../routes/item-form/new-item-page') },
      { path: 'atgarder/:itemId', lazy: () => import('../routes/item/item-page') },
      { path: '*', Component: NotFoundPage },
    ],
  },
];
