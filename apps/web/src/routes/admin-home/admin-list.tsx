import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { ScrollTable } from '../../components/scroll-table';

/** A list page of the administration: its heading, the button to add one, and the list once loaded. */
export function AdminList<T>({
  title,
  add,
  data,
  error,
  children,
}: {
  title: string;
  add: { label: string; to: string };
  data: T | undefined;
  error: unknown;
  children: (data: T) => ReactNode;
}) {
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="page-actions">
        <Link to={add.to} className="button">
          {add.label}
        </Link>
      </p>
      {error ? <LoadError error={error} /> : null}
      {!data && !error && <Loading />}
      {data && children(data)}
    </>
  );
}

/** A table of a list page, named for assistive technology by the page's title. */
export function AdminTable({ caption, headings, children }: { caption: string; headings: readonly string[]; children: ReactNode }) {
  return (
    <ScrollTable label={caption}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {headings.map((heading) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollTable>
  );
}
