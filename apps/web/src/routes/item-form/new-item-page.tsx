import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { isNotFound } from '../../errors/api-errors';
import { NoAccessPage } from '../status-pages/no-access-page';
import { NotFoundPage } from '../status-pages/not-found-page';
import { CREATE_ITEM, NEW_ITEM_QUERY } from './item-form-queries';
import { ItemForm, emptyItem, itemInput } from './item-form';

/** `/plan/:planId/atgarder/ny[?overordnad=<item>]`: a new item, or a sub-item of the one named. */
export function Component() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { planId = '' } = useParams();
  const [params] = useSearchParams();
  const parentId = params.get('overordnad') ?? '';
  const { me } = useSession();
  const { data, error } = useQuery(NEW_ITEM_QUERY, { variables: { planId, parentId, hasParent: parentId !== '' }, fetchPolicy: 'cache-first' });
  const [createItem] = useMutation(CREATE_ITEM, { refetchQueries: ['ActionPlan', 'SubItems', 'Item'] });

  if (error && isNotFound(error)) return <NotFoundPage />;
  if (error) return <LoadError error={error} />;
  if (!data) return <Loading />;

  const parent = data.actionItem;
  const coordinated = data.plan.groups.filter(
    (group) => group.kind === 'WORKING' && me.memberships.some((membership) => membership.groupId === group.id && membership.role === 'COORDINATOR'),
  );
  if (!parent && coordinated.length === 0) return <NoAccessPage whoMay={['WORKING_GROUP_COORDINATOR']} />;
  const heading = parent ? t('itemForm.newSubTitle') : t('itemForm.newTitle');
  const initial = parent
    ? emptyItem({ groupId: parent.groupId, developmentAreaId: parent.developmentAreaId, leadAgencyId: parent.leadAgencyId })
    : emptyItem({ groupId: coordinated.length === 1 ? coordinated[0]!.id : '' });

  return (
    <>
      <p>
        <Link to={parent ? `/atgarder/${parent.id}` : `/plan/${planId}/handlingsplan`}>{parent ? parent.title : t('item.backToPlan')}</Link>
      </p>
      <PageHeading title={heading}>{heading}</PageHeading>
      {parent && <p className="lead">{t('itemForm.under', { title: parent.title })}</p>}
      <ItemForm
        plan={data.plan}
        initial={initial}
        groupChoices={parent ? [] : coordinated}
        isSubItem={Boolean(parent)}
        submitLabel={t('itemForm.create')}
        onSubmit={async (values) => {
          const result = await createItem({
            variables: { input: { ...itemInput(values), groupId: values.groupId, parentId: parent?.id ?? null } },
          });
          if (result.data) navigate(`/atgarder/${result.data.createActionItem.id}`, { state: { flash: 'created' } });
        }}
      />
    </>
  );
}
