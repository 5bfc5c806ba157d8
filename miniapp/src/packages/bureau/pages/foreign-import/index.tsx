import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import {
  FOREIGN_RECALL_FORMATS,
  FOREIGN_RECALL_OUTCOMES,
  type ForeignRecallFormat,
  type TForeignRecallImportRecord,
  type TForeignRecallImportResponse,
} from '@recall/shared/staff';
import { PageIntro } from '../../../../components/PageIntro';
import { ImportStats } from '../import/ImportStats';
import { BUREAU_CLUE, url } from '../../../../constants/routes';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { FOREIGN_FILE_TYPES, useForeignImport } from '../../../../features/clues/useForeignImport';
import { formatBytes } from '../../../../utils/format';
import { isWeapp } from '../../../../utils/env';
import '../import/index.css';
import './index.css';

/** The publishers by the names staff know them (the full names are in FOREIGN_RECALL_FORMATS). */
const SHORT: Record<ForeignRecallFormat, string> = {
  cpsc: '美国 CPSC',
  safetyGate: '欧盟 Safety Gate',
  healthCanada: '加拿大卫生部',
};

/** Where each publisher's file is downloaded, in the words staff use. */
const WHERE: Record<ForeignRecallFormat, string> = {
  cpsc: '在美国 CPSC 召回数据接口（saferproducts.gov）下载的 JSON 文件',
  safetyGate: '欧盟 Safety Gate 网站下载的每周通报（XML）或其 JSON 文件',
  healthCanada: '加拿大卫生部召回接口（healthycanadians.gc.ca）下载的 JSON 文件',
};

function RecordRow({ r }: { r: TForeignRecallImportRecord }) {
  const open = () => r.clueId && void Taro.navigateTo({ url: url(BUREAU_CLUE, { id: r.clueId }) });
  return (
    <View className={`fi-record fi-record--${r.outcome}`} data-reference={r.reference}>
      <View className="fi-record__head">
        <Text className="fi-record__outcome">{FOREIGN_RECALL_OUTCOMES[r.outcome]}</Text>
        <Text className="fi-record__ref">{r.reference}</Text>
      </View>
      <Text className="fi-record__title">{r.title}</Text>
      {r.why ? <Text className="fi-record__why">命中依据：{r.why}</Text> : null}
      {r.clueId ? (
        <Text className="link fi-record__clue" onClick={open}>
          {r.outcome === 'created' ? '查看新线索' : '查看已有线索'} {r.receiptNo ?? `编号 ${r.clueId}`}
        </Text>
      ) : null}
    </View>
  );
}

function Result({ result }: { result: TForeignRecallImportResponse }) {
  const tiles = [
    { key: 'created', label: '生成线索', value: result.cluesCreated },
    { key: 'already', label: '此前已导入', value: result.alreadyImported },
    { key: 'none', label: '未命中', value: result.notMatched },
    { key: 'rejected', label: '无法读取', value: result.rejected.length },
  ];
  return (
    <View className="card import-result fi-result">
      <Text className="import-result__title">导入结果：共读取 {result.read} 条记录</Text>
      <ImportStats tiles={tiles} classPrefix="fi-stat--" />
      {result.records.map((r, i) => (
        <RecordRow key={`${r.reference}-${i}`} r={r} />
      ))}
      {result.rejected.map((r) => (
        <View key={`${r.line}-${r.reason}`} className="import-rejected__item fi-rejected">
          <Text className="import-rejected__line">第 {r.line} 行</Text>
          <Text className="import-rejected__reason">{r.reason}</Text>
        </View>
      ))}
    </View>
  );
}

function ForeignImport() {
  const im = useForeignImport();
  const chip = (on: boolean) => `choice-chip ${on ? 'choice-chip--on' : ''}`;
  return (
    <>
      <PageIntro
        title="导入国外召回"
        description="上传美国、欧盟、加拿大发布的召回记录，与本省的召回和生产者比对（商品条码、生产者、品牌和型号），命中的生成“国外召回”线索，按规则分派到生产者所在地的市场监管局。同一条记录重复导入不会重复生成线索。"
      />
      <Text className="section-title">文件来源</Text>
      <View className="card">
        <View className="fi-formats">
          {(Object.keys(FOREIGN_RECALL_FORMATS) as ForeignRecallFormat[]).map((f) => (
            <Button
              key={f}
              className={`${chip(im.format === f)} fi-format fi-format--${f}`}
              onClick={() => im.choose(f)}
            >
              {SHORT[f]}
            </Button>
          ))}
        </View>
        <Text className="import-pick__hint">
          {FOREIGN_RECALL_FORMATS[im.format]}：{WHERE[im.format]}
        </Text>
      </View>

      <View className="card import-pick">
        {im.file ? (
          <View className="import-file">
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
            {isWeapp() ? '从微信聊天记录中选择文件，可以先在电脑上发送到“文件传输助手”。' : '从本机选择文件。'}
          </Text>
        )}
        {im.file ? (
          <Button
            className={`btn btn--primary fi-upload ${im.uploading ? 'btn--busy' : ''}`}
            disabled={im.uploading || undefined}
            onClick={im.upload}
          >
            {im.uploading ? '正在导入…' : im.result ? '再次导入此文件' : '开始导入'}
          </Button>
        ) : (
          <Button className="btn btn--primary fi-choose" onClick={im.pick}>
            选择 {FOREIGN_FILE_TYPES[im.format].map((t) => `.${t}`).join(' 或 ')} 文件
          </Button>
        )}
      </View>

      {im.error ? (
        <View className="notice import-error">
          <Text>{im.error}</Text>
        </View>
      ) : null}
      {im.result ? <Result result={im.result} /> : null}
    </>
  );
}

export default function ForeignImportPage() {
  return (
    <StaffGate
      className="import foreign-import"
      title="导入国外召回"
      allowed={(s) => s.me?.role === 'province' || s.me?.role === 'admin'}
      deniedText="国外召回导入仅供省市场监管局工作人员使用。"
    >
      {() => <ForeignImport />}
    </StaffGate>
  );
}
