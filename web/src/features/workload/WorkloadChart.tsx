// Open conversations per member over time (one line each), from the snapshots taken every few
// minutes; a dashed line marks the workspace's default cap.
import { useMemo } from 'react';
import type { Workload } from '../../api/inbox-settings-types.ts';
import { EChart, type EChartOption } from './EChart.tsx';

export function WorkloadChart({ workload, defaultCap }: { workload: Workload; defaultCap: number | undefined }) {
  const option = useMemo<EChartOption>(() => {
    const names = new Map(workload.members.map((m) => [m.userId, m.name]));
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${v} open` },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 40, right: 24, top: 24, bottom: 72 },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', minInterval: 1, name: 'Open', nameLocation: 'end' },
      dataZoom: [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 28 }],
      series: workload.series.map((s, i) => ({
        name: names.get(s.userId) ?? 'Former member',
        type: 'line',
        step: 'end',
        showSymbol: false,
        data: s.points.map((p) => [p.at, p.open]),
        ...(i === 0 && defaultCap ? { markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed' }, label: { formatter: `Default cap ${defaultCap}`, position: 'insideEndTop' }, data: [{ yAxis: defaultCap }] } } : {}),
      })),
    };
  }, [workload, defaultCap]);
  return <EChart option={option} height={340} label="Open conversations per member over time" />;
}
