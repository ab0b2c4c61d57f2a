import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormField } from '../../components/form-field';
import { ErrorSummary, Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { type FormErrors, formErrorsOf, isNotFound } from '../../errors/api-errors';
import { graphql } from '../../gql';
import type { ReviewPageQuery } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import { type DocumentPart, ReportStatusTag, documentParts, reportName } from '../reports/report-parts';
import { diffWords } from '../reports/text-diff';
import { NotFoundPage } from '../status-pages/not-found-page';

const REVIEW = graphql(`
  query ReviewPage($reportId: ID!) {
    report(id: $reportId) {
      ...ReportNaming
      plan {
        ...ReportOutline
      }
      versions {
        id
        number
        status
        submittedAt
        submittedBy {
          id
          displayName
        }
        registrationNumber
        sections {
          ...ReportSectionsFields
        }
      }
    }
  }
`);

const ACKNOWLEDGE = graphql(`
  mutation AcknowledgeReport($input: AcknowledgeReportInput!) {
    acknowledgeReport(input: $input) {
      id
      status
      reviewedAt
    }
  }
`);

const RETURN = graphql(`
  mutation ReturnReport($input: ReturnReportInput!) {
    returnReport(input: $input) {
      id
      status
      reviewComment
      reviewedAt
    }
  }
`);

type Version = ReviewPageQuery['report']['versions'][number];

/**
 * `/granskning/:reportId`: the latest submitted version beside the one
 * submitted before it, section by section with the changes marked, and the
 * steering group's decision. The API tells the authors.
 */
export function Component() {
  const { reportId } = useParams();
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(REVIEW, { variables: { reportId: reportId ?? '' }, skip: !reportId, fetchPolicy: 'cache-and-network' });
  const [decided, setDecided] = useState<'ACKNOWLEDGED' | 'RETURNED' | null>(null);
  if (!reportId || isNotFound(error)) return <NotFoundPage />;
  if (error) return <LoadError error={error} />;
  if (!data) return <Loading />;
  const { report } = data;
  const submitted = report.versions.filter((version) => version.submittedAt);
  const current = submitted.filter((version) => version.status === 'SUBMITTED').at(-1);
  const title = t('review.page.title', { name: reportName(t, report, i18n.language) });
  return (
    <>
      <p className="breadcrumb">
        <Link to="/granskning">{t('review.page.back')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {decided && (
        <div className="notice notice--success" role="status">
          <p>{t(`review.page.decided.${decided}`)}</p>
        </div>
      )}
      {!current ? (
        !decided && <p>{t('review.page.nothingToReview')}</p>
      ) : (
        <ReviewOf
          report={report}
          current={current}
          previous={submitted.filter((version) => version.number < current.number).at(-1)}
          onDecided={setDecided}
        />
      )}
      <p>
        <Link to={`/rapporter/${report.id}`}>{t('review.page.reportPage')}</Link>
      </p>
    </>
  );
}

function ReviewOf({
  report,
  current,
  previous,
  onDecided,
}: {
  report: ReviewPageQuery['report'];
  current: Version;
  previous: Version | undefined;
  onDecided: (outcome: 'ACKNOWLEDGED' | 'RETURNED') => void;
}) {
  const { t } = useTranslation();
  const currentParts = documentParts(t, current.sections, report.plan);
  const previousParts = previous ? documentParts(t, previous.sections, report.plan) : null;
  return (
    <>
      <dl className="summary-list">
        <dt>{t('review.page.version')}</dt>
        <dd>
          {current.number} <ReportStatusTag status={current.status} />
        </dd>
        <dt>{t('review.page.submitted')}</dt>
        <dd>{t('review.inbox.submittedByAt', { name: current.submittedBy?.displayName ?? '', time: formatDateTime(current.submittedAt) })}</dd>
        <dt>{t('reports.version.registrationNumber')}</dt>
        <dd>{current.registrationNumber ?? t('reports.version.noRegistrationNumber')}</dd>
      </dl>
      <p>
        <Link to={`/rapporter/${report.id}/versioner/${current.number}`}>{t('review.page.versionPage', { number: current.number })}</Link>
      </p>
      <Decision versionId={current.id} onDecided={onDecided} />
      <section aria-labelledby="jamforelse-rubrik" className="section">
        <h2 id="jamforelse-rubrik">
          {previous ? t('review.page.compared', { previous: previous.number, current: current.number }) : t('review.page.firstVersion', { number: current.number })}
        </h2>
        {previous && <p className="hint">{t('review.page.legend')}</p>}
        {currentParts.map((part, index) => (
          <ComparedPart key={part.key} part={part} before={previousParts?.[index]} previous={previous?.number} current={current.number} />
        ))}
      </section>
    </>
  );
}

/** One section: its text in both versions side by side, deletions marked on the left and insertions on the right. */
function ComparedPart({ part, before, previous, current }: { part: DocumentPart; before: DocumentPart | undefined; previous?: number; current: number }) {
  if (part.children) {
    return (
      <section className="compare-part">
        <h3>{part.heading}</h3>
        {part.children
          .map((child, index) => ({ child, earlier: before?.children?.[index] }))
          .filter(({ child, earlier }) => child.text!.trim() || earlier?.text?.trim())
          .map(({ child, earlier }) => (
            <ComparedText key={child.key} heading={child.heading} level={4} before={earlier?.text} after={child.text!} previous={previous} current={current} />
          ))}
      </section>
    );
  }
  return <ComparedText heading={part.heading} level={3} before={before?.text} after={part.text!} previous={previous} current={current} />;
}

function ComparedText({ heading, level, before, after, previous, current }: { heading: string; level: 3 | 4; before?: string; after: string; previous?: number; current: number }) {
  const { t } = useTranslation();
  const Heading = `h${level}` as const;
  const Label = `h${level + 1}` as 'h4' | 'h5';
  if (before === undefined || previous === undefined) {
    return (
      <section className="compare-part">
        <Heading>{heading}</Heading>
        <p className="preserve-lines">{after}</p>
      </section>
    );
  }
  const runs = diffWords(before, after);
  const changed = runs.some((run) => run.kind !== 'same');
  return (
    <section className="compare-part">
      <Heading>
        {heading} <span className={changed ? 'tag tag--changed' : 'tag'}>{t(changed ? 'review.page.changed' : 'review.page.unchanged')}</span>
      </Heading>
      <div className="compare">
        <div className="compare__column">
          <Label>{t('review.page.versionNumbered', { number: previous })}</Label>
          <p className="preserve-lines">
            {runs
              .filter((run) => run.kind !== 'inserted')
              .map((run, index) =>
                run.kind === 'deleted' ? (
                  <del key={index}>
                    <span className="visually-hidden">{t('review.page.deletedStart')}</span>
                    {run.text}
                    <span className="visually-hidden">{t('review.page.deletedEnd')}</span>
                  </del>
                ) : (
                  <span key={index}>{run.text}</span>
                ),
              )}
          </p>
        </div>
        <div className="compare__column">
          <Label>{t('review.page.versionNumbered', { number: current })}</Label>
          <p className="preserve-lines">
            {runs
              .filter((run) => run.kind !== 'deleted')
              .map((run, index) =>
                run.kind === 'inserted' ? (
                  <ins key={index}>
                    <span className="visually-hidden">{t('review.page.insertedStart')}</span>
                    {run.text}
                    <span className="visually-hidden">{t('review.page.insertedEnd')}</span>
                  </ins>
                ) : (
                  <span key={index}>{run.text}</span>
                ),
              )}
          </p>
        </div>
      </div>
    </section>
  );
}

/** Bekräfta, or Returnera with the comment the authors are to act on (the API requires it too). */
function Decision({ versionId, onDecided }: { versionId: string; onDecided: (outcome: 'ACKNOWLEDGED' | 'RETURNED') => void }) {
  const { t } = useTranslation();
  const refetchQueries = ['ReviewPage', 'Frame'];
  const [acknowledge, { loading: acknowledging }] = useMutation(ACKNOWLEDGE, { refetchQueries, awaitRefetchQueries: true });
  const [returnReport, { loading: returning }] = useMutation(RETURN, { refetchQueries, awaitRefetchQueries: true });
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });

  const onAcknowledge = async () => {
    try {
      await acknowledge({ variables: { input: { versionId } } });
      onDecided('ACKNOWLEDGED');
    } catch (error) {
      setErrors(formErrorsOf(error, t, []));
    }
  };
  const onReturn = async (event: FormEvent) => {
    event.preventDefault();
    if (!comment.trim()) {
      setErrors({ fields: { comment: t('review.page.commentRequired') }, general: [] });
      return;
    }
    try {
      await returnReport({ variables: { input: { versionId, comment } } });
      onDecided('RETURNED');
    } catch (error) {
      setErrors(formErrorsOf(error, t, ['comment']));
    }
  };
  return (
    <section aria-labelledby="beslut-rubrik" className="panel">
      <h2 id="beslut-rubrik">{t('review.page.decision')}</h2>
      <ErrorSummary fields={errors.fields} general={errors.general} labels={{ comment: t('review.page.comment') }} />
      <p>{t('review.page.decisionHint')}</p>
      <button type="button" className="button" onClick={() => void onAcknowledge()} disabled={acknowledging || returning}>
        {t('review.page.acknowledge')}
      </button>
      <form onSubmit={(event) => void onReturn(event)} noValidate className="return-form">
        <FormField name="comment" label={t('review.page.comment')} hint={t('review.page.commentHint')} error={errors.fields.comment}>
          {(control) => <textarea {...control} className="textarea" rows={4} required value={comment} onChange={(event) => setComment(event.target.value)} />}
        </FormField>
        <button type="submit" className="button button--warning" disabled={acknowledging || returning}>
          {t('review.page.return')}
        </button>
      </form>
    </section>
  );
}
