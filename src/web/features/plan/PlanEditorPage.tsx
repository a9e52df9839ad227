// /ke-hoach/quan-ly/:planId: one plan. A draft is edited here (by hand, from Excel, from the issued
// document's text) and issued; an issued plan shows its versions and is amended here, from a month on.
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { type PlanContent, type PlanDetail, planContent } from '../../../common/plan.js';
import { ApiError } from '../../app/api.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { paths, planPaths } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { useSubmit } from '../../app/use-submit.js';
import { ErrorNotice, ResourceView, SuccessNotice } from '../../components/Feedback.js';
import { fetchUnits } from '../units/api.js';
import { deletePlan, fetchPlanDetail, forgetPlans, planWorkbookUrl, savePlan } from './api.js';
import { ContentEditor, type ProposalNotes } from './ContentEditor.js';
import { DecisionDialog } from './DecisionDialog.js';
import { type TextImport, TextImportDialog, WorkbookImportDialog } from './ImportDialogs.js';
import { StatusBadge } from './StatusBadge.js';
import { VersionHistory } from './VersionHistory.js';
import './plan.css';

export function PlanEditorPage() {
  const { planId } = useParams();
  const id = Number(planId);
  const plan = useResource(useCallback(() => fetchPlanDetail(id), [id]));
  return <ResourceView resource={plan}>{(data) => <PlanWorkspace key={`${data.id}:${data.status}:${data.versions.length}`} initial={data} />}</ResourceView>;
}

type Dialog = 'issue' | 'amend' | 'xlsx' | 'text' | null;

const noNotes: ProposalNotes = new Map();

/** Each proposed indicator's source sentence, by the code the proposal gave it. */
const notesOf = ({ proposal, content }: TextImport): ProposalNotes =>
  new Map(proposal.areas.flatMap((area, a) => area.indicators.map((indicator, i) => [content.areas[a]?.indicators[i]?.code ?? '', { sentence: indicator.sentence, confidence: indicator.confidence }] as const)));

function PlanWorkspace({ initial }: { initial: PlanDetail }) {
  const { t } = useI18n();
  usePageTitle(t('plans.editTitle', { year: initial.year }));
  const navigate = useNavigate();
  const [plan, setPlan] = useState(initial);
  const [content, setContent] = useState<PlanContent>(() => planContent(initial));
  const [amending, setAmending] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string>();
  const [contentErrors, setContentErrors] = useState<Record<string, string>>({});
  // What the text import read, kept beside the indicators it proposed until the draft is saved.
  const [proposal, setProposal] = useState<{ warnings: string[]; notes: ProposalNotes } | null>(null);
  const units = useResource(fetchUnits).data;
  const unitId = units?.find((unit) => unit.code === plan.unit.code)?.id;
  const offices = useMemo(() => (units ?? []).filter((unit) => unit.parentId === unitId && unit.kind !== 'ward' && unit.kind !== 'commune'), [units, unitId]);
  const editable = plan.status === 'draft' ? plan.actions.includes('edit') : amending;

  const shown = (next: PlanDetail, message?: string) => {
    forgetPlans();
    setPlan(next);
    setContent(planContent(next));
    setContentErrors({});
    setProposal(null);
    setAmending(false);
    setDialog(null);
    setNotice(message);
  };

  const save = useSubmit(async () => {
    setNotice(undefined);
    setContentErrors({});
    try {
      shown(await savePlan(plan.id, content), t('plans.saved'));
    } catch (error) {
      if (error instanceof ApiError) setContentErrors(error.fields);
      throw error;
    }
  });
  const remove = useSubmit(async () => {
    if (!window.confirm(t('plans.deleteConfirm', { year: plan.year }))) return;
    await deletePlan(plan.id);
    forgetPlans();
    await navigate(planPaths.manage);
  });
  const errorCount = Object.keys(contentErrors).length;

  return (
    <article className="plan plan-workspace">
      <header className="page-header">
        <p>
          <Link to={planPaths.manage}>{t('plans.pageTitle')}</Link>
        </p>
        <h1>{t('plans.editTitle', { year: plan.year })}</h1>
        <p>
          <StatusBadge plan={{ status: plan.status, version: plan.versions.length }} /> {plan.unit.name}
          {plan.status === 'issued' && (
            <>
              {' · '}
              <Link to={`${paths.plan}?nam=${plan.year}`}>{t('plans.viewPlan')}</Link>
            </>
          )}
        </p>
        <p className="notice notice-info">{t(plan.status === 'draft' ? 'plans.draftNotice' : amending ? 'plans.amendNotice' : 'plans.issuedNotice')}</p>
      </header>

      <div className="plan-toolbar" role="toolbar" aria-label={t('plans.editTitle', { year: plan.year })}>
        {plan.status === 'draft' && plan.actions.includes('edit') && (
          <>
            <button type="button" className="button button-primary" disabled={save.busy} onClick={() => save.run()}>
              {t('plans.save')}
            </button>
            <button type="button" className="button" onClick={() => setDialog('xlsx')}>
              {t('plans.importXlsx')}
            </button>
            <button type="button" className="button" onClick={() => setDialog('text')}>
              {t('plans.importText')}
            </button>
          </>
        )}
        {plan.actions.includes('issue') && (
          <button type="button" className="button" onClick={() => setDialog('issue')}>
            {t('plans.issue')}
          </button>
        )}
        {plan.actions.includes('amend') &&
          (amending ? (
            <>
              <button type="button" className="button button-primary" onClick={() => setDialog('amend')}>
                {t('plans.amendIssue')}
              </button>
              <button type="button" className="button" onClick={() => shown(plan)}>
                {t('plans.amendCancel')}
              </button>
            </>
          ) : (
            <button type="button" className="button" onClick={() => setAmending(true)}>
              {t('plans.amend')}
            </button>
          ))}
        <a className="button" href={planWorkbookUrl(plan.id)} download>
          {t('plans.downloadXlsx')}
        </a>
        {plan.actions.includes('delete') && (
          <button type="button" className="button button-danger" disabled={remove.busy} onClick={() => remove.run()}>
            {t('plans.delete')}
          </button>
        )}
      </div>

      <SuccessNotice message={notice} />
      {errorCount > 0 ? <p className="notice notice-error" role="alert">{t('plans.hasErrors', { count: errorCount })}</p> : <ErrorNotice error={save.error ?? remove.error} />}
      {proposal && proposal.warnings.length > 0 && (
        <section className="notice notice-warning" aria-label={t('plans.proposalWarnings')}>
          <ul>
            {proposal.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </section>
      )}

      {editable ? <ContentEditor content={content} onChange={setContent} errors={contentErrors} offices={offices} notes={proposal?.notes ?? noNotes} /> : null}
      <VersionHistory plan={plan} />

      {dialog === 'issue' && <DecisionDialog plan={plan} onDone={(next) => shown(next)} onContentErrors={setContentErrors} onClose={() => setDialog(null)} />}
      {dialog === 'amend' && <DecisionDialog plan={plan} amendment={content} onDone={(next) => shown(next)} onContentErrors={setContentErrors} onClose={() => setDialog(null)} />}
      {dialog === 'xlsx' && <WorkbookImportDialog plan={plan} onDone={(next) => shown(next, t('plans.imported'))} onClose={() => setDialog(null)} />}
      {dialog === 'text' && (
        <TextImportDialog
          plan={plan}
          onProposal={(result) => {
            setContent(result.content);
            setProposal({ warnings: result.proposal.warnings, notes: notesOf(result) });
            setContentErrors({});
            setDialog(null);
            setNotice(t('plans.proposalLoaded', { areas: result.content.areas.length, indicators: result.content.areas.reduce((count, area) => count + area.indicators.length, 0) }));
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </article>
  );
}
