import { Button, Text, View } from '@tarojs/components';
import type { TRecallImportResult } from '@recall/shared';
import { PageIntro } from '../../../../components/PageIntro';
import { ImportStats } from './ImportStats';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { useRecallImport } from '../../../../features/recalls/useRecallImport';
import { formatBytes } from '../../../../utils/format';
import { isWeapp } from '../../../../utils/env';
import './index.css';

/** The fields of one line (ZRecallImportLine in @recall/shared), as staff need to know them. */
const REQUIRED_FIELDS: Array<[string, string]> = [
  ['recallNo', '召回编号'],
  ['title', '标题'],
  ['producerName', '生产者名称'],
  ['productName', '产品名称'],
  ['quantity', '召回数量（整数）'],
  ['categoryCode', '产品类别代码 01–10'],
  ['defect', '缺陷情况'],
  ['consequence', '可能导致的后果'],
  ['remedy', '召回措施'],
  ['startDate', '召回开始日期'],
];
const OPTIONAL_FIELDS: Array<[string, string]> = [
  ['producerUscc', '统一社会信用代码'],
  ['brand', '品牌'],
  ['models', '型号规格（数组）'],
  ['gtins', '商品条码（数组）'],
  ['batches', '批次（数组）'],
  ['productionFrom', '生产起始日期'],
  ['productionTo', '生产截止日期'],
  ['remedyType', 'repair / replace / refund / relabel / other'],
  ['contactPhone', '咨询电话'],
  ['remedyChannels', '召回途径'],
  ['status', 'ongoing / completed / rerecall'],
];

function FieldList({ title, fields }: { title: string; fields: Array<[string, string]> }) {
  return (
    <View className="import-fields">
      <Text className="import-fields__title">{title}</Text>
      {fields.map(([code, label]) => (
        <View key={code} className="import-fields__row">
          <Text className="import-fields__code">{code}</Text>
          <Text className="import-fields__label">{label}</Text>
        </View>
      ))}
    </View>
  );
}

function Summary({ result }: { result: TRecallImportResult }) {
  const tiles = [
    { key: 'imported', label: '新增', value: result.imported },
    { key: 'updated', label: '更新', value: result.updated },
    { key: 'unchanged', label: '未变化', value: result.unchanged },
    { key: 'rejected', label: '未导入', value: result.rejected.length },
  ];
  return (
    <View className="card import-result">
      <Text className="import-result__title">导入结果</Text>
      <ImportStats tiles={tiles} classPrefix="import-stat--" />
      {result.rejected.length ? (
        <View className="import-rejected">
          <Text className="import-rejected__title">以下 {result.rejected.length} 行未导入，请修改后重新上传：</Text>
          {result.rejected.map((r) => (
            <View key={`${r.line}-${r.reason}`} className="import-rejected__item">
              <Text className="import-rejected__line">第 {r.line} 行</Text>
              <Text className="import-rejected__reason">{r.reason}</Text>
            </View>
          ))}
        </View>
      ) : (
        <Text className="import-result__ok">文件中的所有行均已处理，没有被拒绝的行。</Text>
      )}
    </View>
  );
}

export default function RecallImportPage() {
  const im = useRecallImport();

  return (
    <StaffGate
      className="import"
      title="导入召回信息"
      allowed={(s) => s.canOpenBureau}
      deniedText="召回信息导入仅供市场监管部门工作人员使用。"
    >
      {() => (
        <>
          <PageIntro
            title="导入召回信息"
            description="上传 JSON Lines 文件（.jsonl，每行一条召回记录），批量发布或更新召回信息。"
          />

          <View className="card import-pick">
            {im.file ? (
              <View className="import-file">
                <View className="import-file__icon">
                  <Text>J</Text>
                </View>
                <View className="import-file__body">
                  <Text className="import-file__name">{im.file.name}</Text>
                  <Text className="import-file__size">{formatBytes(im.file.size)}</Text>
                </View>
                <Text className="link import-file__change" onClick={im.pick}>
                  重新选择
                </Text>
              </View>
            ) : (
              <Text className="import-pick__hint">
                {isWeapp()
                  ? '从微信聊天记录中选择文件。可以先在电脑上把文件发送到“文件传输助手”。'
                  : '从本机选择文件。'}
              </Text>
            )}
            {im.file ? (
              <Button
                className={`btn btn--primary import-upload ${im.uploading ? 'btn--busy' : ''}`}
                disabled={im.uploading || undefined}
                onClick={im.upload}
              >
                {im.uploading ? '正在导入…' : im.result ? '再次导入此文件' : '开始导入'}
              </Button>
            ) : (
              <Button className="btn btn--primary import-choose" onClick={im.pick}>
                选择 .jsonl 文件
              </Button>
            )}
          </View>

          {im.error ? (
            <View className="notice import-error">
              <Text>{im.error}</Text>
            </View>
          ) : null}

          {im.result ? <Summary result={im.result} /> : null}

          <Text className="section-title">文件要求</Text>
          <View className="card import-help">
            <Text className="import-help__item">· 每行一个 JSON 对象，UTF-8 编码，日期格式为 YYYY-MM-DD。</Text>
            <Text className="import-help__item">
              · 未填写批次和生产日期范围，表示所列型号、条码的全部产品都在召回范围内。
            </Text>
            <Text className="import-help__item">· 同一召回编号再次导入会更新原记录，不会重复发布。</Text>
            <FieldList title="必填字段" fields={REQUIRED_FIELDS} />
            <FieldList title="选填字段" fields={OPTIONAL_FIELDS} />
          </View>
        </>
      )}
    </StaffGate>
  );
}
