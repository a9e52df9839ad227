// A plan's content on screen, grouped by area as the document is: areas and their indicators in order
// (moved by the arrows), each indicator a line that opens into its fields, then the objectives and the
// solution groups. Every change goes to the page's state; the page saves it.
import { useState } from 'react';
import type { IndicatorInput, PlanContent } from '../../../common/plan.js';
import type { Unit } from '../../../common/units.js';
import { useI18n } from '../../app/i18n.js';
import { Field } from '../../components/Field.js';
import { blankArea, blankGroup, blankIndicator, errorsUnder, move, nextIndicatorCode, removeAt, replaceAt } from './content-edit.js';
import { IndicatorFields, OfficeOptions } from './IndicatorFields.js';

/** What the text import read for an indicator, shown beside it for the officer to check. */
export type ProposalNotes = ReadonlyMap<string, { sentence: string; confidence: 'high' | 'low' }>;

interface ContentEditorProps {
  content: PlanContent;
  onChange: (content: PlanContent) => void;
  errors: Record<string, string>;
  offices: readonly Unit[];
  notes: ProposalNotes;
}

function MoveButtons({ index, count, onMove, label }: { index: number; count: number; onMove: (by: number) => void; label: string }) {
  const { t } = useI18n();
  return (
    <span className="move-buttons">
      <button type="button" className="button-icon" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`${t('plans.moveUp')}: ${label}`} title={t('plans.moveUp')}>
        ↑
      </button>
      <button type="button" className="button-icon" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`${t('plans.moveDown')}: ${label}`} title={t('plans.moveDown')}>
        ↓
      </button>
    </span>
  );
}

export function ContentEditor({ content, onChange, errors, offices, notes }: ContentEditorProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (code: string) => setOpen((previous) => (previous.has(code) ? new Set([...previous].filter((item) => item !== code)) : new Set([...previous, code])));
  const setAreas = (areas: PlanContent['areas']) => onChange({ ...content, areas });
  return (
    <div className="plan-editor">
      <section className="plan-section">
        <Field label={t('plans.planTitle')} error={errors.title}>
          {(control) => <textarea {...control} rows={2} value={content.title} onChange={(event) => onChange({ ...content, title: event.target.value })} />}
        </Field>
      </section>

      {content.areas.map((area, a) => {
        const setArea = (changes: Partial<typeof area>) => setAreas(replaceAt(content.areas, a, { ...area, ...changes }));
        return (
          <section key={a} className="plan-section plan-area" data-testid={`edit-area-${area.code}`}>
            <div className="plan-area-header">
              <h2>{t('plans.area', { number: a + 1 })}</h2>
              <MoveButtons index={a} count={content.areas.length} onMove={(by) => setAreas(move(content.areas, a, by))} label={area.name} />
              <button type="button" className="button button-small" onClick={() => setAreas(removeAt(content.areas, a))}>
                {t('plans.removeArea')}
              </button>
            </div>
            <div className="toolbar">
              <Field label={t('plans.areaCode')} error={errors[`areas.${a}.code`]}>
                {(control) => <input {...control} value={area.code} onChange={(event) => setArea({ code: event.target.value })} />}
              </Field>
              <Field label={t('plans.areaName')} error={errors[`areas.${a}.name`]}>
                {(control) => <input {...control} value={area.name} onChange={(event) => setArea({ name: event.target.value })} />}
              </Field>
            </div>
            <ol className="plan-indicators">
              {area.indicators.map((indicator, i) => {
                const prefix = `areas.${a}.indicators.${i}`;
                const own = errorsUnder(errors, prefix);
                const expanded = open.has(indicator.code) || Object.keys(own).length > 0;
                const note = notes.get(indicator.code);
                const setIndicators = (indicators: IndicatorInput[]) => setArea({ indicators });
                return (
                  <li key={i} className={Object.keys(own).length > 0 ? 'plan-indicator plan-indicator-invalid' : 'plan-indicator'} data-testid={`edit-indicator-${indicator.code}`}>
                    <div className="plan-indicator-summary">
                      <span className="plan-indicator-code">{indicator.code}</span>
                      <span className="plan-indicator-text">{indicator.text}</span>
                      <strong className="plan-indicator-target">{indicator.target.text}</strong>
                      {note?.confidence === 'low' && <span className="badge badge-demo">{t('plans.lowConfidence')}</span>}
                      <MoveButtons index={i} count={area.indicators.length} onMove={(by) => setIndicators(move(area.indicators, i, by))} label={indicator.code} />
                      <button type="button" className="button button-small" aria-expanded={expanded} onClick={() => toggle(indicator.code)}>
                        {expanded ? t('plans.collapse') : t('plans.expand')} <span className="visually-hidden">{indicator.code}</span>
                      </button>
                      <button type="button" className="button button-small" onClick={() => setIndicators(removeAt(area.indicators, i))}>
                        {t('plans.removeIndicator')} <span className="visually-hidden">{indicator.code}</span>
                      </button>
                    </div>
                    {expanded && (
                      <>
                        {note && (
                          <p className="proposal-sentence">
                            <span className="muted">{t('plans.sentence')}:</span> {note.sentence}
                          </p>
                        )}
                        <IndicatorFields indicator={indicator} errors={own} offices={offices} onChange={(changed) => setIndicators(replaceAt(area.indicators, i, changed))} />
                      </>
                    )}
                  </li>
                );
              })}
            </ol>
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                const code = nextIndicatorCode(content, area);
                setArea({ indicators: [...area.indicators, blankIndicator(code, t('plans.newIndicator'))] });
                setOpen((previous) => new Set([...previous, code]));
              }}
            >
              {t('plans.addIndicator')}
            </button>
          </section>
        );
      })}
      <p>
        <button type="button" className="button" onClick={() => setAreas([...content.areas, blankArea(content, t('plans.newArea'))])}>
          {t('plans.addArea')}
        </button>
      </p>

      <ObjectivesEditor content={content} onChange={onChange} errors={errors} />
      <SolutionsEditor content={content} onChange={onChange} errors={errors} offices={offices} />
    </div>
  );
}

function ObjectivesEditor({ content, onChange, errors }: Pick<ContentEditorProps, 'content' | 'onChange' | 'errors'>) {
  const { t } = useI18n();
  const setObjectives = (objectives: PlanContent['objectives']) => onChange({ ...content, objectives });
  return (
    <section className="plan-section">
      <h2>{t('plans.objectives')}</h2>
      <ol className="plan-list-editor">
        {content.objectives.map((objective, index) => (
          <li key={index}>
            <Field label={`${t('plans.objectives')} ${index + 1}`} error={errors[`objectives.${index}.text`]}>
              {(control) => <textarea {...control} rows={2} value={objective.text} onChange={(event) => setObjectives(replaceAt(content.objectives, index, { text: event.target.value }))} />}
            </Field>
            <MoveButtons index={index} count={content.objectives.length} onMove={(by) => setObjectives(move(content.objectives, index, by))} label={`${index + 1}`} />
            <button type="button" className="button button-small" onClick={() => setObjectives(removeAt(content.objectives, index))}>
              {t('plans.removeObjective')}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button button-small" onClick={() => setObjectives([...content.objectives, { text: '' }])}>
        {t('plans.addObjective')}
      </button>
    </section>
  );
}

function SolutionsEditor({ content, onChange, errors, offices }: Omit<ContentEditorProps, 'notes'>) {
  const { t } = useI18n();
  const setGroups = (solutionGroups: PlanContent['solutionGroups']) => onChange({ ...content, solutionGroups });
  return (
    <section className="plan-section">
      <h2>{t('plans.solutions')}</h2>
      {content.solutionGroups.map((group, g) => {
        const setGroup = (changes: Partial<typeof group>) => setGroups(replaceAt(content.solutionGroups, g, { ...group, ...changes }));
        return (
          <div key={g} className="plan-group">
            <div className="toolbar">
              <Field label={t('plans.groupCode')} error={errors[`solutionGroups.${g}.code`]}>
                {(control) => <input {...control} value={group.code} onChange={(event) => setGroup({ code: event.target.value })} />}
              </Field>
              <Field label={t('plans.groupName')} error={errors[`solutionGroups.${g}.name`]}>
                {(control) => <input {...control} value={group.name} onChange={(event) => setGroup({ name: event.target.value })} />}
              </Field>
              <MoveButtons index={g} count={content.solutionGroups.length} onMove={(by) => setGroups(move(content.solutionGroups, g, by))} label={group.name} />
              <button type="button" className="button button-small" onClick={() => setGroups(removeAt(content.solutionGroups, g))}>
                {t('plans.removeGroup')}
              </button>
            </div>
            <ol className="plan-list-editor">
              {group.items.map((item, s) => (
                <li key={s}>
                  <Field label={`${group.code} ${s + 1}`} error={errors[`solutionGroups.${g}.items.${s}.text`] ?? errors[`solutionGroups.${g}.items.${s}.leadUnitCode`]}>
                    {(control) => <textarea {...control} rows={2} value={item.text} onChange={(event) => setGroup({ items: replaceAt(group.items, s, { ...item, text: event.target.value }) })} />}
                  </Field>
                  <select
                    aria-label={`${t('plans.field.reportingUnit')} ${group.code} ${s + 1}`}
                    value={item.leadUnitCode ?? ''}
                    onChange={(event) => setGroup({ items: replaceAt(group.items, s, { ...item, leadUnitCode: event.target.value || null }) })}
                  >
                    <OfficeOptions offices={offices} />
                  </select>
                  <button type="button" className="button button-small" onClick={() => setGroup({ items: removeAt(group.items, s) })}>
                    {t('plans.removeItem')}
                  </button>
                </li>
              ))}
            </ol>
            <button type="button" className="button button-small" onClick={() => setGroup({ items: [...group.items, { text: '', leadUnitCode: null }] })}>
              {t('plans.addItem')}
            </button>
          </div>
        );
      })}
      <p>
        <button type="button" className="button" onClick={() => setGroups([...content.solutionGroups, blankGroup(content, t('plans.newGroup'))])}>
          {t('plans.addGroup')}
        </button>
      </p>
    </section>
  );
}
