import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TClueRecallLink } from '@recall/shared';
import { PAGES, url } from '../../../../constants/routes';
import './index.css';

/**
 * 这个产品已在召回中: the recalls that already cover a reported product, with what the producer
 * offers and how to ask for it. `staff`: the bureau's view (the link, no 申请召回).
 */
export function CoveringRecalls({ recalls, staff = false }: { recalls: TClueRecallLink[]; staff?: boolean }) {
  if (!recalls.length) return null;
  const open = (id: number) => void Taro.navigateTo({ url: url(PAGES.recall, { id }) });
  const ask = (id: number) => void Taro.navigateTo({ url: url(PAGES.recallRequest, { recallId: id }) });
  return (
    <View className="notice notice--info covering-recalls">
      <Text className="covering-recalls__head">{staff ? '该产品已有召回' : '这个产品已在召回中'}</Text>
      {staff ? null : (
        <Text className="covering-recalls__hint">
          生产者已经在召回这个产品，你可以直接按下面的办法找生产者免费处理；仍可继续提交报告。
        </Text>
      )}
      {recalls.map((r) => (
        <View key={r.id} className="covering-recalls__item">
          <Text className="covering-recalls__title">{r.title}</Text>
          <Text className="covering-recalls__row">召回措施：{r.remedy}</Text>
          {r.remedyChannels ? <Text className="covering-recalls__row">怎么办理：{r.remedyChannels}</Text> : null}
          {r.contactPhone ? <Text className="covering-recalls__row">召回热线：{r.contactPhone}</Text> : null}
          <View className="covering-recalls__links">
            <Text className="link covering-recalls__open" onClick={() => open(r.id)}>
              查看召回详情
            </Text>
            {staff ? null : (
              <Text className="link covering-recalls__ask" onClick={() => ask(r.id)}>
                申请召回
              </Text>
            )}
          </View>
        </View>
      ))}
    </View>
  );
}
