// Filling a draft from outside: an Excel template (read whole, every problem at its cell, nothing saved
// on any) and the issued document's text (a proposal the officer confirms in the editor before saving).
import type { PlanDetail } from '../../../common/plan.js';
import { planContent } from '../../../common/plan.js';
import type { Db } from '../../db/index.js';
import { invalidField } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { loadWorkbook, sheetIssuesError } from '../../lib/spreadsheet.js';
import { findUnitById, listUnits } from '../units/service.js';
import { updatePlanContent, writablePlan } from './lifecycle.js';
import { proposalContent } from './proposal.js';
import { getPlan, planSetting } from './service.js';
import { type PlanProposal, docxToText, proposePlanFromText } from './text-import.js';
import { checkPlanContent } from './validation.js';
import { issuesInCells, planWorkbook, readPlanWorkbook } from './xlsx.js';

/** Replaces a draft's content with a filled-in template's. */
export async function importPlanWorkbook(db: Db, actor: Actor, planId: number, data: Buffer, now: Date): Promise<void> {
  const { plan } = await writablePlan(db, actor, planId, 'draft');
  const { located, issues, structured } = readPlanWorkbook(await loadWorkbook(data), plan.year);
  // The rows that read are checked at once, so one upload lists every problem; not when the sheets
  // themselves are not the template's (the columns would not mean what they say).
  const { context } = await planSetting(db, plan);
  const problems = structured ? issuesInCells(located, checkPlanContent(located.content, context)) : [];
  if (issues.length + problems.length > 0) throw sheetIssuesError([...issues, ...problems]);
  await updatePlanContent(db, actor, planId, located.content, now);
}

/** The template for a unit's plan: blank, or filled with a plan; its units sheet lists the unit's offices. */
export async function templateFor(db: Db, unitId: number, year: number, plan: PlanDetail | null): Promise<Buffer> {
  const offices = (await listUnits(db)).filter((unit) => unit.parent_id === unitId && unit.kind !== 'ward' && unit.kind !== 'commune');
  return planWorkbook(year, plan ? planContent(plan) : null, offices.map((unit) => ({ code: unit.code, name: unit.name })));
}

export interface TextProposal {
  proposal: PlanProposal;
  /** The draft with the proposal in place of its areas, for the editor; nothing is saved yet. */
  content: ReturnType<typeof planContent>;
}

/** Reads the issued document (text, or a DOCX) into a proposal for the draft; saves nothing. */
export async function proposeFromDocument(db: Db, actor: Actor, planId: number, source: { text?: string | undefined; docx?: Buffer | undefined }): Promise<TextProposal> {
  await writablePlan(db, actor, planId, 'draft');
  const text = source.docx
    ? await docxToText(source.docx).catch(() => {
        throw invalidField('file', { vi: 'Không đọc được tệp Word (.docx); có thể dán nội dung văn bản thay cho tệp.', en: 'The Word (.docx) file could not be read; paste the text instead.' });
      })
    : (source.text ?? '');
  if (text.trim() === '') throw invalidField('text', { vi: 'Dán nội dung văn bản kế hoạch, hoặc chọn tệp Word (.docx).', en: 'Paste the plan’s text, or choose a Word (.docx) file.' });
  const proposal = proposePlanFromText(text);
  const plan = await getPlan(db, planId);
  if (proposal.year !== null && proposal.year !== plan.year) proposal.warnings.push(`Văn bản là kế hoạch năm ${proposal.year}, dự thảo là năm ${plan.year}.`);
  const own = await findUnitById(db, actor.unitId);
  const office = own && own.kind === 'department' ? own.code : null;
  return { proposal, content: proposalContent(proposal, planContent(plan), office) };
}
