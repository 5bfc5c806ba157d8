import { Block, Cell, SP, columns, grid, str } from './parts';
import type { DocRenderInput } from './types';
import { FormValues, yesNo } from './values';

/**
 * 附件9 消费品召回总结 and 附件10 消费品召回阶段性总结: one table as in the templates, the
 * 是/否 questions and '其他：' texts in their cells, the note in its last row.
 */
type Row = Cell[];
const full = (label: string, text: string): Row => [{ text: label }, { text, span: 3 }];
const pair = (v: FormValues, a: string, b: string): Row => [
  { text: v.field(a).label },
  { text: v.text(a) },
  { text: v.field(b).label },
  { text: v.text(b) },
];
const num = (x: unknown): number | undefined => (typeof x === 'number' ? x : undefined);
const answered = (n: number | undefined) => (n === undefined ? undefined : n > 0);
const blank = (s: string) => s || SP;

function basicRows(v: FormValues, stage: boolean): Row[] {
  const keys = ['recallNo', 'announcedOn', 'productModel', 'productionPeriod', 'defect', 'recallPeriod'];
  const rows: Row[] = keys.map((k, i) => [
    ...(i === 0 ? [{ text: '召回基本信息', rowSpan: keys.length }] : []),
    { text: v.field(k).label },
    { text: v.text(k), span: 2 },
  ]);
  if (stage) rows.push(full('本报告起止时间', `${v.text('periodFrom')}至${v.text('periodTo')}`));
  return [
    ...rows,
    pair(v, 'submitter', 'submitterContact'),
    pair(v, 'involvedQty', 'recalledQty'),
    pair(v, 'expectedRate', 'actualRate'),
    pair(v, 'unitValue', 'unitCost'),
    pair(v, 'budget', 'spent'),
  ];
}

function channelRows(v: FormValues, stage: boolean): Row[] {
  const t = (k: string) => v.text(k);
  // Summaries filed before the detail fields were split kept them in one text.
  const website = t('publicityWebsite') || str(v.raw('publicityDetail'));
  return [
    full(
      stage ? '本阶段完成率评估' : '完成率评估',
      `${yesNo(v.raw('targetMet') as boolean | undefined)}达到${stage ? '' : '召回'}完成率目标`,
    ),
    full('产品销售渠道', v.boxes('salesChannels', { other: `：${t('salesOther')}` })),
    full('产品设计寿命', t('designLife')),
    full(
      '召回信息发布渠道',
      v.boxes('publicityChannels', {
        website: `详细网站：${website}`,
        media: `详细媒体：${t('publicityMedia')}`,
        selfMedia: `详细自媒体平台：${t('publicitySelfMedia')}`,
        other: `：${t('publicityOther')}`,
      }),
    ),
    full(stage ? '通知消费者方式' : '通知消费者的方式', v.boxes('notifyMethods', { other: `：${t('notifyOther')}` })),
  ];
}

function preparationRow(v: FormValues, stage: boolean): Row {
  const budget = num(v.raw('budget'));
  const hotlines = num(v.raw('hotlines'));
  const platform = v.text('onlinePlatform');
  const lines = [
    `${yesNo(v.raw('teamBuilt') as boolean | undefined)}建立了召回工作团队。`,
    `${yesNo(v.raw('teamTrained') as boolean | undefined)}对召回工作团队进行业务培训。`,
    `${yesNo(answered(budget))}预算了召回活动经费，如有，预算经费 ${blank(budget ? String(budget) : '')} 元。`,
    `${yesNo(answered(hotlines))}建立了召回活动咨询热线电话，如有，共有 ${blank(hotlines ? String(hotlines) : '')} 部。`,
    `${yesNo(!!platform)}建立了召回活动咨询网络平台，${stage ? '如有，请列出：' : '网络平台名称：'}${platform}`,
  ];
  return full('召回活动准备情况', lines.join('\n'));
}

function effectRows(v: FormValues, stage: boolean): Row[] {
  const injuries = num(v.raw('newInjuryComplaints'));
  const defects = v.text('newDefects');
  // Each reason ends with '。' as in the template; three ask for a text.
  const stops = Object.fromEntries(Object.keys(v.field('shortfallReasons').options!).map((k) => [k, '。']));
  const shortfall = v.boxes(
    'shortfallReasons',
    {
      ...stops,
      waiting: `。具体等待时间：${v.text('shortfallWait')}`,
      conditions: `。附加条件：${v.text('shortfallConditions')}`,
      other: `：${v.text('shortfallOther') || str(v.raw('shortfallDetail'))}`,
    },
    '\n',
  );
  return [
    full('缺陷产品召回措施', v.boxes('measures', { other: `：${v.text('measuresOther')}` })),
    full(
      '召回措施是否有效',
      [
        `${yesNo(answered(injuries))}出现新的伤害的投诉，${stage ? '如有，' : ''}投诉 ${blank(injuries ? String(injuries) : '')} 起。`,
        `${yesNo(!!defects)}出现新增缺陷${stage ? '。如有，请描述：' : '，新的缺陷：'}${defects}`,
      ].join('\n'),
    ),
    full('未达到预期完成率的原因', shortfall),
    full(v.field('effectiveness').label, v.text('effectiveness')),
    stage ? full(v.field('nextSteps').label, v.text('nextSteps')) : full(v.field('other').label, v.text('other')),
    [{ text: '注：完成率=完成召回消费品数量/涉及消费品数量', span: 4 }],
  ];
}

export function summaryFields(input: DocRenderInput): Block[] {
  const stage = input.type === 'stage_summary';
  const v = new FormValues(input.type, input.data, input.images);
  const rows = [...basicRows(v, stage), ...channelRows(v, stage), preparationRow(v, stage), ...effectRows(v, stage)];
  return [grid(rows, columns(1, 1, 1, 1))]; // labels of eight characters on one line
}
