import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormField } from '../../components/form-field';
import { ErrorSummary, Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { Saved, useAdminForm } from '../admin-home/admin-form';
import { NotFoundPage } from '../status-pages/not-found-page';
import { PLAN_STRUCTURE, UPDATE_DEVELOPMENT_AREA } from './organisation-queries';
import { subTopicsOf } from './sub-topics';

const FIELDS = ['title', 'subTopics'] as const;

/** `/administration/utvecklingsomraden/:areaId`: an area's title and its sub-topics, in order. */
export function Component() {
  const { areaId } = useParams();
  const { t } = useTranslation();
  // The areas come with their plans (there is no query for one area); a plan has a handful.
  const { data, error } = useQuery(PLAN_STRUCTURE, { fetchPolicy: 'cache-and-network' });
  const [update, { loading }] = useMutation(UPDATE_DEVELOPMENT_AREA);
  const { saved, errors, run, filled } = useAdminForm(FIELDS);
  const area = data?.plans.flatMap((plan) => plan.developmentAreas).find((candidate) => candidate.id === areaId);
  const labels = { title: t('adminAreas.areaTitle'), subTopics: t('adminAreas.subTopics') };
  if (!areaId || (data && !area)) return <NotFoundPage />;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = new FormData(event.currentTarget);
    const title = String(values.get('title') ?? '').trim();
    if (!filled({ title }, labels)) return;
    await run(async () => {
      await update({ variables: { input: { id: areaId, title, subTopics: subTopicsOf(String(values.get('subTopics') ?? '')) } } });
      return 'adminAreas.saved';
    });
  };
  const heading = area ? t('adminAreas.numbered', { number: area.number, title: area.title }) : t('adminAreas.title');
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link to="/administration/utvecklingsomraden">{t('adminAreas.title')}</Link>
      </p>
      <PageHeading title={heading}>{heading}</PageHeading>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {area && (
        <>
          <Saved text={saved} />
          <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
          <form onSubmit={submit} noValidate>
            <FormField name="title" label={labels.title} error={errors.fields.title}>
              {(control) => <input {...control} name="title" defaultValue={area.title} className="input" />}
            </FormField>
            <FormField name="subTopics" label={labels.subTopics} hint={t('adminAreas.subTopicsHint')} error={errors.fields.subTopics}>
              {(control) => <textarea {...control} name="subTopics" defaultValue={area.subTopics.map((topic) => topic.title).join('\n')} rows={6} className="textarea" />}
            </FormField>
            <button type="submit" className="button" disabled={loading}>
              {t('adminAreas.save')}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
