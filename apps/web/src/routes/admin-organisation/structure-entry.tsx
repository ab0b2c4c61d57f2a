import { useQuery } from '@apollo/client/react';
import { type ReactNode } from 'react';
import { Link } from 'react-router';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import type { AdminPlanStructureQuery } from '../../gql/graphql';
import { PLAN_STRUCTURE } from './organisation-queries';

type StructurePlan = AdminPlanStructureQuery['plans'][number];

/**
 * One entry of the plans' structure (a development area, a perspective) by its id. The entries
 * come with their plans, as there is no query for one entry; a plan has a handful.
 * `missing` once the plans are there and none has the entry.
 */
export function useStructureEntry<T extends { id: string }>(id: string | undefined, entriesOf: (plan: StructurePlan) => readonly T[]) {
  const { data, error } = useQuery(PLAN_STRUCTURE, { fetchPolicy: 'cache-and-network' });
  const entry = data?.plans.flatMap(entriesOf).find((candidate) => candidate.id === id);
  return { entry, error, loaded: Boolean(data), missing: !id || Boolean(data && !entry) };
}

/** The frame of a page that changes one structure entry: the way back to its list, the heading, loading and load errors. */
export function StructureEntryFrame({
  listPath,
  listTitle,
  heading,
  loaded,
  error,
  children,
}: {
  listPath: string;
  listTitle: string;
  heading: string;
  loaded: boolean;
  error: Error | undefined;
  children: ReactNode;
}) {
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link to={listPath}>{listTitle}</Link>
      </p>
      <PageHeading title={heading}>{heading}</PageHeading>
      {error && <LoadError error={error} />}
      {!loaded && !error && <Loading />}
      {children}
    </div>
  );
}
