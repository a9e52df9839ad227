// One indicator of a unit's report: the inputs its kind needs, last month's figure beside them,
// the live percentage, and the checks as the officer types.
import { type ReactNode, useId } from 'react';
import type { Figure, ReportForm } from '../../../common/reporting.js';
import { formatDate, formatNumber } from '../../app/format.js';
import { type MessageParams, useI18n } from '../../app/i18n.js';
import type { MessageKey } from '../../app/messages.js';
import type { ControlProps } from '../../components/Field.js';
import { type CheckedDraft, type DraftField, type FigureDraft, changeFromPrevious } from './figure-draft.js';
import { formatFraction, formatMeasure, formatPercent } from './format.js';

export type FormIndicator = ReportForm['areas'][number]['indicators'][number];

/** The server's messages for one indicator: per field, and for the indicator as a whole. */
export type ServerFieldErrors = Partial<Record<DraftField | 'row', string>>;

interface FigureFieldsProps {
  indicator: FormIndicator;
  draft: FigureDraft;
  check: CheckedDraft;
  serverErrors: ServerFieldErrors;
  editable: boolean;
  changeWarningPercent: number;
  onChange: (patch: Partial<FigureDraft>) => void;
}

export function FigureFields({ indicator, draft, check, serverErrors, editable, changeWarningPercent, onChange }: FigureFieldsProps) {
  const { t, language } = useI18n();
  const { code, target } = indicator;
  const shownPercent = editable ? check.percent : (indicator.figure?.percent ?? null);
  const change = changeFromPrevious(indicator.previous?.percent, shownPercent, changeWarningPercent);
  const hasComment = (editable ? draft.comment : (indicator.figure?.comment ?? '')).trim() !== '';
  const error = (field: DraftField) => {
    const key = check.errors[field];
    return key ? t(key) : serverErrors[field];
  };
  const changeText =
    change && change.change !== Number.POSITIVE_INFINITY
      ? formatPercent(change.change, language, 1)
      : t('figure.fromZero');

  return (
    <fieldset className="figure" id={`figure-${code}`} data-testid={`figure-${code}`}>
      <legend>
        <span className="figure-code">{code}</span> {indicator.text}
      </legend>
      <p className="figure-meta">
        <span>
          {t('figure.target')}: <strong>{target.text}</strong>
          {target.dueDate && ` (${t('indicator.due', { date: formatDate(target.dueDate, language) })})`}
        </span>
        <span>
          {t('figure.previous')}: <PreviousFigure indicator={indicator} figure={indicator.previous} />
        </span>
      </p>

      {editable ? (
        <EditableFigure indicator={indicator} draft={draft} check={check} error={error} onChange={onChange} />
      ) : (
        <ReadOnlyFigure indicator={indicator} />
      )}

      {change?.needsComment &&
        (editable && !hasComment ? (
          <p className="figure-warning" data-testid={`warning-${code}`}>
            {t('figure.changeNeedsComment', { change: changeText, limit: formatNumber(changeWarningPercent, language) })}
          </p>
        ) : (
          <p className="figure-info">{t('figure.changeExplained', { change: changeText })}</p>
        ))}

      {editable && (
        <FigureLine label={t('figure.comment')} error={error('comment')} wide>
          {(control) => (
            <textarea {...control} rows={1} maxLength={2000} value={draft.comment} onChange={(event) => onChange({ comment: event.target.value })} />
          )}
        </FigureLine>
      )}
      {serverErrors.row && (
        <p className="field-error figure-row-error" role="alert">
          {serverErrors.row}
        </p>
      )}
    </fieldset>
  );
}

interface EditableFigureProps {
  indicator: FormIndicator;
  draft: FigureDraft;
  check: CheckedDraft;
  error: (field: DraftField) => string | undefined;
  onChange: (patch: Partial<FigureDraft>) => void;
}

function EditableFigure({ indicator, draft, check, error, onChange }: EditableFigureProps) {
  const { t, language } = useI18n();
  const id = useId();
  switch (indicator.kind) {
    case 'ratio':
      return (
        <>
          <FigureLine label={t('figure.numerator')} hint={indicator.numeratorLabel ?? undefined} error={error('numerator')}>
            {(control) => (
              <input {...control} inputMode="numeric" autoComplete="off" value={draft.numerator} onChange={(event) => onChange({ numerator: event.target.value })} />
            )}
          </FigureLine>
          <FigureLine label={t('figure.denominator')} hint={indicator.denominatorLabel ?? undefined} error={error('denominator')}>
            {(control) => (
              <input {...control} inputMode="numeric" autoComplete="off" value={draft.denominator} onChange={(event) => onChange({ denominator: event.target.value })} />
            )}
          </FigureLine>
          <div className="figure-line">
            <span className="figure-line-label" id={`${id}-ratio`}>
              {t('figure.ratio')}
            </span>
            <output className="figure-percent" aria-labelledby={`${id}-ratio`} data-testid={`percent-${indicator.code}`}>
              {check.percent === null ? '—' : formatPercent(check.percent, language)}
            </output>
          </div>
        </>
      );
    case 'value':
      return (
        <FigureLine label={t('figure.value', { unit: indicator.measureUnit })} hint={indicator.measureUnit === '%' ? t('figure.valueHint') : undefined} error={error('value')}>
          {(control) => (
            <input {...control} inputMode="decimal" autoComplete="off" value={draft.value} onChange={(event) => onChange({ value: event.target.value })} />
          )}
        </FigureLine>
      );
    case 'unit_count':
      return (
        <div className="figure-line">
          <span className="figure-line-label" id={`${id}-met`}>
            {t('figure.met')}
          </span>
          <div className="choice figure-line-wide" role="radiogroup" aria-labelledby={`${id}-met`}>
            {([true, false] as const).map((met) => (
              <label key={String(met)}>
                <input type="radio" name={`${id}-met`} checked={draft.met === met} onChange={() => onChange({ met })} />
                {t(met ? 'figure.metYes' : 'figure.metNo')}
              </label>
            ))}
          </div>
        </div>
      );
    case 'milestone':
      return (
        <FigureLine label={t('figure.doneDate')} hint={t('figure.doneDateHint')} error={error('doneDate')}>
          {(control) => <input {...control} type="date" value={draft.doneDate} onChange={(event) => onChange({ doneDate: event.target.value })} />}
        </FigureLine>
      );
  }
}

interface FigureLineProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** The control takes the hint's column too (comments). */
  wide?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** Label, input, then what to count and any error beside it: one line per figure part. */
function FigureLine({ label, hint, error, wide = false, children }: FigureLineProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  const classes = ['figure-line', wide && 'figure-line-wide', error && 'figure-line-invalid'].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label htmlFor={id} className="figure-line-label">
        {label}
      </label>
      <div className="figure-line-control">{children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}</div>
      {(hint || error) && (
        <div className="figure-line-notes">
          {error && (
            <p id={errorId} className="field-error">
              {error}
            </p>
          )}
          {hint && (
            <p id={hintId} className="field-hint">
              {hint}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

/** How a figure reads once it can no longer be edited. */
function ReadOnlyFigure({ indicator }: { indicator: FormIndicator }) {
  const { t, language } = useI18n();
  const figure = indicator.figure;
  const items: [MessageKey, string, MessageParams?][] = [];
  if (figure) {
    if (indicator.kind === 'ratio' && figure.numerator !== null && figure.denominator !== null) {
      items.push(['figure.numerator', formatNumber(figure.numerator, language)]);
      items.push(['figure.denominator', formatNumber(figure.denominator, language)]);
      items.push(['figure.ratio', figure.percent === null ? '—' : formatPercent(figure.percent, language)]);
    } else if (indicator.kind === 'value' && figure.value !== null) {
      items.push(['figure.value', formatMeasure(figure.value, indicator.measureUnit, language), { unit: indicator.measureUnit }]);
    } else if (indicator.kind === 'unit_count' && figure.met !== null) {
      items.push(['figure.met', t(figure.met ? 'figure.metYes' : 'figure.metNo')]);
    } else if (indicator.kind === 'milestone') {
      items.push(['figure.doneDate', figure.doneDate ? formatDate(figure.doneDate, language) : t('figure.notDone')]);
    }
    if (figure.comment) items.push(['figure.comment', figure.comment]);
  }
  if (items.length === 0) return <p className="muted">{t('figure.none')}</p>;
  return (
    <dl className="figure-readonly">
      {items.map(([label, value, params]) => (
        <div key={label}>
          <dt>{t(label, params)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function PreviousFigure({ indicator, figure }: { indicator: FormIndicator; figure: Figure | null }) {
  const { t, language } = useI18n();
  if (!figure) return <>{t('figure.noPrevious')}</>;
  switch (indicator.kind) {
    case 'ratio':
      return figure.numerator !== null && figure.denominator !== null ? (
        <>
          {formatFraction(figure.numerator, figure.denominator, language)}
          {figure.percent !== null && <> · {formatPercent(figure.percent, language)}</>}
        </>
      ) : (
        <>{t('figure.noPrevious')}</>
      );
    case 'value':
      return <>{figure.value === null ? t('figure.noPrevious') : formatMeasure(figure.value, indicator.measureUnit, language)}</>;
    case 'unit_count':
      return <>{figure.met === null ? t('figure.noPrevious') : t(figure.met ? 'figure.metYes' : 'figure.metNo')}</>;
    case 'milestone':
      return <>{figure.doneDate ? t('figure.doneOn', { date: formatDate(figure.doneDate, language) }) : t('figure.notDone')}</>;
  }
}
