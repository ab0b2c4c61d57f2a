import { useQuery } from '@apollo/client/react';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { HealthTag, StatusTag } from '../../components/status';
import { graphql } from '../../gql';
import type { OverviewPageQuery } from '../../gql/graphql';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../i18n/format';
import '../../styles/pages.css';
import { NotFoundPage } from '../status-pages/not-found-page';
import {
  type FilterName,
  type OverviewFilters,
  everyRow,
  exportQuery,
  filtersFrom,
  itemMatches,
  onlyChosen,
  reportMatches,
  searchOf,
  statusBars,
  yearsOf,
} from './overview-data';
import { StatusChart, StatusTable } from './status-chart';
import { ScrollTable } from '../../components/scroll-table';

const OVERVIEW = graphql(`
  query OverviewPage($planId: ID!, $year: Int) {
    plan(id: $planId) {
      id
      title
      periodStart
      periodEnd
      groups {
        id
        kind
        number
        name
      }
      ...PlanVocabulary
    }
    planOverview(planId: $planId, year: $year, listSize: 10) {
      year
      computedAt
      totals {
        ...OverviewFiguresFields
      }
      byGroup {
        id
        label
        ...OverviewRowFields
      }
      byDevelopmentArea {
        id
        label
        ...OverviewRowFields
      }
      byLeadAgency {
        id
        label
        ...OverviewRowFields
      }
      byPerspective {
        id
        label
        ...OverviewRowFields
      }
      oldestOpenRisks {
        ...OverviewItemFields
        healthSince
      }
      dueSoon {
        ...OverviewItemFields
      }
      reportsMissingOrLate {
        kind
        year
        dueDate
        late
        status
        submittedAt
        reportId
        groupId
        agencyId
        group {
          id
          name
        }
        agency {
          id
          nameSv
          nameEn
        }
      }
    }
  }

  fragment OverviewFiguresFields on OverviewFigures {
    items
    completion
    averageProgress
    overdue
    stale
    byHealth {
      ...OverviewHealthFields
    }
    byStatus {
      ...OverviewStatusFields
    }
  }

  fragment OverviewRowFields on OverviewRow {
    items
    completion
    averageProgress
    overdue
    stale
    byHealth {
      ...OverviewHealthFields
    }
    byStatus {
      ...OverviewStatusFields
    }
  }

  fragment OverviewHealthFields on HealthCounts {
    onTrack
    atRisk
    offTrack
  }

  fragment OverviewStatusFields on StatusCounts {
    planned
    inProgress
    blocked
    done
    cancelled
  }

  fragment OverviewItemFields on ActionItem {
    id
    title
    status
    health
    dueDate
    groupId
    developmentAreaId
    leadAgencyId
    perspectives {
      id
    }
    group {
      id
      number
    }
  }
`);

type Overview = OverviewPageQuery['planOverview'];
type Figures = Overview['totals'];
type Row = Overview['byGroup'][number];

const NONE = { onTrack: 0, atRisk: 0, offTrack: 0 };
/** A row with nothing counted, for a group (area, agency, perspective) that has no items. */
const emptyRow = (id: string, label: string): Row => ({
  id,
  label,
  items: 0,
  completion: 0,
  averageProgress: 0,
  overdue: 0,
  stale: 0,
  byHealth: NONE,
  byStatus: { planned: 0, inProgress: 0, blocked: 0, done: 0, cancelled: 0 },
});

/** `/plan/:planId/oversikt?ar=&grupp=&omrade=&myndighet=&perspektiv=`: the steering group's overview. */
export function Component() {
  const { planId } = useParams();
  if (!planId) return <NotFoundPage />;
  return <OverviewPage planId={planId} />;
}

function OverviewPage({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFrom(params), [params]);
  const result = useQuery(OVERVIEW, { variables: { planId, year: filters.year }, fetchPolicy: 'cache-and-network' });
  const { error, loading } = result;
  // While another year loads, the filters and the figures shown so far stay on the screen.
  const data = result.data ?? result.previousData;
  const english = i18n.language.startsWith('en');

  const change = (name: FilterName, value: string) => {
    const next: OverviewFilters = { ...filters, [name]: name === 'year' ? (value ? Number(value) : null) : value || null };
    setParams(searchOf(next), { replace: true });
  };

  if (error) {
    return (
      <>
        <PageHeading title={t('overview.title')}>{t('overview.title')}</PageHeading>
        <LoadError error={error} />
      </>
    );
  }
  if (!data) {
    return (
      <>
        <PageHeading title={t('overview.title')}>{t('overview.title')}</PageHeading>
        <Loading />
      </>
    );
  }

  const { plan, planOverview: overview } = data;
  const agencyNames = new Map(plan.agencies.map(({ agency }) => [agency.id, english ? agency.nameEn : agency.nameSv]));
  const agencyLabel = (row: Row) => agencyNames.get(row.id) ?? row.label;
  const workingGroups = plan.groups.filter((group) => group.kind === 'WORKING').map((group) => ({ id: group.id, label: group.name }));
  const knownAreas = plan.developmentAreas.map((area) => ({ id: area.id, label: area.title }));
  const knownAgencies = plan.agencies.map(({ agency }) => ({ id: agency.id, label: agency.nameSv }));
  const knownPerspectives = plan.perspectives.map((perspective) => ({ id: perspective.id, label: perspective.title }));
  const groups = onlyChosen(everyRow(workingGroups, overview.byGroup, emptyRow), filters.group);
  const areas = onlyChosen(everyRow(knownAreas, overview.byDevelopmentArea, emptyRow), filters.area);
  const agencies = onlyChosen(everyRow(knownAgencies, overview.byLeadAgency, emptyRow), filters.agency).map((row) => ({ ...row, label: agencyLabel(row) }));
  const perspectives = onlyChosen(everyRow(knownPerspectives, overview.byPerspective, emptyRow), filters.perspective);
  const risks = overview.oldestOpenRisks.filter((item) => itemMatches(item, filters));
  const dueSoon = overview.dueSoon.filter((item) => itemMatches(item, filters));
  const reports = overview.reportsMissingOrLate.filter((report) => reportMatches(report, filters));
  const bars = statusBars(groups);
  const query = exportQuery(planId, filters);
  const anyFilter = Boolean(filters.group || filters.area || filters.agency || filters.perspective);

  return (
    <>
      <PageHeading title={t('overview.title')}>
        {t('overview.title')} <span className="heading-context">{plan.title}</span>
      </PageHeading>
      <p className="hint">
        {t('overview.computedAt', { time: formatDateTime(overview.computedAt) })} {loading && <span role="status">{t('app.loading')}</span>}
      </p>

      <form className="filters" aria-labelledby="filter-rubrik" onSubmit={(event) => event.preventDefault()}>
        <h2 id="filter-rubrik" className="visually-hidden">
          {t('overview.filters.title')}
        </h2>
        <FilterSelect id="filter-ar" label={t('overview.filters.year')} value={filters.year === null ? '' : String(filters.year)} onChange={(value) => change('year', value)} all={t('overview.filters.allYears')}>
          {yearsOf(plan.periodStart, plan.periodEnd).map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="filter-grupp" label={t('overview.filters.group')} value={filters.group ?? ''} onChange={(value) => change('group', value)} all={t('overview.filters.all')}>
          {plan.groups
            .filter((group) => group.kind === 'WORKING')
            .map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
        </FilterSelect>
        <FilterSelect id="filter-omrade" label={t('overview.filters.area')} value={filters.area ?? ''} onChange={(value) => change('area', value)} all={t('overview.filters.all')}>
          {plan.developmentAreas.map((area) => (
            <option key={area.id} value={area.id}>
              {area.number}. {area.title}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="filter-myndighet" label={t('overview.filters.agency')} value={filters.agency ?? ''} onChange={(value) => change('agency', value)} all={t('overview.filters.all')}>
          {plan.agencies.map(({ agency }) => (
            <option key={agency.id} value={agency.id}>
              {english ? agency.nameEn : agency.nameSv}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="filter-perspektiv" label={t('overview.filters.perspective')} value={filters.perspective ?? ''} onChange={(value) => change('perspective', value)} all={t('overview.filters.all')}>
          {plan.perspectives.map((perspective) => (
            <option key={perspective.id} value={perspective.id}>
              {perspective.title}
            </option>
          ))}
        </FilterSelect>
      </form>
      {anyFilter && <p className="hint">{t('overview.filters.scope')}</p>}

      <p className="hint">{filters.year ? t('overview.download.scopeYear', { year: filters.year }) : t('overview.download.scope')}</p>
      <p className="downloads">
        <a href={`/exports/plan-overview.xlsx?${query}`} download>
          {t('overview.download.xlsx')}
        </a>
        <a href={`/exports/plan-overview.csv?${query}`} download>
          {t('overview.download.csv')}
        </a>
      </p>

      <section aria-labelledby="totalt-rubrik" className="section">
        <h2 id="totalt-rubrik">{filters.year ? t('overview.totals.titleYear', { year: filters.year }) : t('overview.totals.title')}</h2>
        <Totals figures={overview.totals} />
      </section>

      <section aria-labelledby="status-rubrik" className="section">
        <h2 id="status-rubrik">{t('overview.chart.title')}</h2>
        <div className="chart-and-table">
          <StatusChart bars={bars} />
          <StatusTable bars={bars} caption={t('overview.chart.tableCaption')} />
        </div>
      </section>

      <Breakdown id="grupp" title={t('overview.byGroup')} rows={groups} firstColumn={t('overview.columns.group')} />
      <Breakdown id="omrade" title={t('overview.byArea')} rows={areas} firstColumn={t('overview.columns.area')} />
      <Breakdown id="myndighet" title={t('overview.byAgency')} rows={agencies} firstColumn={t('overview.columns.agency')} />
      <Breakdown id="perspektiv" title={t('overview.byPerspective')} rows={perspectives} firstColumn={t('overview.columns.perspective')} note={t('overview.perspectiveNote')} />

      <ItemList id="risker" title={t('overview.risks.title')} empty={t('overview.risks.empty')} items={risks} dateLabel={t('overview.risks.since')} date={(item) => formatDate(item.healthSince ?? '')} />
      <ItemList id="snart" title={t('overview.dueSoon.title')} empty={t('overview.dueSoon.empty')} items={dueSoon} dateLabel={t('overview.dueSoon.due')} date={(item) => formatDate(item.dueDate)} />

      <section aria-labelledby="rapporter-rubrik" className="section">
        <h2 id="rapporter-rubrik">{filters.year ? t('overview.reports.titleYear', { year: filters.year }) : t('overview.reports.title')}</h2>
        {reports.length === 0 ? (
          <p>{t('overview.reports.empty')}</p>
        ) : (
          <ScrollTable label={filters.year ? t('overview.reports.titleYear', { year: filters.year }) : t('overview.reports.title')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('overview.reports.report')}</th>
                  <th scope="col">{t('overview.reports.year')}</th>
                  <th scope="col">{t('overview.reports.due')}</th>
                  <th scope="col">{t('overview.reports.state')}</th>
                </tr>
              </thead>
              <tbody>
                {reports.map((report) => {
                  const owner = report.group?.name ?? (english ? report.agency?.nameEn : report.agency?.nameSv) ?? '';
                  const name = t(`myWork.reportKind.${report.kind}`, { year: report.year, owner });
                  return (
                    <tr key={`${report.kind}-${report.groupId ?? report.agencyId}-${report.year}`}>
                      <td>{report.reportId ? <Link to={`/rapporter/${report.reportId}`}>{name}</Link> : name}</td>
                      <td>{report.year}</td>
                      <td className="nowrap">{formatDate(report.dueDate)}</td>
                      <td>
                        {report.submittedAt ? (
                          <span className="tag tag--flag">{t('overview.reports.submittedLate', { date: formatDate(report.submittedAt) })}</span>
                        ) : report.late ? (
                          <span className="tag tag--health-off-track">{t('overview.reports.late')}</span>
                        ) : (
                          <span className="tag tag--status-planned">{t('overview.reports.missing')}</span>
                        )}
                        {report.status && <span className="hint"> {t(`overview.reportStatus.${report.status}`)}</span>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
    </>
  );
}

function FilterSelect({ id, label, value, onChange, all, children }: { id: string; label: string; value: string; onChange: (value: string) => void; all: string; children: ReactNode }) {
  return (
    <div className="form-group filters__field">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{all}</option>
        {children}
      </select>
    </div>
  );
}

function Totals({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const entries: [string, string][] = [
    [t('overview.columns.items'), formatNumber(figures.items)],
    [t('overview.columns.completion'), formatPercent(figures.completion * 100)],
    [t('overview.columns.averageProgress'), formatPercent(figures.averageProgress)],
    [t('overview.columns.overdue'), formatNumber(figures.overdue)],
    [t('overview.columns.stale'), formatNumber(figures.stale)],
    [t('overview.columns.atRisk'), formatNumber(figures.byHealth.atRisk)],
    [t('overview.columns.offTrack'), formatNumber(figures.byHealth.offTrack)],
  ];
  return (
    <dl className="key-figures">
      {entries.map(([label, value]) => (
        <div key={label} className="key-figures__entry">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const BREAKDOWN_COLUMNS = ['items', 'completion', 'averageProgress', 'overdue', 'stale', 'atRiskOrOffTrack'] as const;

function Breakdown({ id, title, rows, firstColumn, note }: { id: string; title: string; rows: readonly Row[]; firstColumn: string; note?: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`${id}-rubrik`} className="section">
      <h2 id={`${id}-rubrik`}>{title}</h2>
      {note && <p className="hint">{note}</p>}
      <ScrollTable label={title}>
        <table>
          <thead>
            <tr>
              <th scope="col">{firstColumn}</th>
              {BREAKDOWN_COLUMNS.map((column) => (
                <th key={column} scope="col" className="numeric">
                  {t(`overview.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                <td className="numeric">{formatNumber(row.items)}</td>
                <td className="numeric">{formatPercent(row.completion * 100)}</td>
                <td className="numeric">{formatPercent(row.averageProgress)}</td>
                <td className="numeric">{formatNumber(row.overdue)}</td>
                <td className="numeric">{formatNumber(row.stale)}</td>
                <td className="numeric">
                  {formatNumber(row.byHealth.atRisk)} / {formatNumber(row.byHealth.offTrack)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}

type ListedItem = Overview['dueSoon'][number] & { healthSince?: string };

function ItemList({ id, title, empty, items, dateLabel, date }: { id: string; title: string; empty: string; items: readonly ListedItem[]; dateLabel: string; date: (item: ListedItem) => string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`${id}-rubrik`} className="section">
      <h2 id={`${id}-rubrik`}>{title}</h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ScrollTable label={title}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('overview.columns.item')}</th>
                <th scope="col">{t('overview.columns.group')}</th>
                <th scope="col">{t('overview.columns.state')}</th>
                <th scope="col">{dateLabel}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <Link to={`/atgarder/${item.id}`}>{item.title}</Link>
                  </td>
                  <td>{t('myWork.attention.group', { number: item.group.number })}</td>
                  <td>
                    <StatusTag status={item.status} /> <HealthTag health={item.health} />
                  </td>
                  <td className="nowrap">{date(item)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}
