// Field reports of the period by category as bars (received, resolved, resolved on time). Loaded
// with the chart library only when scrolled to; the same figures are in the table beside it.
import { useMemo } from 'react';
import type { FieldReportSummary } from '../../../common/public.js';
import { useI18n } from '../../app/i18n.js';
import { Chart, type ChartOption } from '../../components/Chart.js';

export function FieldReportChart({ summary, height }: { summary: FieldReportSummary; height: number }) {
  const { t } = useI18n();
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: summary.byCategory.map((row) => row.category.name), axisLabel: { width: 140, overflow: 'truncate' } },
      series: [
        { type: 'bar', name: t('public.received'), data: summary.byCategory.map((row) => row.received), color: '#0b5cad' },
        { type: 'bar', name: t('public.closed'), data: summary.byCategory.map((row) => row.closed), color: '#566173' },
        { type: 'bar', name: t('public.closedOnTime'), data: summary.byCategory.map((row) => row.closedOnTime), color: '#1b6b3a' },
      ],
    }),
    [summary, t],
  );
  return <Chart option={option} label={t('public.chartLabel')} height={height} testId="public-chart" />;
}
