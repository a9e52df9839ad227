// The one place the app draws charts. ECharts comes in piece by piece through echarts/core (only
// the charts, components and renderer used here), and pages load this module with React.lazy so
// ECharts stays out of the first download.
import { BarChart, type BarSeriesOption, LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  MarkLineComponent,
  type MarkLineComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, use as install } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useEChartsInstance } from './echarts-instance.js';

install([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  LineSeriesOption | BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | MarkLineComponentOption
>;

export interface ChartProps {
  option: ChartOption;
  /** What the chart shows, for screen readers; the same figures should also be in a table nearby. */
  label: string;
  height?: number;
  testId?: string;
}

const textStyle = { fontFamily: "'Be Vietnam Pro', system-ui, sans-serif", color: '#1a2433' };

export function Chart({ option, label, height = 320, testId }: ChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useEChartsInstance(container);

  useEffect(() => {
    chart.current?.setOption({ textStyle, animationDuration: 400, ...option }, { notMerge: true });
  }, [chart, option]);

  return <div ref={container} className="chart" role="img" aria-label={label} style={{ height }} data-testid={testId} />;
}
