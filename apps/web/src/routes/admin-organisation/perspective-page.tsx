import { useMutation } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FormField } from '../../components/form-field';
import { ErrorSummary } from '../../components/messages';
import { Saved, useAdminForm } from '../admin-home/admin-form';
import { NotFoundPage } from '../status-pages/not-found-page';
import { UPDATE_PERSPECTIVE } from './organisation-queries';
import { StructureEntryFrame, useStructureEntry } from './structure-entry';

const FIELDS = ['title', 'description'] as const;

/** `/administration/perspektiv/:perspectiveId`: a perspective's name and description (its code stays). */
export function Component() {
  const { perspectiveId } = useParams();
  const { t } = useTranslation();
  const { entry: perspective, error, loaded, missing } = useStructureEntry(perspectiveId, (plan) => plan.perspectives);
  const [update, { loading }] = useMutation(UPDATE_PERSPECTIVE);
  const { saved, errors, run, filled } = useAdminForm(FIELDS);
  const labels = { title: t('adminPerspectives.perspectiveTitle'), description: t('adminPerspectives.description') };
  if (missing) return <NotFoundPage />;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = new FormData(event.currentTarget);
    const title = String(values.get('title') ?? '').trim();
    if (!filled({ title }, labels)) return;
    await run(async () => {
      await update({ variables: { input: { id: perspectiveId!, title, description: String(values.get('description') ?? '').trim() } } });
      return 'adminPerspectives.saved';
    });
  };
  const heading = perspective ? t('adminPerspectives.coded', { code: perspective.code, title: perspective.title }) : t('adminPerspectives.title');
  return (
    <StructureEntryFrame listPath="/administration/perspektiv" listTitle={t('adminPerspectives.title')} heading={heading} loaded={loaded} error={error}>
      {perspective && (
        <>
          <p className="hint">{t('adminPerspectives.codeStays', { code: perspective.code })}</p>
          <Saved text={saved} />
          <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
          <form onSubmit={submit} noValidate>
            <FormField name="title" label={labels.title} error={errors.fields.title}>
              {(control) => <input {...control} name="title" defaultValue={perspective.title} className="input" />}
            </FormField>
            <FormField name="description" label={labels.description} hint={t('adminPeople.optional')} error={errors.fields.description}>
              {(control) => <textarea {...control} name="description" defaultValue={perspective.description} rows={4} className="textarea" />}
            </FormField>
            <button type="submit" className="button" disabled={loading}>
              {t('adminPerspectives.save')}
            </button>
          </form>
        </>
      )}
    </StructureEntryFrame>
  );
}
