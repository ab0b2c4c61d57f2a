import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form-field';
import { type FormErrors, formErrorsOf } from '../../errors/api-errors';
import { COMMENT } from './item-queries';

export function CommentForm({ itemId, onPosted }: { itemId: string; onPosted: () => void }) {
  const { t } = useTranslation();
  const [comment, { loading }] = useMutation(COMMENT, { refetchQueries: ['Item'], awaitRefetchQueries: true });
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const text = String(new FormData(formElement).get('text') ?? '').trim();
    if (!text) return setErrors({ fields: { text: t('signIn.required', { field: t('item.comment').toLowerCase() }) }, general: [] });
    try {
      await comment({ variables: { input: { itemId, text } } });
      formElement.reset();
      setErrors({ fields: {}, general: [] });
      onPosted();
    } catch (error) {
      setErrors(formErrorsOf(error, t, ['text']));
    }
  };

  return (
    <form onSubmit={submit} noValidate className="narrow">
      {errors.general.length > 0 && (
        <div className="notice notice--error" role="alert">
          {errors.general.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </div>
      )}
      <FormField name="text" label={t('item.comment')} error={errors.fields.text}>
        {(control) => <textarea {...control} name="text" className="textarea" />}
      </FormField>
      <button type="submit" className="button button--secondary" disabled={loading}>
        {t('item.commentSubmit')}
      </button>
    </form>
  );
}
