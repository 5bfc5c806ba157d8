import { Button, Input, Text, View } from '@tarojs/components';
import type { TCaseView } from '@recall/shared/staff';
import { useChannelCount } from '../../useCase';
import './index.css';

/** 其他渠道完成数量: units completed outside the mini-program (hotline, stores, e-commerce), saved per channel. */
export function ChannelCounts({ view, onSaved }: { view: TCaseView; onSaved: (c: TCaseView['completion']) => void }) {
  const ch = useChannelCount(view.id, onSaved);
  const channels = view.completion?.channels ?? [];
  return (
    <View className="channel-counts">
      <Text className="channel-counts__title">其他渠道完成数量</Text>
      <Text className="channel-counts__hint">
        通过热线、门店、电商平台等渠道完成召回的数量。同一渠道再次保存会覆盖原数。
        {channels.length ? '点已有渠道可修改。' : ''}
      </Text>
      {channels.length ? (
        <View className="channel-counts__list">
          {channels.map((c) => (
            <Text key={c.channel} className="channel-counts__chip" onClick={() => ch.edit(c)}>
              {c.channel} {c.units} 件
            </Text>
          ))}
        </View>
      ) : null}
      <View className="channel-counts__row">
        <View
          className={`channel-counts__box channel-counts__channel ${ch.errors.channel ? 'channel-counts__box--error' : ''}`}
        >
          <Input
            className="channel-counts__input channel-name"
            value={ch.channel}
            maxlength={50}
            placeholder="渠道名称，如 客服热线"
            placeholderClass="doc-placeholder"
            onInput={(e) => ch.setChannel(e.detail.value)}
          />
        </View>
        <View
          className={`channel-counts__box channel-counts__units ${ch.errors.units ? 'channel-counts__box--error' : ''}`}
        >
          <Input
            className="channel-counts__input channel-units"
            type="number"
            value={ch.units}
            maxlength={10}
            placeholder="件数"
            placeholderClass="doc-placeholder"
            onInput={(e) => ch.setUnits(e.detail.value)}
          />
        </View>
        <Button
          className={`btn btn--small btn--primary channel-save ${ch.saving ? 'btn--busy' : ''}`}
          disabled={ch.saving || undefined}
          onClick={() => void ch.save()}
        >
          保存
        </Button>
      </View>
      {ch.errors.channel || ch.errors.units || ch.errors.form ? (
        <Text className="channel-counts__error">{ch.errors.channel ?? ch.errors.units ?? ch.errors.form}</Text>
      ) : null}
    </View>
  );
}
