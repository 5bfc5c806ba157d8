import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TClueView } from '@recall/shared';
import { InfoRow } from '../../../../components/InfoRow';
import { isWeapp } from '../../../../utils/env';
import './index.css';

/**
 * The foreign recall (国外召回) a clue was made from: who published it, its title, date and
 * hazard, what tied it to this province, and the original notice. The weapp opens no outside web
 * page, so there the address is copied for a browser.
 */
export function ForeignRecallCard({ f }: { f: NonNullable<TClueView['foreignRecall']> }) {
  const open = () => {
    if (!f.url) return;
    if (!isWeapp()) {
      window.open(f.url, '_blank', 'noopener');
      return;
    }
    void Taro.setClipboardData({ data: f.url })
      .then(() => Taro.showToast({ title: '原文链接已复制，请在浏览器中打开', icon: 'none' }))
      .catch(() => undefined);
  };
  return (
    <>
      <Text className="section-title">国外召回信息</Text>
      <View className="card foreign-recall">
        <InfoRow label="发布机构" value={f.publisher} />
        <InfoRow label={f.format === 'safetyGate' ? '通报国家' : '国家'} value={f.country} />
        <InfoRow label="编号" value={f.reference} />
        <InfoRow label="标题" value={f.title} />
        <InfoRow label="发布日期" value={f.date} />
        <InfoRow label="危害" value={f.hazard} />
        <InfoRow label="命中依据" value={f.matchedOn} />
        {f.url ? (
          <View className="foreign-recall__link" onClick={open}>
            <Text className="link">{isWeapp() ? '复制原文链接' : '查看原文'}</Text>
            <Text className="foreign-recall__url">{f.url}</Text>
          </View>
        ) : null}
      </View>
    </>
  );
}
