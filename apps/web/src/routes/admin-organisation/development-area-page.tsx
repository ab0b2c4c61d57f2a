import { useMutation } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FormField } from '../../components/form-field';
import { ErrorSummary } from '../../components/messages';
import { Saved, useAdminForm } from '../admin-home/admin-form';
import { NotFoundPage } from '../status-pages/not-found-page';
import { UPDATE_DEVELOPMENT_AREA } from './organisation-queries';
import { StructureEntryFrame, useStructureEntry } from './structure-entry';
import { subTopicsOf } from './sub-topics';

const FIELDS = ['title', 'subTopics'] as const;

/** `/administration/utvecklingsomraden/:areaId`: an area's title and its sub-topics, in order. */
export function Component() {
  const { areaId } = useParams();
  const { t } = useTranslation();
  const { entry: area, error, loaded, missing } = useStructureEntry(areaId, (plan) => plan.developmentAreas);
  const [update, { loading }] = useMutation(UPDATE_DEVELOPMENT_AREA);
  const { saved, errors, run, filled } = useAdminForm(FIELDS);
  const labels = { title: t('adminAreas.areaTitle'), subTopics: t('adminAreas.subTopics') };
  if (missing) return <NotFoundPage />;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = new FormData(event.currentTarget);
    const title = String(values.get('title') ?? '').trim();
    if (!filled({ title }, labels)) return;
    await run(async () => {
      await update({ variables: { input: { id: areaId!, title, subTopics: subTopicsOf(String(values.get('subTopics') ?? '')) } } });
      return 'adminAreas.saved';
    });
  };
  const heading = area ? t('adminAreas.numbered', { number: area.number, title: area.title }) : t('adminAreas.title');
  return (
    <StructureEntryFrame listPath="/administration/utvecklingsomraden" listTitle={t('adminAreas.title')} heading={heading} loaded={loaded} error={error}>
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
    </StructureEntryFrame>
  );
}
