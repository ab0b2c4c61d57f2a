import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPlanQuery } from '../../gql/graphql';
import { languageOf } from '../../i18n/language';
import { type AgencyRole, HEALTHS, type ItemFilters, SORTS, STATUSES } from './item-filters';

type PlanChoices = ActionPlanQuery['plan'];

/**
 * The filters as one plain form: chosen values go into the address when the
 * person presses "Visa", so the view can be shared and the back button works.
 */
export function FilterPanel({ plan, filters, onApply }: { plan: PlanChoices; filters: ItemFilters; onApply: (filters: ItemFilters) => void }) {
  const { t, i18n } = useTranslation();
  const english = languageOf(i18n.language) === 'EN';
  // The sub-topics offered are those of the area chosen in the form, before it is applied.
  const [areaId, setAreaId] = useState(filters.developmentAreaId ?? '');
  const subTopics = plan.developmentAreas.find((area) => area.id === areaId)?.subTopics ?? [];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    onApply({
      groupId: text('groupId') || undefined,
      developmentAreaId: text('developmentAreaId') || undefined,
      subTopicId: (text('developmentAreaId') && text('subTopicId')) || undefined,
      agencyId: text('agencyId') || undefined,
      agencyRole: (text('agencyRole') || 'any') as AgencyRole,
      perspectiveId: text('perspectiveId') || undefined,
      status: STATUSES.filter((status) => form.getAll('status').includes(status)),
      health: HEALTHS.filter((health) => form.getAll('health').includes(health)),
      overdue: form.get('overdue') === 'on',
      stale: form.get('stale') === 'on',
      text: text('text').trim(),
      sort: (text('sort') || 'DUE_DATE') as ItemFilters['sort'],
    });
  };

  const clear = () =>
    onApply({ agencyRole: 'any', status: [], health: [], overdue: false, stale: false, text: '', sort: filters.sort });

  // The key makes the uncontrolled fields start from the address again after back/forward.
  return (
    <form key={JSON.stringify(filters)} className="filter-panel" onSubmit={submit} aria-labelledby="filter-heading">
      <h2 id="filter-heading" className="filter-panel__heading">
        {t('plan.filters.heading')}
      </h2>
      <div className="filter-panel__grid">
        <div className="form-group">
          <label className="label" htmlFor="filter-text">
            {t('plan.filters.text')}
          </label>
          <input id="filter-text" name="text" type="search" className="input" defaultValue={filters.text} />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="filter-group">
            {t('plan.filters.group')}
          </label>
          <select id="filter-group" name="groupId" defaultValue={filters.groupId ?? ''}>
            <option value="">{t('plan.filters.all')}</option>
            {plan.groups
              .filter((group) => group.kind === 'WORKING')
              .map((group) => (
                <option key={group.id} value={group.id}>
                  {t('plan.groupNumber', { number: group.number })}
                </option>
              ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="filter-area">
            {t('plan.filters.area')}
          </label>
          <select id="filter-area" name="developmentAreaId" value={areaId} onChange={(event) => setAreaId(event.target.value)}>
            <option value="">{t('plan.filters.all')}</option>
            {plan.developmentAreas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.number}. {area.title}
              </option>
            ))}
          </select>
        </div>
        {subTopics.length > 0 && (
          <div className="form-group">
            <label className="label" htmlFor="filter-sub-topic">
              {t('subTopic.label')}
            </label>
            <select key={areaId} id="filter-sub-topic" name="subTopicId" defaultValue={areaId === filters.developmentAreaId ? (filters.subTopicId ?? '') : ''}>
              <option value="">{t('plan.filters.all')}</option>
              {subTopics.map((topic) => (
                <option key={topic.id} value={topic.id}>
                  {topic.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="form-group">
          <label className="label" htmlFor="filter-agency">
            {t('plan.filters.agency')}
          </label>
          <select id="filter-agency" name="agencyId" defaultValue={filters.agencyId ?? ''}>
            <option value="">{t('plan.filters.all')}</option>
            {plan.agencies.map(({ agency }) => (
              <option key={agency.id} value={agency.id}>
                {english ? agency.nameEn : agency.nameSv}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="filter-agency-role">
            {t('plan.filters.agencyRole')}
          </label>
          <select id="filter-agency-role" name="agencyRole" defaultValue={filters.agencyRole}>
            <option value="any">{t('plan.filters.agencyRoles.any')}</option>
            <option value="lead">{t('plan.filters.agencyRoles.lead')}</option>
            <option value="participating">{t('plan.filters.agencyRoles.participating')}</option>
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="filter-perspective">
            {t('plan.filters.perspective')}
          </label>
          <select id="filter-perspective" name="perspectiveId" defaultValue={filters.perspectiveId ?? ''}>
            <option value="">{t('plan.filters.all')}</option>
            {plan.perspectives.map((perspective) => (
              <option key={perspective.id} value={perspective.id}>
                {perspective.title}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="filter-sort">
            {t('plan.filters.sort')}
          </label>
          <select id="filter-sort" name="sort" defaultValue={filters.sort}>
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`plan.sort.${sort}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="filter-panel__grid">
        <fieldset>
          <legend>{t('plan.filters.status')}</legend>
          {STATUSES.map((status) => (
            <div className="checkbox" key={status}>
              <input id={`filter-status-${status}`} type="checkbox" name="status" value={status} defaultChecked={filters.status.includes(status)} />
              <label htmlFor={`filter-status-${status}`}>{t(`status.${status}`)}</label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('plan.filters.health')}</legend>
          {HEALTHS.map((health) => (
            <div className="checkbox" key={health}>
              <input id={`filter-health-${health}`} type="checkbox" name="health" value={health} defaultChecked={filters.health.includes(health)} />
              <label htmlFor={`filter-health-${health}`}>{t(`health.${health}`)}</label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('plan.filters.signals')}</legend>
          <div className="checkbox">
            <input id="filter-overdue" type="checkbox" name="overdue" defaultChecked={filters.overdue} />
            <label htmlFor="filter-overdue">{t('plan.filters.overdue')}</label>
          </div>
          <div className="checkbox">
            <input id="filter-stale" type="checkbox" name="stale" defaultChecked={filters.stale} />
            <label htmlFor="filter-stale">{t('plan.filters.stale')}</label>
          </div>
        </fieldset>
      </div>
      <div className="button-group">
        <button type="submit" className="button">
          {t('plan.filters.apply')}
        </button>
        <button type="button" className="button button--secondary" onClick={clear}>
          {t('plan.filters.clear')}
        </button>
      </div>
    </form>
  );
}
