import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TCrossProvinceRecord } from '@recall/shared/staff';
import { BUREAU_CLUE, url } from '../../../../constants/routes';
import { errorMessage, toastError } from '../../../../services/errors';
import { actionRole } from '../../../../utils/a11y';
import { formatShanghaiTime } from '../../../../utils/format';
import { downloadPassOnPackage, fetchCrossProvince } from '../../crossProvince';

/** 跨省移送: the clues the province passed to other provinces and those it received, newest first. */
export function CrossProvinceList() {
  const [items, setItems] = useState<TCrossProvinceRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchCrossProvince().then(
      (r) => setItems(r.items),
      (err: unknown) => setError(errorMessage(err)),
    );
  }, []);
  return (
    <View className="card cross-province">
      <Text className="stats__table-title">跨省移送{items ? `（${items.length}）` : ''}</Text>
      {error ? <Text className="stats__none">{error}</Text> : null}
      {!error && !items ? <Text className="stats__none">正在加载…</Text> : null}
      {items && !items.length ? <Text className="stats__none">没有跨省移送的线索</Text> : null}
      {(items ?? []).map((r) => (
        <View key={r.id} className={`oversight-item cross-province--${r.direction}`}>
          <View
            onClick={() => void Taro.navigateTo({ url: url(BUREAU_CLUE, { id: r.clueId }) })}
            {...actionRole({ role: 'link' })}
          >
            <Text className="oversight-item__title">
              {r.direction === 'out' ? `移出 · 至${r.authority}` : `移入 · 来自${r.authority}`}
            </Text>
            <Text className="oversight-item__line">
              线索 {r.receiptNo} · {r.productName}
            </Text>
            <Text className="oversight-item__line">
              {formatShanghaiTime(r.at)}
              {r.reference ? ` · ${r.direction === 'out' ? '移送文号' : '来函文号'} ${r.reference}` : ''}
              {r.contact ? ` · 联系人 ${r.contact}` : ''}
            </Text>
          </View>
          {r.packageUrl ? (
            <Text
              className="link cross-province__package"
              onClick={() => void downloadPassOnPackage(r.id, r.receiptNo, r.authority).catch(toastError)}
            >
              下载移送材料包
            </Text>
          ) : null}
        </View>
      ))}
    </View>
  );
}
