import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormField } from '../../components/form-field';
import { ErrorSummary, Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import '../../styles/pages.css';
import { Saved, useAdminForm } from '../admin-home/admin-form';
import { CREATE_PERSPECTIVE, PLAN_STRUCTURE } from './organisation-queries';
import { PlanSections } from './plan-sections';
import { PlanSelect } from './plan-select';

const FIELDS = ['planId', 'code', 'title', 'description'] as const;

/** `/administration/perspektiv`: each plan's perspectives, each linked to its page for a change, and a new one. */
export function Component() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(PLAN_STRUCTURE, { fetchPolicy: 'cache-and-network' });
  const [create, { loading }] = useMutation(CREATE_PERSPECTIVE);
  const { saved, errors, run, filled } = useAdminForm(FIELDS);
  const labels = {
    planId: t('adminGroups.plan'),
    code: t('adminPerspectives.code'),
    title: t('adminPerspectives.perspectiveTitle'),
    description: t('adminPerspectives.description'),
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const text = (name: string) => String(values.get(name) ?? '').trim();
    if (!filled({ planId: text('planId'), code: text('code'), title: text('title') }, labels)) return;
    const done = await run(async () => {
      await create({ variables: { input: { planId: text('planId'), code: text('code'), title: text('title'), description: text('description') } } });
      return 'adminPerspectives.created';
    });
    if (done) {
      form.reset();
      await refetch();
    }
  };
  return (
    <>
      <PageHeading title={t('adminPerspectives.title')}>{t('adminPerspectives.title')}</PageHeading>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <div className="narrow">
          <PlanSections plans={data.plans} isEmpty={(plan) => plan.perspectives.length === 0} empty={t('adminPerspectives.none')}>
            {(plan) => (
              <dl>
                {plan.perspectives.map((perspective) => (
                  <div key={perspective.id}>
                    <dt>
                      <Link to={`/administration/perspektiv/${perspective.id}`}>
                        {t('adminPerspectives.coded', { code: perspective.code, title: perspective.title })}
                      </Link>
                    </dt>
                    <dd>{perspective.description || t('common.notSet')}</dd>
                  </div>
                ))}
              </dl>
            )}
          </PlanSections>
          <section aria-labelledby="nytt-perspektiv-rubrik" className="section">
            <h2 id="nytt-perspektiv-rubrik">{t('adminPerspectives.add')}</h2>
            <Saved text={saved} />
            <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
            <form onSubmit={submit} noValidate>
              <PlanSelect plans={data.plans} label={labels.planId} error={errors.fields.planId} />
              <FormField name="code" label={labels.code} hint={t('adminPerspectives.codeHint')} error={errors.fields.code}>
                {(control) => <input {...control} name="code" className="input input--short" />}
              </FormField>
              <FormField name="title" label={labels.title} error={errors.fields.title}>
                {(control) => <input {...control} name="title" className="input" />}
              </FormField>
              <FormField name="description" label={labels.description} hint={t('adminPeople.optional')} error={errors.fields.description}>
                {(control) => <textarea {...control} name="description" className="textarea" />}
              </FormField>
              <button type="submit" className="button" disabled={loading}>
                {t('adminPerspectives.create')}
              </button>
            </form>
          </section>
        </div>
      )}
    </>
  );
}
