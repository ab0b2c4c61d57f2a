import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { coordinates, membershipIn, useSession } from '../../app/session';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { HealthTag, StatusTag } from '../../components/status';
import { isNotFound } from '../../errors/api-errors';
import { formatDate, formatDateTime, formatPercent } from '../../i18n/format';
import { languageOf } from '../../i18n/language';
import { ItemTree } from '../action-plan/item-tree';
import { useSubItems } from '../action-plan/use-action-plan';
import { NotFoundPage } from '../status-pages/not-found-page';
import { CheckInForm } from './check-in-form';
import { CommentForm } from './comment-form';
import { CoordinatorActions } from './coordinator-actions';
import { ItemHistory } from './item-history';
import { ITEM_QUERY } from './item-queries';

type Flash = 'created' | 'checkIn' | 'comment' | 'saved';

/** `/atgarder/:itemId`: everything about an item, its check-ins and comments, and what the person may do with it. */
export function Component() {
  const { t, i18n } = useTranslation();
  const { itemId = '' } = useParams();
  const location = useLocation();
  const { me } = useSession();
  const { data, error } = useQuery(ITEM_QUERY, { variables: { id: itemId } });
  const [flash, setFlash] = useState<Flash | null>((location.state as { flash?: Flash } | null)?.flash ?? null);
  const [showHistory, setShowHistory] = useState(false);

  if (error && isNotFound(error)) return <NotFoundPage />;
  if (error) return <LoadError error={error} />;
  if (!data) return <Loading />;

  const item = data.actionItem;
  const english = languageOf(i18n.language) === 'EN';
  const agencyName = (agency: { nameSv: string; nameEn: string }) => (english ? agency.nameEn : agency.nameSv);
  const member = membershipIn(me, item.groupId) !== undefined;
  const coordinator = coordinates(me, item.groupId);
  const mayComment = member || me.effectiveRoles.some((role) => role === 'STEERING_GROUP_MEMBER' || role === 'OBSERVER');
  const closed = item.status === 'DONE' || item.status === 'CANCELLED';
  const rolledUp = item.subItems.length > 0;
  const flashText: Record<Flash, string> = {
    created: t('itemForm.created'),
    checkIn: t('item.checkInForm.posted'),
    comment: t('item.commented'),
    saved: t('item.coordinator.saved'),
  };

  return (
    <>
      <p>
        <Link to={item.parent ? `/atgarder/${item.parent.id}` : `/plan/${item.planId}/handlingsplan`}>
          {item.parent ? item.parent.title : t('item.backToPlan')}
        </Link>
      </p>
      <PageHeading title={item.title}>{item.title}</PageHeading>
      <p className="tag-list">
        <StatusTag status={item.status} />
        <HealthTag health={item.health} />
        {item.overdue && <span className="tag tag--flag">{t('plan.overdue')}</span>}
        {item.stale && <span className="tag tag--flag">{t('plan.stale')}</span>}
      </p>
      {flash && (
        <p className="notice notice--success" role="status">
          {flashText[flash]}
        </p>
      )}
      {item.description && <p className="description">{item.description}</p>}

      <h2>{t('item.details')}</h2>
      <dl className="summary-list">
        <dt>{t('item.fields.group')}</dt>
        <dd>
          {t('plan.groupNumber', { number: item.group.number })}: {item.group.name}
        </dd>
        <dt>{t('item.fields.area')}</dt>
        <dd>
          {item.developmentArea.number}. {item.developmentArea.title}
        </dd>
        <dt>{t('subTopic.label')}</dt>
        <dd>{item.subTopic?.title ?? t('common.none')}</dd>
        <dt>{t('item.fields.leadAgency')}</dt>
        <dd>{agencyName(item.leadAgency)}</dd>
        <dt>{t('item.fields.participating')}</dt>
        <dd>{item.participatingAgencies.map(agencyName).join(', ') || t('common.none')}</dd>
        <dt>{t('item.fields.owner')}</dt>
        <dd>{item.owner.displayName}</dd>
        <dt>{t('item.fields.startDate')}</dt>
        <dd>{formatDate(item.startDate) || t('common.notSet')}</dd>
        <dt>{t('item.fields.dueDate')}</dt>
        <dd>{formatDate(item.dueDate) || t('common.notSet')}</dd>
        <dt>{t('item.fields.health')}</dt>
        <dd>{t('item.healthSince', { health: t(`health.${item.health}`), date: formatDate(item.healthSince) })}</dd>
        <dt>{t('item.fields.progress')}</dt>
        <dd>{rolledUp ? t('item.progressRolledUp', { progress: formatPercent(item.progress) }) : formatPercent(item.progress)}</dd>
        {item.weight !== null && item.weight !== undefined && (
          <>
            <dt>{t('item.fields.weight')}</dt>
            <dd>{item.weight}</dd>
          </>
        )}
        <dt>{t('item.fields.perspectives')}</dt>
        <dd>
          {item.perspectives.length > 0 ? (
            <ul className="plain-list">
              {item.perspectives.map((perspective) => (
                <li key={perspective.id}>{perspective.title}</li>
              ))}
            </ul>
          ) : (
            t('common.none')
          )}
        </dd>
        <dt>{t('item.fields.lastCheckIn')}</dt>
        <dd>{formatDateTime(item.lastCheckInAt) || t('common.none')}</dd>
        {item.links.length > 0 && (
          <>
            <dt>{t('item.fields.links')}</dt>
            <dd>
              <ul className="plain-list">
                {item.links.map((link) => (
                  <li key={link.url}>
                    <a href={link.url} rel="noreferrer">
                      {link.title}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>

      {coordinator && <CoordinatorActions item={item} onSaved={() => setFlash('saved')} />}

      <h2>{t('item.subItems')}</h2>
      {item.subItems.length > 0 ? (
        <ItemTree items={item.subItems} useSubItems={useSubItems} caption={t('item.subItems')} showParent={false} />
      ) : (
        <p>{t('item.noSubItems')}</p>
      )}

      <h2>{t('item.checkIns')}</h2>
      {member && !closed && <CheckInForm itemId={item.id} rolledUp={rolledUp} onPosted={() => setFlash('checkIn')} />}
      {member && closed && <p className="notice">{t('item.checkInForm.closed')}</p>}
      {!member && <p className="notice">{t('item.checkInForm.notMember', { number: item.group.number })}</p>}
      {item.checkIns.nodes.length === 0 ? (
        <p>{t('item.noCheckIns')}</p>
      ) : (
        <ol className="entry-list" aria-label={t('item.checkIns')}>
          {item.checkIns.nodes.map((checkIn) => (
            <li key={checkIn.id} className="entry">
              <p className="entry__meta">{t('item.checkInBy', { name: checkIn.author.displayName, when: formatDateTime(checkIn.postedAt) })}</p>
              <p className="entry__text">{checkIn.narrative}</p>
              {(checkIn.progress !== null && checkIn.progress !== undefined) || checkIn.health || checkIn.status ? (
                <p className="tag-list">
                  <span>{t('item.changed')}:</span>
                  {checkIn.status && <StatusTag status={checkIn.status} />}
                  {checkIn.health && <HealthTag health={checkIn.health} />}
                  {checkIn.progress !== null && checkIn.progress !== undefined && (
                    <span>
                      {t('item.fields.progress')} {formatPercent(checkIn.progress)}
                    </span>
                  )}
                </p>
              ) : null}
              {checkIn.evidenceLinks.length > 0 && (
                <p>
                  {t('item.evidence')}:{' '}
                  {checkIn.evidenceLinks.map((link) => (
                    <a key={link.url} href={link.url} rel="noreferrer">
                      {link.title}
                    </a>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}

      <h2>{t('item.comments')}</h2>
      {item.comments.nodes.length === 0 ? (
        <p>{t('item.noComments')}</p>
      ) : (
        <ol className="entry-list" aria-label={t('item.comments')}>
          {item.comments.nodes.map((comment) => (
            <li key={comment.id} className="entry">
              <p className="entry__meta">{t('item.checkInBy', { name: comment.author.displayName, when: formatDateTime(comment.createdAt) })}</p>
              <p className="entry__text">{comment.text}</p>
            </li>
          ))}
        </ol>
      )}
      {mayComment && <CommentForm itemId={item.id} onPosted={() => setFlash('comment')} />}

      <h2>{t('item.history')}</h2>
      {showHistory ? (
        <ItemHistory itemId={item.id} />
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setShowHistory(true)}>
          {t('item.showHistory')}
        </button>
      )}
    </>
  );
}
