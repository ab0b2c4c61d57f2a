import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormField } from '../../components/form-field';
import { Loading, LoadError } from '../../components/messages';
import { type FormErrors, formErrorsOf } from '../../errors/api-errors';
import type { ActionItemStatus, ItemQuery } from '../../gql/graphql';
import { ItemForm, emptyItem, itemInput } from '../item-form/item-form';
import { EDIT_CHOICES, MOVE_TARGETS, UPDATE_ITEM } from './item-queries';

type Item = ItemQuery['actionItem'];

/** What the coordinator of the owning group can do; the API checks it is them. */
export function CoordinatorActions({ item, onSaved }: { item: Item; onSaved: () => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'none' | 'edit' | 'move'>('none');
  const [updateItem] = useMutation(UPDATE_ITEM, { refetchQueries: ['Item', 'ActionPlan', 'SubItems'], awaitRefetchQueries: true });
  const [error, setError] = useState<unknown>(null);
  const closed = item.status === 'DONE' || item.status === 'CANCELLED';

  const setStatus = async (status: ActionItemStatus) => {
    try {
      setError(null);
      await updateItem({ variables: { input: { id: item.id, status } } });
      onSaved();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <section aria-labelledby="coordinator-heading" className="panel">
      <h2 id="coordinator-heading">{t('item.coordinator.heading')}</h2>
      {error !== null && <LoadError error={error} />}
      <div className="button-group">
        <button type="button" className="button button--secondary" aria-expanded={mode === 'edit'} onClick={() => setMode(mode === 'edit' ? 'none' : 'edit')}>
          {t('item.coordinator.edit')}
        </button>
        {item.depth < 3 && !closed && (
          <Link className="button button--secondary" to={`/plan/${item.planId}/atgarder/ny?overordnad=${item.id}`}>
            {t('item.addSubItem')}
          </Link>
        )}
        <button type="button" className="button button--secondary" aria-expanded={mode === 'move'} onClick={() => setMode(mode === 'move' ? 'none' : 'move')}>
          {t('item.coordinator.move')}
        </button>
        {closed ? (
          <button type="button" className="button button--secondary" onClick={() => void setStatus('IN_PROGRESS')}>
            {t('item.coordinator.reopen')}
          </button>
        ) : (
          <>
            <ConfirmButton label={t('item.coordinator.close')} question={t('item.coordinator.confirmClose')} onConfirm={() => setStatus('DONE')} />
            <ConfirmButton label={t('item.coordinator.cancel')} question={t('item.coordinator.confirmCancel')} onConfirm={() => setStatus('CANCELLED')} warning />
          </>
        )}
      </div>
      {mode === 'edit' && (
        <EditItem
          item={item}
          onSaved={() => {
            setMode('none');
            onSaved();
          }}
        />
      )}
      {mode === 'move' && (
        <MoveItem
          item={item}
          onSaved={() => {
            setMode('none');
            onSaved();
          }}
        />
      )}
    </section>
  );
}

/** Closing and cancelling ask first, in a modal dialog (focus kept inside, Escape closes). */
function ConfirmButton({ label, question, onConfirm, warning = false }: { label: string; question: string; onConfirm: () => Promise<void>; warning?: boolean }) {
  const { t } = useTranslation();
  return (
    <DialogTrigger>
      <Button className={warning ? 'button button--warning' : 'button button--secondary'}>{label}</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog">
          {({ close }) => (
            <>
              <Heading slot="title">{question}</Heading>
              <p>{t('item.coordinator.confirmBody')}</p>
              <div className="button-group">
                <Button className="button" onPress={() => void onConfirm().then(close)}>
                  {t('item.coordinator.confirm')}
                </Button>
                <Button className="button button--secondary" onPress={close}>
                  {t('common.cancel')}
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

function EditItem({ item, onSaved }: { item: Item; onSaved: () => void }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(EDIT_CHOICES, { variables: { planId: item.planId }, fetchPolicy: 'cache-first' });
  const [updateItem] = useMutation(UPDATE_ITEM, { refetchQueries: ['Item', 'ActionPlan', 'SubItems'], awaitRefetchQueries: true });
  if (error) return <LoadError error={error} />;
  if (!data) return <Loading />;
  const initial = emptyItem({
    title: item.title,
    description: item.description,
    groupId: item.groupId,
    developmentAreaId: item.developmentArea.id,
    subTopicId: item.subTopic?.id ?? '',
    leadAgencyId: item.leadAgency.id,
    participatingAgencyIds: item.participatingAgencies.map((agency) => agency.id),
    ownerId: item.owner.id,
    startDate: item.startDate ?? '',
    dueDate: item.dueDate ?? '',
    perspectiveIds: item.perspectives.map((perspective) => perspective.id),
    weight: item.weight === null || item.weight === undefined ? '' : String(item.weight),
  });
  return (
    <section aria-labelledby="edit-heading">
      <h3 id="edit-heading">{t('itemForm.editTitle')}</h3>
      <ItemForm
        plan={data.plan}
        initial={initial}
        groupChoices={[]}
        isSubItem={item.depth > 1}
        submitLabel={t('itemForm.save')}
        onSubmit={async (values) => {
          await updateItem({ variables: { input: { id: item.id, ...itemInput(values) } } });
          onSaved();
        }}
      />
    </section>
  );
}

function MoveItem({ item, onSaved }: { item: Item; onSaved: () => void }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(MOVE_TARGETS, { variables: { planId: item.planId, groupId: item.groupId }, fetchPolicy: 'network-only' });
  const [updateItem, { loading }] = useMutation(UPDATE_ITEM, { refetchQueries: ['Item', 'ActionPlan', 'SubItems'], awaitRefetchQueries: true });
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  if (error) return <LoadError error={error} />;
  if (!data) return <Loading />;
  const targets = data.actionItems.nodes.filter((candidate) => candidate.id !== item.id);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parentId = String(new FormData(event.currentTarget).get('parentId') ?? '');
    try {
      await updateItem({ variables: { input: { id: item.id, parentId: parentId === '' ? null : parentId } } });
      onSaved();
    } catch (caught) {
      setErrors(formErrorsOf(caught, t, ['parentId']));
    }
  };

  return (
    <form onSubmit={submit} noValidate className="narrow" aria-labelledby="move-heading">
      <h3 id="move-heading">{t('item.coordinator.move')}</h3>
      {errors.general.map((text) => (
        <p key={text} className="notice notice--error" role="alert">
          {text}
        </p>
      ))}
      <FormField name="parentId" label={t('item.coordinator.moveTo')} hint={t('item.coordinator.moveHint')} error={errors.fields.parentId}>
        {(control) => (
          <select {...control} name="parentId" defaultValue={item.parent?.id ?? ''}>
            <option value="">{t('item.coordinator.topLevel')}</option>
            {targets.map((target) => (
              <option key={target.id} value={target.id}>
                {'– '.repeat(target.depth - 1)}
                {target.title}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit" className="button" disabled={loading}>
        {t('item.coordinator.moveSubmit')}
      </button>
    </form>
  );
}
