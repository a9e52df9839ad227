// A plan's life, year after year: created blank or as a copy of last year's (baselines from last
// year's approved figures, each indicator continuing its predecessor, the tasks carried over),
// edited as a draft, issued with its signed decision (which opens the year's reporting periods), and
// amended in versions that apply from a month on. Each step is one transaction, checked and audited.
import { type Baseline, type PlanContent, planContent } from '../../../common/plan.js';
import { type IsoDate, vietnamDate } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import type { PlanRow } from '../../db/schema.js';
import { diff, recordAudit } from '../../lib/audit.js';
import { AppError, invalidField, notFound } from '../../lib/errors.js';
import type { StoredFile } from '../../lib/files.js';
import type { Actor } from '../../lib/policy.js';
import { figureText } from '../reporting/figure-text.js';
import { rollupIndicators, rollupScope } from '../reporting/rollup.js';
import { findUnitById } from '../units/service.js';
import { diffPlans } from './amendment.js';
import { insertVersion, recordIssue } from './issue.js';
import { type PlanResource, planWritePolicy } from './policy.js';
import { checkAndWrite, findPlanRow, getPlan, invalidPlan, planSetting } from './service.js';
import { copyTasks } from './task-copy.js';
import { checkPlanContent } from './validation.js';
import { renameYear, shiftYear } from './year-shift.js';

export interface CreatePlanInput {
  unitId: number;
  year: number;
  /** blank: empty, or the given content (the JSON import); copy: last year's plan, or sourcePlanId's. */
  from: 'blank' | 'copy';
  sourcePlanId?: number | undefined;
  content?: PlanContent | undefined;
}

export interface DecisionInput {
  decisionNumber: string;
  decisionDate: IsoDate;
  signer: string;
}

export interface AmendmentInput extends DecisionInput {
  effectiveMonth: number;
  reason: string;
  /** Said on purpose: the new targets also apply to months already approved. */
  retroactive: boolean;
  content: PlanContent;
}

/** One line of the audit trail for a plan. */
const auditPlan = (trx: Db, actor: Actor, plan: Pick<PlanRow, 'id' | 'unit_id'>, action: string, changes: Record<string, [unknown, unknown]>, now: Date, reason?: string) =>
  recordAudit(trx, { at: now, actorId: actor.id, unitId: plan.unit_id, entity: 'plan', entityId: plan.id, action, changes, reason: reason ?? null });

async function resourceOf(db: Db, plan: PlanRow): Promise<PlanResource> {
  const unit = await findUnitById(db, plan.unit_id);
  if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' });
  return { unitId: unit.id, unitKind: unit.kind, status: plan.status };
}

/** The plan, after checking the actor writes its unit's plans (403) and that it is in the wanted state (409). */
export async function writablePlan(db: Db, actor: Actor, planId: number, status: PlanRow['status']): Promise<{ plan: PlanRow; resource: PlanResource }> {
  const plan = await findPlanRow(db, planId);
  const resource = await resourceOf(db, plan);
  planWritePolicy.authorize(actor, 'write', resource);
  if (plan.status !== status) {
    throw new AppError('CONFLICT', {
      message:
        plan.status === 'issued'
          ? { vi: `Kế hoạch năm ${plan.year} đã ban hành: mọi thay đổi phải qua kế hoạch điều chỉnh.`, en: `The ${plan.year} plan is issued: change it by an amendment.` }
          : { vi: `Kế hoạch năm ${plan.year} còn là dự thảo, chưa ban hành.`, en: `The ${plan.year} plan is still a draft.` },
    });
  }
  return { plan, resource };
}

/** Each indicator's approved result for its year (to December), written as a baseline; none for a draft. */
async function approvedBaselines(db: Db, source: PlanRow, now: Date): Promise<Map<string, Baseline>> {
  const unit = await findUnitById(db, source.unit_id);
  if (source.status !== 'issued' || unit?.kind !== 'city') return new Map();
  const scope = await rollupScope(db, source.unit_id, source.year, 12, now);
  const rollups = await rollupIndicators(db, scope);
  const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
  return new Map(
    rollups
      .filter((rollup) => rollup.approved.value !== null)
      .map((rollup): [string, Baseline] => {
        const { approved } = rollup;
        const counted = rollup.kind === 'unit_count' ? { numerator: approved.unitsMet, denominator: rollup.expectedUnits } : { numerator: approved.numerator, denominator: approved.denominator };
        return [rollup.code, { year: source.year, text: figureText(rollup, approved).text, value: rollup.kind === 'milestone' ? null : round(approved.value), ...counted }];
      }),
  );
}

/** Last year's plan as this year's draft: same areas, indicators, solutions; baselines from last year's approved figures. */
async function copiedContent(db: Db, source: PlanRow, year: number, provincial: ReadonlySet<string>, now: Date): Promise<PlanContent> {
  const content = planContent(await getPlan(db, source.id));
  const baselines = await approvedBaselines(db, source, now);
  const years = year - source.year;
  return {
    ...content,
    title: renameYear(content.title, source.year, year),
    areas: content.areas.map((area) => ({
      ...area,
      indicators: area.indicators.map((indicator) => ({
        ...indicator,
        text: renameYear(indicator.text, source.year, year),
        target:
          indicator.target.dueDate === null
            ? indicator.target
            : { ...indicator.target, text: renameYear(indicator.target.text, source.year, year), dueDate: shiftYear(indicator.target.dueDate, years) },
        baseline: baselines.get(indicator.code) ?? null,
        continuesCode: indicator.code,
        provinceIndicatorCode: indicator.provinceIndicatorCode !== null && provincial.has(indicator.provinceIndicatorCode) ? indicator.provinceIndicatorCode : null,
      })),
    })),
    // Phần I of a new plan reviews the year just ended: its figures are the baselines above.
    priorResults: [],
  };
}

const blankContent = (year: number): PlanContent => ({ title: `Kế hoạch chuyển đổi số năm ${year}`, areas: [], objectives: [], solutionGroups: [], priorResults: [] });

/** Creates a unit's draft plan for a year; 409 when the year has a plan already (issued or draft). */
export async function createPlan(db: Db, actor: Actor, input: CreatePlanInput, now: Date): Promise<number> {
  const unit = await findUnitById(db, input.unitId);
  if (!unit || (unit.kind !== 'city' && unit.kind !== 'province')) throw notFound({ vi: 'thành phố hoặc tỉnh', en: 'City or province' });
  planWritePolicy.authorize(actor, 'write', { unitId: unit.id, unitKind: unit.kind });
  const existing = await db.selectFrom('plans').select(['id', 'status']).where('unit_id', '=', unit.id).where('year', '=', input.year).executeTakeFirst();
  if (existing) {
    throw new AppError('CONFLICT', {
      message:
        existing.status === 'issued'
          ? { vi: `Năm ${input.year} đã có kế hoạch được ban hành; muốn thay đổi thì lập kế hoạch điều chỉnh.`, en: `${input.year} already has an issued plan; amend it instead.` }
          : { vi: `Năm ${input.year} đã có một dự thảo kế hoạch; hãy sửa dự thảo đó.`, en: `${input.year} already has a draft plan; edit that one.` },
    });
  }
  let source: PlanRow | undefined;
  if (input.from === 'copy') {
    let query = db.selectFrom('plans').selectAll().where('unit_id', '=', unit.id).where('year', '<', input.year);
    query = input.sourcePlanId === undefined ? query.orderBy('year', 'desc') : query.where('id', '=', input.sourcePlanId);
    source = await query.executeTakeFirst();
    if (!source) throw invalidField('sourcePlanId', { vi: `Không có kế hoạch của một năm trước ${input.year} để sao chép.`, en: `No plan of a year before ${input.year} to copy.` });
  }
  const setting = await planSetting(db, { unit_id: unit.id, year: input.year, source_plan_id: source?.id ?? null });
  const content = source ? await copiedContent(db, source, input.year, setting.context.provincial, now) : (input.content ?? blankContent(input.year));
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('plans')
      .values({ unit_id: unit.id, year: input.year, title: content.title, status: 'draft', source_plan_id: source?.id ?? null, created_at: now.toISOString(), updated_at: now.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const plan = await findPlanRow(trx, id);
    await checkAndWrite(trx, plan, content, now);
    const tasks = source ? await copyTasks(trx, source, plan, actor.id, now) : 0;
    await auditPlan(trx, actor, plan, 'create', { year: [null, input.year], source: [null, source ? source.year : null], tasks: [null, tasks] }, now);
    return id;
  });
}

/** Replaces a draft's content (the editor, an XLSX or JSON import, the text import once confirmed). */
export async function updatePlanContent(db: Db, actor: Actor, planId: number, content: PlanContent, now: Date): Promise<void> {
  const { plan } = await writablePlan(db, actor, planId, 'draft');
  await db.transaction().execute(async (trx) => {
    await checkAndWrite(trx, plan, content, now);
    await auditPlan(trx, actor, plan, 'update', diff({ title: plan.title }, { title: content.title }), now);
  });
}

/** Removes a draft and the tasks copied into it. */
export async function deletePlan(db: Db, actor: Actor, planId: number, now: Date): Promise<void> {
  const { plan } = await writablePlan(db, actor, planId, 'draft');
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('tasks').where('plan_id', '=', plan.id).execute();
    await trx.deleteFrom('plans').where('id', '=', plan.id).execute();
    await auditPlan(trx, actor, plan, 'delete', { year: [plan.year, null] }, now);
  });
}

function checkDecision(decision: DecisionInput, now: Date): void {
  if (decision.decisionDate > vietnamDate(now)) {
    throw invalidField('decisionDate', { vi: 'Ngày ban hành không thể sau hôm nay.', en: 'The decision date cannot be in the future.' });
  }
}

/** The signed document: exactly one PDF among the uploaded files (already stored; removed again if this fails). */
function signedPdf(files: StoredFile[]): StoredFile {
  const [file, ...others] = files;
  if (!file) throw invalidField('document', { vi: 'Cần đính kèm văn bản đã ký (PDF).', en: 'Attach the signed document (PDF).' });
  if (others.length > 0 || file.mediaType !== 'application/pdf') throw invalidField('document', { vi: 'Văn bản đã ký phải là một tệp PDF.', en: 'The signed document must be one PDF file.' });
  return file;
}

/** Issues a draft (ban hành): its decision and signed PDF, version 1, and the year's reporting periods. */
export async function issuePlan(db: Db, actor: Actor, planId: number, decision: DecisionInput, files: StoredFile[], now: Date): Promise<void> {
  const { plan } = await writablePlan(db, actor, planId, 'draft');
  checkDecision(decision, now);
  const content = planContent(await getPlan(db, planId));
  const { context } = await planSetting(db, plan);
  const issues = checkPlanContent(content, context);
  if (issues.length > 0) throw invalidPlan(issues);
  if (content.areas.every((area) => area.indicators.length === 0)) {
    throw invalidField('areas', { vi: 'Kế hoạch chưa có chỉ tiêu nào, chưa ban hành được.', en: 'The plan has no indicator yet and cannot be issued.' });
  }
  const document = signedPdf(files);
  await db.transaction().execute(async (trx) => {
    const fresh = await findPlanRow(trx, plan.id);
    if (fresh.status !== 'draft') throw new AppError('CONFLICT');
    await recordIssue(trx, fresh, { ...decision, document }, actor.id, now);
    await auditPlan(trx, actor, plan, 'issue', { status: ['draft', 'issued'], decisionNumber: [null, decision.decisionNumber], decisionDate: [null, decision.decisionDate], signer: [null, decision.signer] }, now);
  });
}

const monthList = (months: number[]) => [...new Set(months)].sort((a, b) => a - b).join(', ');

/**
 * Amends an issued plan: a new version with what changed, from which month, and why. Months before it
 * keep their targets; an amendment reaching back into approved months must say so (`retroactive`).
 */
export async function amendPlan(db: Db, actor: Actor, planId: number, input: AmendmentInput, files: StoredFile[], now: Date): Promise<void> {
  const { plan } = await writablePlan(db, actor, planId, 'issued');
  checkDecision(input, now);
  const before = planContent(await getPlan(db, planId));
  const changes = diffPlans(before, input.content);
  const { context } = await planSetting(db, plan);
  const issues = [...changes.issues, ...checkPlanContent(input.content, context)];
  if (issues.length > 0) throw invalidPlan(issues);
  if (changes.changes.length === 0) throw invalidField('content', { vi: 'Kế hoạch điều chỉnh chưa thay đổi nội dung nào.', en: 'The amendment changes nothing.' });
  const last = await db.selectFrom('plan_versions').select('effective_month').where('plan_id', '=', plan.id).orderBy('number', 'desc').executeTakeFirstOrThrow();
  if (input.effectiveMonth < last.effective_month) {
    throw invalidField('effectiveMonth', {
      vi: `Lần điều chỉnh trước áp dụng từ tháng ${last.effective_month}/${plan.year}; lần này phải áp dụng từ tháng đó trở đi.`,
      en: `The previous amendment applies from ${last.effective_month}/${plan.year}; this one cannot start earlier.`,
    });
  }
  if (changes.retargeted.length > 0 && !input.retroactive) {
    const approved = await db
      .selectFrom('rollup_cells')
      .innerJoin('indicators', 'indicators.id', 'rollup_cells.indicator_id')
      .innerJoin('reporting_periods', 'reporting_periods.id', 'rollup_cells.period_id')
      .select(['indicators.code', 'reporting_periods.month'])
      .where('indicators.plan_id', '=', plan.id)
      .where('indicators.code', 'in', changes.retargeted)
      .where('rollup_cells.stage', '=', 'approved')
      .where('rollup_cells.units', '>', 0)
      .where('reporting_periods.month', '>=', input.effectiveMonth)
      .execute();
    if (approved.length > 0) {
      const codes = [...new Set(approved.map((row) => row.code))].join(', ');
      const months = monthList(approved.map((row) => row.month));
      throw invalidField('effectiveMonth', {
        vi: `Chỉ tiêu ${codes} đã có số liệu được duyệt tháng ${months}/${plan.year}: áp dụng từ tháng ${input.effectiveMonth} sẽ đổi mục tiêu của các kỳ đó. Hãy chọn tháng áp dụng sau các kỳ đã duyệt, hoặc ghi rõ là điều chỉnh hồi tố.`,
        en: `${codes} already have approved figures for month(s) ${months}: applying from month ${input.effectiveMonth} would change their target. Choose a later month, or mark the amendment as retroactive.`,
      });
    }
  }
  const document = signedPdf(files);
  await db.transaction().execute(async (trx) => {
    const ids = await checkAndWrite(trx, plan, input.content, now);
    const indicatorIds = [...changes.retargeted, ...changes.added].flatMap((code) => ids.get(code) ?? []);
    await insertVersion(
      trx,
      plan.id,
      { ...input, kind: 'amendment', document, changes: changes.changes, indicatorIds },
      actor.id,
      now,
    );
    const changed = Object.fromEntries(changes.changes.map((change) => [`${change.code || 'plan'}.${change.field}`, [change.before, change.after] as [unknown, unknown]]));
    await auditPlan(trx, actor, plan, 'amend', changed, now, input.reason);
  });
}
