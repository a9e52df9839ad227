// One ECharts instance on a container for the component's lifetime: created on mount, resized
// with its box, disposed on unmount. Chart.tsx and the ward map share it.
import { type EChartsType, init } from 'echarts/core';
import { type RefObject, useEffect, useRef } from 'react';

/** The instance, or null before mount; `onInit` binds event handlers once. */
export function useEChartsInstance(container: RefObject<HTMLDivElement | null>, onInit?: (chart: EChartsType) => void): RefObject<EChartsType | null> {
  const chart = useRef<EChartsType | null>(null);
  const initialise = useRef(onInit);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    initialise.current?.(instance);
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [container]);
  return chart;
}
