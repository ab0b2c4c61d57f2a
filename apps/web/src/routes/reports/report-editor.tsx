import { useMutation } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormField } from '../../components/form-field';
import { LoadError, fieldId } from '../../components/messages';
import { type FormErrors, formErrorsOf, problemsOf } from '../../errors/api-errors';
import { graphql } from '../../gql';
import type { EditReportInput, ReportLanguage, ReportPageQuery } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import { AgencyGoals } from './agency-goals';
import { ReportDocument, type ReportOutline, type Sections } from './report-parts';

const EDIT_REPORT = graphql(`
  mutation EditReportDraft($input: EditReportInput!) {
    editReport(input: $input) {
      id
      number
      status
      updatedAt
      registrationNumber
      sections {
        ...ReportSectionsFields
      }
      missingParts {
        field
        description
      }
    }
  }
`);

const SUBMIT_REPORT = graphql(`
  mutation SubmitReport($id: ID!) {
    submitReport(id: $id) {
      id
      number
      status
    }
  }
`);

type Report = ReportPageQuery['report'];

/** What the person has written, field by field, as the form holds it. */
interface Draft {
  registrationNumber: string;
  language: ReportLanguage;
  summary: string;
  workDone: Record<string, string>;
  results: string;
  perspectives: Record<string, { notApplicable: boolean; text: string }>;
  challenges: string;
  nextYearFocus: string;
}

function draftOf(report: Report): Draft {
  const { sections } = report.latest;
  return {
    registrationNumber: report.latest.registrationNumber ?? '',
    language: report.language,
    summary: sections.summary,
    workDone: Object.fromEntries(sections.workDone.map((work) => [work.developmentAreaId, work.text])),
    results: sections.results,
    perspectives: Object.fromEntries(sections.perspectives.map((account) => [account.perspectiveId, { notApplicable: account.notApplicable, text: account.text }])),
    challenges: sections.challenges,
    nextYearFocus: sections.nextYearFocus,
  };
}

function sectionsOf(draft: Draft, outline: ReportOutline): Sections {
  return {
    summary: draft.summary,
    workDone: outline.developmentAreas.map((area) => ({ developmentAreaId: area.id, text: draft.workDone[area.id] ?? '' })),
    results: draft.results,
    perspectives: outline.perspectives.map((perspective) => ({ perspectiveId: perspective.id, ...(draft.perspectives[perspective.id] ?? { notApplicable: false, text: '' }) })),
    challenges: draft.challenges,
    nextYearFocus: draft.nextYearFocus,
  };
}

/** The whole draft, based on the state of the report this editor last loaded or saved. */
function editInput(reportId: string, basedOn: string, draft: Draft, outline: ReportOutline): EditReportInput {
  return { reportId, basedOn, registrationNumber: draft.registrationNumber.trim() || null, language: draft.language, ...sectionsOf(draft, outline) };
}

/** A part the API says is missing ("perspectives.CHILDREN" …) and the field in this form where it is written. */
function fieldOfPart(part: string, outline: ReportOutline): string {
  if (part === 'workDone') return `workDone.${outline.developmentAreas[0]?.id ?? ''}`;
  if (part.startsWith('perspectives.')) {
    const code = part.slice('perspectives.'.length);
    return `perspectives.${outline.perspectives.find((perspective) => perspective.code === code)?.id ?? ''}`;
  }
  return part;
}

/** The form field of a path the API refuses: list entries are sent in the outline's order, one per area and perspective. */
function fieldOfPath(path: string, outline: ReportOutline): string {
  const [, list, index] = /^input\.(workDone|perspectives)\.(\d+)/.exec(path) ?? [];
  if (list === 'workDone') return `workDone.${outline.developmentAreas[Number(index)]?.id ?? ''}`;
  if (list === 'perspectives') return `perspectives.${outline.perspectives[Number(index)]?.id ?? ''}`;
  return path.replace(/^input\./, '');
}

type SaveState = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'failed';

/** Saving as the person writes: about a second after the last keystroke, one save at a time, each based on the one before. */
const SAVE_DELAY_MS = 1000;

/**
 * The draft's form: each section, the registration number, the checklist of
 * what the API still finds missing (returned by every save), a preview, and
 * submission. A save based on a state someone else has since replaced is
 * refused by the API; the text then stays in the fields, nothing is lost.
 */
export function ReportEditor({ report, outline }: { report: Report; outline: ReportOutline }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => draftOf(report));
  const [missing, setMissing] = useState(report.latest.missingParts);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [editReport] = useMutation(EDIT_REPORT);
  const [submitReport, { loading: submitting }] = useMutation(SUBMIT_REPORT);

  const basedOn = useRef(report.latest.updatedAt);
  const latestDraft = useRef(draft);
  latestDraft.current = draft;
  const dirty = useRef(false);
  const conflicted = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);

  const save = useCallback(async (): Promise<boolean> => {
    while (inFlight.current) await inFlight.current;
    if (conflicted.current) return false;
    if (!dirty.current) return true;
    dirty.current = false;
    setSaveState('saving');
    let ok = false;
    inFlight.current = (async () => {
      try {
        const { data } = await editReport({ variables: { input: editInput(report.id, basedOn.current, latestDraft.current, outline) } });
        if (!data) return;
        basedOn.current = data.editReport.updatedAt;
        setMissing(data.editReport.missingParts);
        setSavedAt(data.editReport.updatedAt);
        setSaveError(null);
        setSaveState(dirty.current ? 'unsaved' : 'saved');
        ok = true;
      } catch (error) {
        dirty.current = true;
        setSaveError(error);
        if (problemsOf(error).some((problem) => problem.reason === 'EDIT_CONFLICT')) {
          conflicted.current = true;
          setSaveState('conflict');
        } else {
          setSaveState('failed');
        }
      } finally {
        inFlight.current = null;
      }
    })();
    await inFlight.current;
    return ok && !dirty.current;
  }, [editReport, report.id, outline]);

  useEffect(() => {
    if (!dirty.current || conflicted.current) return;
    const timer = setTimeout(() => void save(), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, save]);

  const change = (update: (current: Draft) => Draft) => {
    dirty.current = true;
    if (!conflicted.current) setSaveState('unsaved');
    setDraft(update);
  };

  const submit = async (close: () => void) => {
    setSubmitError(null);
    if (!(await save())) return close();
    try {
      const { data } = await submitReport({ variables: { id: report.id } });
      close();
      if (data) await navigate(`/rapporter/${report.id}/versioner/${data.submitReport.number}`, { state: { submitted: true } });
    } catch (error) {
      close();
      setSubmitError(error);
    }
  };

  const fieldNames = [
    'registrationNumber',
    'summary',
    'results',
    'challenges',
    'nextYearFocus',
    ...outline.developmentAreas.map((area) => `workDone.${area.id}`),
    ...outline.perspectives.map((perspective) => `perspectives.${perspective.id}`),
  ];
  const errors = saveState === 'failed' ? formErrorsOf(saveError, t, fieldNames, (path) => fieldOfPath(path, outline)) : { fields: {}, general: [] };

  const sectionField = (name: 'summary' | 'results' | 'challenges' | 'nextYearFocus', hint?: string) => (
    <FormField name={name} label={t(`reports.section.${name}`)} hint={hint} error={errors.fields[name]}>
      {(control) => (
        <textarea {...control} className="textarea" rows={6} value={draft[name]} onChange={(event) => change((current) => ({ ...current, [name]: event.target.value }))} />
      )}
    </FormField>
  );

  return (
    <div className="report-editor">
      <div className="report-editor__form">
        <SaveStatus state={saveState} savedAt={savedAt} errors={errors} />
        <FormField
          name="registrationNumber"
          label={t('reports.editor.registrationNumber')}
          hint={t('reports.editor.registrationNumberHint')}
          error={errors.fields.registrationNumber}
        >
          {(control) => (
            <input
              {...control}
              className="input input--short"
              value={draft.registrationNumber}
              onChange={(event) => change((current) => ({ ...current, registrationNumber: event.target.value }))}
            />
          )}
        </FormField>
        <FormField name="language" label={t('reports.editor.language')} hint={t('reports.editor.languageHint')}>
          {(control) => (
            <select {...control} className="select" value={draft.language} onChange={(event) => change((current) => ({ ...current, language: event.target.value as ReportLanguage }))}>
              <option value="SV">{t('languages.SV')}</option>
              <option value="EN">{t('languages.EN')}</option>
            </select>
          )}
        </FormField>

        {report.kind === 'AGENCY_FOLLOW_UP' && report.agency && <AgencyGoals planId={report.planId} agencyId={report.agency.id} year={report.year} />}

        {sectionField('summary')}
        <fieldset className="fieldset">
          <legend>{t('reports.section.workDone')}</legend>
          <p className="hint">{t('reports.editor.workDoneHint')}</p>
          {outline.developmentAreas.map((area) => (
            <FormField
              key={area.id}
              name={`workDone.${area.id}`}
              label={t('reports.section.area', { number: area.number, title: area.title })}
              error={errors.fields[`workDone.${area.id}`]}
            >
              {(control) => (
                <textarea
                  {...control}
                  className="textarea"
                  rows={4}
                  value={draft.workDone[area.id] ?? ''}
                  onChange={(event) => change((current) => ({ ...current, workDone: { ...current.workDone, [area.id]: event.target.value } }))}
                />
              )}
            </FormField>
          ))}
        </fieldset>
        {sectionField('results')}
        <fieldset className="fieldset">
          <legend>{t('reports.section.perspectives')}</legend>
          <p className="hint">{t('reports.editor.perspectivesHint')}</p>
          {outline.perspectives.map((perspective) => {
            const account = draft.perspectives[perspective.id] ?? { notApplicable: false, text: '' };
            const set = (next: Partial<typeof account>) => change((current) => ({ ...current, perspectives: { ...current.perspectives, [perspective.id]: { ...account, ...next } } }));
            return (
              <div key={perspective.id} className="perspective-account">
                <FormField
                  name={`perspectives.${perspective.id}`}
                  error={errors.fields[`perspectives.${perspective.id}`]}
                  label={account.notApplicable ? t('reports.editor.perspectiveWhyNot', { title: perspective.title }) : t('reports.editor.perspectiveHow', { title: perspective.title })}
                >
                  {(control) => <textarea {...control} className="textarea" rows={3} value={account.text} onChange={(event) => set({ text: event.target.value })} />}
                </FormField>
                <div className="checkbox">
                  <input id={`ej-tillampligt-${perspective.id}`} type="checkbox" checked={account.notApplicable} onChange={(event) => set({ notApplicable: event.target.checked })} />
                  <label htmlFor={`ej-tillampligt-${perspective.id}`}>{t('reports.editor.notApplicable', { title: perspective.title })}</label>
                </div>
              </div>
            );
          })}
        </fieldset>
        {sectionField('challenges')}
        {sectionField('nextYearFocus')}

        <details className="preview">
          <summary>{t('reports.editor.preview')}</summary>
          <ReportDocument sections={sectionsOf(draft, outline)} outline={outline} level={3} />
        </details>
      </div>

      <aside className="report-editor__side" aria-labelledby="saknas-rubrik">
        <h2 id="saknas-rubrik">{t('reports.editor.missingTitle')}</h2>
        {missing.length === 0 ? (
          <p>{t('reports.editor.nothingMissing')}</p>
        ) : (
          <ul className="checklist">
            {missing.map((part) => (
              <li key={part.field}>
                <a href={`#${fieldId(fieldOfPart(part.field, outline))}`}>{missingText(t, part.field, outline)}</a>
              </li>
            ))}
          </ul>
        )}
        {submitError !== null && <LoadError error={submitError} />}
        {missing.length === 0 && saveState !== 'conflict' && (
          <DialogTrigger>
            <Button className="button">{t('reports.editor.submit')}</Button>
            <Modal className="modal" isDismissable>
              <Dialog className="dialog">
                {({ close }) => (
                  <>
                    <Heading slot="title">{t('reports.editor.confirmTitle')}</Heading>
                    <p>{t('reports.editor.confirmBody')}</p>
                    <div className="button-group">
                      <Button className="button" isDisabled={submitting} onPress={() => void submit(close)}>
                        {t('reports.editor.confirmSubmit')}
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
        )}
      </aside>
    </div>
  );
}

/** The checklist's line for a part the API reports missing, in the person's language. */
function missingText(t: TFunction, field: string, outline: ReportOutline): string {
  if (field.startsWith('perspectives.')) {
    const code = field.slice('perspectives.'.length);
    return t('reports.missing.perspective', { title: outline.perspectives.find((perspective) => perspective.code === code)?.title ?? code });
  }
  return t(`reports.missing.${field}`, { defaultValue: field });
}

/** Where the draft stands, announced politely; a refused save says why, and that the text is still here. */
function SaveStatus({ state, savedAt, errors }: { state: SaveState; savedAt: string | null; errors: FormErrors }) {
  const { t } = useTranslation();
  if (state === 'conflict') {
    return (
      <div className="notice notice--error" role="alert">
        <p className="notice__title">{t('reports.editor.conflictTitle')}</p>
        <p>{t('reports.editor.conflictBody')}</p>
      </div>
    );
  }
  return (
    <>
      <p className="save-status" role="status">
        {state === 'saving' && t('reports.editor.saving')}
        {state === 'unsaved' && t('reports.editor.unsaved')}
        {state === 'saved' && (savedAt ? t('reports.editor.savedAt', { time: formatDateTime(savedAt) }) : t('reports.editor.autosave'))}
      </p>
      {/* Announced, not focused: the person goes on writing where they are. */}
      {state === 'failed' && (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">{t('reports.editor.saveFailed')}</p>
          <ul>
            {errors.general.map((text) => (
              <li key={text}>{text}</li>
            ))}
            {Object.entries(errors.fields).map(([field, text]) => (
              <li key={field}>
                <a href={`#${fieldId(field)}`}>{text}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
