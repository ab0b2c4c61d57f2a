import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormField } from '../../components/form-field';
import { ErrorSummary, Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import '../../styles/pages.css';
import { Saved, useAdminForm } from '../admin-home/admin-form';
import { CREATE_DEVELOPMENT_AREA, PLAN_STRUCTURE } from './organisation-queries';
import { PlanSections } from './plan-sections';
import { PlanSelect } from './plan-select';
import { subTopicsOf } from './sub-topics';

const FIELDS = ['planId', 'number', 'title', 'subTopics'] as const;

/** `/administration/utvecklingsomraden`: each plan's development areas with their sub-topics, and a new area. */
export function Component() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(PLAN_STRUCTURE, { fetchPolicy: 'cache-and-network' });
  const [create, { loading }] = useMutation(CREATE_DEVELOPMENT_AREA);
  const { saved, errors, run, filled } = useAdminForm(FIELDS);
  const labels = {
    planId: t('adminGroups.plan'),
    number: t('adminAreas.number'),
    title: t('adminAreas.areaTitle'),
    subTopics: t('adminAreas.subTopics'),
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const text = (name: string) => String(values.get(name) ?? '').trim();
    if (!filled({ planId: text('planId'), number: text('number'), title: text('title') }, labels)) return;
    const input = { planId: text('planId'), number: Number(text('number')), title: text('title'), subTopics: subTopicsOf(text('subTopics')) };
    const done = await run(async () => {
      await create({ variables: { input } });
      return 'adminAreas.created';
    });
    if (done) {
      form.reset();
      await refetch();
    }
  };
  return (
    <>
      <PageHeading title={t('adminAreas.title')}>{t('adminAreas.title')}</PageHeading>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <div className="narrow">
          <PlanSections plans={data.plans} isEmpty={(plan) => plan.developmentAreas.length === 0} empty={t('adminAreas.none')}>
            {(plan) => (
              <ul className="entry-list">
                {plan.developmentAreas.map((area) => (
                  <li key={area.id} className="entry">
                    <Link to={`/administration/utvecklingsomraden/${area.id}`}>{t('adminAreas.numbered', { number: area.number, title: area.title })}</Link>
                    {area.subTopics.length > 0 && (
                      <ul>
                        {area.subTopics.map((topic) => (
                          <li key={topic.id}>{topic.title}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </PlanSections>
          <section aria-labelledby="nytt-omrade-rubrik" className="section">
            <h2 id="nytt-omrade-rubrik">{t('adminAreas.add')}</h2>
            <Saved text={saved} />
            <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
            <form onSubmit={submit} noValidate>
              <PlanSelect plans={data.plans} label={labels.planId} error={errors.fields.planId} />
              <FormField name="number" label={labels.number} error={errors.fields.number}>
                {(control) => <input {...control} name="number" inputMode="numeric" className="input input--short" />}
              </FormField>
              <FormField name="title" label={labels.title} error={errors.fields.title}>
                {(control) => <input {...control} name="title" className="input" />}
              </FormField>
              <FormField name="subTopics" label={labels.subTopics} hint={t('adminAreas.subTopicsHint')} error={errors.fields.subTopics}>
                {(control) => <textarea {...control} name="subTopics" className="textarea" />}
              </FormField>
              <button type="submit" className="button" disabled={loading}>
                {t('adminAreas.create')}
              </button>
            </form>
          </section>
        </div>
      )}
    </>
  );
}
