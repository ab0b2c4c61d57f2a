import { type KeyboardEvent, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { HealthTag, StatusTag } from '../../components/status';
import type { TreeItemFragment } from '../../gql/graphql';
import { formatDate, formatPercent } from '../../i18n/format';
import { languageOf } from '../../i18n/language';
import { ScrollTable } from '../../components/scroll-table';

/** How an expanded row gets its sub-items (a query in the page, fixed data in tests). */
export type UseSubItems = (parentId: string) => { items?: readonly TreeItemFragment[]; loading: boolean; error?: unknown };

interface TreeProps {
  items: readonly TreeItemFragment[];
  useSubItems: UseSubItems;
  caption: string;
  /** Filtered lists show rows from any level: say what each is under. */
  showParent: boolean;
}

const ROW = 'tr[data-item-id]';

/**
 * The action plan as an ARIA treegrid, three levels deep. One row is in the
 * tab order; arrow keys move between rows, Right opens a row or moves into it,
 * Left closes it or moves to its parent, Home and End jump, Enter opens the item.
 */
export function ItemTree({ items, useSubItems, caption, showParent }: TreeProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const table = useRef<HTMLTableElement>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState<string | undefined>(undefined);

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  // Keep exactly one row reachable by Tab, also after rows come and go.
  useLayoutEffect(() => {
    const rows = table.current?.querySelectorAll<HTMLTableRowElement>(ROW);
    if (rows && rows.length > 0 && !table.current!.querySelector(`${ROW}[tabindex="0"]`)) setActive(rows[0]!.dataset.itemId);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLTableRowElement>(ROW);
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    const rows = Array.from(table.current!.querySelectorAll<HTMLTableRowElement>(ROW));
    const index = rows.indexOf(row);
    const id = row.dataset.itemId!;
    const level = Number(row.getAttribute('aria-level'));
    const focus = (target: HTMLTableRowElement | undefined) => {
      if (!target) return;
      setActive(target.dataset.itemId);
      target.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        focus(rows[index + 1]);
        break;
      case 'ArrowUp':
        focus(rows[index - 1]);
        break;
      case 'Home':
        focus(rows[0]);
        break;
      case 'End':
        focus(rows[rows.length - 1]);
        break;
      case 'ArrowRight':
        if (row.getAttribute('aria-expanded') === 'false') toggle(id);
        else if (row.getAttribute('aria-expanded') === 'true' && Number(rows[index + 1]?.getAttribute('aria-level')) === level + 1) focus(rows[index + 1]);
        break;
      case 'ArrowLeft':
        if (row.getAttribute('aria-expanded') === 'true') toggle(id);
        else focus(rows.slice(0, index).reverse().find((candidate) => Number(candidate.getAttribute('aria-level')) === level - 1));
        break;
      case 'Enter':
        navigate(`/atgarder/${id}`);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <ScrollTable label={caption}>
      <table ref={table} role="treegrid" aria-labelledby="item-tree-caption" className="item-tree">
        <caption id="item-tree-caption">{caption}</caption>
        <thead>
          <tr role="row">
            <th role="columnheader" scope="col">
              {t('plan.columns.title')}
            </th>
            <th role="columnheader" scope="col">
              {t('plan.columns.status')}
            </th>
            <th role="columnheader" scope="col">
              {t('plan.columns.health')}
            </th>
            <th role="columnheader" scope="col" className="numeric">
              {t('plan.columns.progress')}
            </th>
            <th role="columnheader" scope="col">
              {t('plan.columns.start')}
            </th>
            <th role="columnheader" scope="col">
              {t('plan.columns.due')}
            </th>
            <th role="columnheader" scope="col">
              {t('plan.columns.owner')}
            </th>
            <th role="columnheader" scope="col">
              {t('plan.columns.leadAgency')}
            </th>
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          <TreeRows
            items={items}
            level={1}
            expanded={expanded}
            active={active}
            onToggle={toggle}
            onFocusRow={setActive}
            useSubItems={useSubItems}
            showParent={showParent}
          />
        </tbody>
      </table>
    </ScrollTable>
  );
}

interface RowsProps {
  items: readonly TreeItemFragment[];
  level: number;
  expanded: ReadonlySet<string>;
  active: string | undefined;
  onToggle: (id: string) => void;
  onFocusRow: (id: string) => void;
  useSubItems: UseSubItems;
  showParent: boolean;
}

function TreeRows(props: RowsProps) {
  return (
    <>
      {props.items.map((item, index) => (
        <TreeRow key={item.id} {...props} item={item} position={index + 1} />
      ))}
    </>
  );
}

function TreeRow(props: RowsProps & { item: TreeItemFragment; position: number }) {
  const { item, level, expanded, active, onToggle, onFocusRow, position, items, showParent } = props;
  const { t, i18n } = useTranslation();
  const hasChildren = item.subItems.length > 0;
  const isExpanded = expanded.has(item.id);
  const agencyName = languageOf(i18n.language) === 'EN' ? item.leadAgency.nameEn : item.leadAgency.nameSv;
  return (
    <>
      <tr
        role="row"
        data-item-id={item.id}
        aria-level={level}
        aria-posinset={position}
        aria-setsize={items.length}
        aria-expanded={hasChildren ? isExpanded : undefined}
        tabIndex={active === item.id ? 0 : -1}
        onFocus={(event) => event.target === event.currentTarget && onFocusRow(item.id)}
        className="item-tree__row"
      >
        <th role="rowheader" scope="row" className={`item-tree__title item-tree__title--level-${level}`}>
          {hasChildren ? (
            <span className="tree-toggle" aria-hidden="true" onClick={() => onToggle(item.id)}>
              {isExpanded ? '▾' : '▸'}
            </span>
          ) : (
            <span className="tree-toggle tree-toggle--leaf" aria-hidden="true" />
          )}
          <span>
            <Link to={`/atgarder/${item.id}`} tabIndex={-1}>
              {item.title}
            </Link>
            {showParent && item.parent && <span className="item-tree__parent">{t('plan.under', { title: item.parent.title })}</span>}
          </span>
        </th>
        <td role="gridcell">
          <StatusTag status={item.status} />
        </td>
        <td role="gridcell">
          <span className="tag-list">
            <HealthTag health={item.health} />
            {item.overdue && <span className="tag tag--flag">{t('plan.overdue')}</span>}
            {item.stale && <span className="tag tag--flag">{t('plan.stale')}</span>}
          </span>
        </td>
        <td role="gridcell" className="numeric">
          {formatPercent(item.progress)}
          {hasChildren && <span className="rolled-up">{t('plan.rolledUp')}</span>}
        </td>
        <td role="gridcell">{formatDate(item.startDate) || t('common.notSet')}</td>
        <td role="gridcell">{formatDate(item.dueDate) || t('common.notSet')}</td>
        <td role="gridcell">{item.owner.displayName}</td>
        <td role="gridcell">{agencyName}</td>
      </tr>
      {hasChildren && isExpanded && <SubRows {...props} parentId={item.id} level={level + 1} />}
    </>
  );
}

function SubRows(props: Omit<RowsProps, 'items'> & { parentId: string }) {
  const { t } = useTranslation();
  const { items, loading, error } = props.useSubItems(props.parentId);
  if (!items) {
    return (
      <tr>
        <td colSpan={8} className="item-tree__loading">
          <span role={error ? 'alert' : 'status'}>{error ? t('errors.loadFailed') : loading ? t('app.loading') : ''}</span>
        </td>
      </tr>
    );
  }
  return <TreeRows {...props} items={items} />;
}
