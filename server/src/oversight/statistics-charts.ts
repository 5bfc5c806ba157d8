import * as echarts from 'echarts';
import type { TStatisticsResponse } from '@recall/shared';

export interface Chart {
  key: 'byCategory' | 'byCity' | 'byDefectClass';
  title: string;
  svg: string;
}

const WIDTH = 640;
const HEIGHT = 360;
const FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif";

/** One chart rendered on the server as SVG (ECharts SSR), so no chart code reaches the mini-program. */
function render(option: echarts.EChartsCoreOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

const bar = (title: string, names: string[], units: number[]) =>
  render({
    title: { text: title, left: 'center', textStyle: { fontSize: 16 } },
    grid: { left: 72, right: 24, top: 56, bottom: 72 },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 5 ? 30 : 0 } },
    yAxis: { type: 'value', name: '件' },
    series: [{ type: 'bar', data: units, label: { show: true, position: 'top' }, itemStyle: { color: '#1F5FBF' } }],
  });

/** The bulletin's charts: units by category and by city, recalls by defect class. */
export function statisticsCharts(s: TStatisticsResponse): Chart[] {
  const place = s.place;
  const r = s.recalls;
  return [
    {
      key: 'byCategory',
      title: `${s.period.label}${place}召回产品数量（按产品类别）`,
      svg: bar(
        '召回产品数量（按产品类别）',
        r.byCategory.map((x) => x.name),
        r.byCategory.map((x) => x.units),
      ),
    },
    {
      key: 'byCity',
      title: `${s.period.label}${place}召回产品数量（按地区）`,
      svg: bar(
        '召回产品数量（按地区）',
        r.byCity.map((x) => x.name),
        r.byCity.map((x) => x.units),
      ),
    },
    {
      key: 'byDefectClass',
      title: `${s.period.label}${place}召回次数（按缺陷类别）`,
      svg: render({
        title: { text: '召回次数（按缺陷类别）', left: 'center', textStyle: { fontSize: 16 } },
        series: [
          {
            type: 'pie',
            radius: ['30%', '60%'],
            top: 40,
            label: { formatter: '{b}\n{c} 次（{d}%）' },
            data: r.byDefectClass.map((x) => ({ name: x.name, value: x.count })),
          },
        ],
      }),
    },
  ];
}
