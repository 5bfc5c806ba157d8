import { useState } from 'react';
import { Input, Picker, ScrollView, Text, View } from '@tarojs/components';
import { isWeapp } from '../../../../utils/env';
import { checkPickedRegion, fetchRegionLevel } from '../../regions';
import { useRegionPicker, type RegionPicker } from '../../useRegionPicker';
import './index.css';

interface Props {
  code: string;
  name: string;
  onChange: (code: string, name: string) => void;
}

/**
 * Where the product was bought or used, as a GB/T 2260 code, anywhere in the country. WeChat has a
 * region picker of its own (its codes are checked against the server's table: checkPickedRegion);
 * the browser gets province → city → county lists from GET /api/regions, or a 6-digit code typed in.
 */
export function RegionField(props: Props) {
  return isWeapp() ? <WechatRegion {...props} /> : <BrowserRegion {...props} />;
}

function FieldValue({ name, placeholder }: { name: string; placeholder: string }) {
  return (
    <View className="region-picker__value">
      <Text className={`region-picker__text ${name ? '' : 'form-placeholder'}`}>{name || placeholder}</Text>
      <Text className="region-picker__arrow">›</Text>
    </View>
  );
}

function WechatRegion({ name, onChange }: Props) {
  const [shown, setShown] = useState<string[]>([]);
  return (
    <Picker
      className="region-picker"
      mode="region"
      value={shown}
      onChange={(e) => {
        const detail = e.detail as { value: string[]; code?: string[] };
        const codes = detail.code ?? [];
        const picked = codes.filter((c) => /^\d{6}$/.test(c)).pop();
        if (!picked) return;
        setShown(detail.value);
        onChange(picked, detail.value.join(''));
        // A code the server does not know at any level stays as picked: the submit then says so.
        void checkPickedRegion(codes, detail.value).then((r) => {
          if (r && (r.code !== picked || r.name !== detail.value.join(''))) onChange(r.code, r.name);
        });
      }}
    >
      <FieldValue name={name} placeholder="请选择省、市、区（县）" />
    </Picker>
  );
}

function BrowserRegion({ code, name, onChange }: Props) {
  const picker = useRegionPicker((r) => {
    setTyping(false);
    onChange(r.code, r.name);
  });
  const [typing, setTyping] = useState(false);
  const [typed, setTyped] = useState('');

  const type = (raw: string) => {
    const v = raw.replace(/\D/g, '').slice(0, 6);
    setTyped(v);
    if (v.length < 6) return onChange(v, '');
    onChange(v, `地区代码 ${v}`);
    // Named as the server names it; a code it does not know stays as typed and is refused on submit.
    void fetchRegionLevel(v).then(
      (level) => level.parent && onChange(v, level.parent.name),
      () => undefined,
    );
  };

  return (
    <View className="region-web">
      <View className="region-picker" onClick={picker.start}>
        <FieldValue name={code ? name : ''} placeholder="请选择省、市、区（县）" />
      </View>
      {typing ? (
        <View className="region-web__code">
          <Input
            className="region-web__input"
            type="number"
            maxlength={6}
            value={typed}
            placeholder="6 位行政区划代码，如 320506"
            placeholderClass="form-placeholder"
            onInput={(e) => type(e.detail.value)}
          />
        </View>
      ) : (
        <Text className="link region-web__toggle" onClick={() => setTyping(true)}>
          知道地区代码？直接输入
        </Text>
      )}
      {picker.open ? <RegionSheet picker={picker} /> : null}
    </View>
  );
}

function RegionSheet({ picker: p }: { picker: RegionPicker }) {
  const where = p.trail.map((c) => c.name).join(' › ');
  return (
    <View className="sheet region-sheet">
      <View className="sheet__mask" onClick={p.close} />
      <View className="sheet__panel region-sheet__panel">
        <Text className="sheet__title">{where || '选择省份'}</Text>
        {p.trail.length ? (
          <View className="region-sheet__nav">
            <Text className="link region-sheet__up" onClick={p.up}>
              ‹ 上一级
            </Text>
            {p.parentName ? (
              <Text className="link region-sheet__whole" onClick={p.takeParent}>
                不清楚下一级，就选{p.trail[p.trail.length - 1].name}
              </Text>
            ) : null}
          </View>
        ) : null}
        <ScrollView scrollY className="region-sheet__list">
          {p.loading ? <Text className="region-sheet__note">正在加载…</Text> : null}
          {p.error ? (
            <Text className="region-sheet__note region-sheet__note--error" onClick={p.retry}>
              {p.error}，点此重试
            </Text>
          ) : null}
          {p.items.map((c) => (
            <View key={c.code} className="region-option" hoverClass="region-option--active" onClick={() => p.choose(c)}>
              <Text className="region-option__name">{c.name}</Text>
              {c.leaf ? null : <Text className="region-picker__arrow">›</Text>}
            </View>
          ))}
        </ScrollView>
        <View className="btn btn--plain region-sheet__cancel" onClick={p.close}>
          <Text>取消</Text>
        </View>
      </View>
    </View>
  );
}
