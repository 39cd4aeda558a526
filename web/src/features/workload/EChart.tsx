// A small ECharts host: only the chart kinds and parts the app uses are bundled, the chart follows
// the colour scheme and its box's size, and it carries ECharts' own text description (aria) for
// screen readers next to the label given here.
import { useComputedColorScheme } from '@mantine/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, DataZoomComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, DataZoomComponent, AriaComponent, SVGRenderer]);

export type EChartOption = echarts.EChartsCoreOption;

export function EChart({ option, height, label }: { option: EChartOption; height: number; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const scheme = useComputedColorScheme('light');
  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, scheme === 'dark' ? 'dark' : undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [scheme]);
  useEffect(() => {
    chart.current?.setOption({ backgroundColor: 'transparent', aria: { enabled: true }, ...option }, { notMerge: true });
  }, [option, scheme]);
  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
