import { useState } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';
import { placeOf, useBureaus } from '../../useBureaus';
import { isWeapp } from '../../../../utils/env';
import './index.css';

interface Props {
  code: string;
  name: string;
  onChange: (code: string, name: string) => void;
}

/**
 * Where the product was bought or used, as a GB/T 2260 code. WeChat's region picker gives the
 * codes (province / city / district; the district's code is kept). The browser has no such picker:
 * the cities of the province's bureaus, or any 6-digit code typed in.
 */
export function RegionField({ code, name, onChange }: Props) {
  if (isWeapp()) {
    return (
      <Picker
        className="region-picker"
        mode="region"
        value={name ? name.split(' ') : []}
        onChange={(e) => {
          const detail = e.detail as { value: string[]; code?: string[] };
          const codes = (detail.code ?? []).filter((c) => /^\d{6}$/.test(c));
          const picked = codes[codes.length - 1];
          if (picked) onChange(picked, detail.value.join(' '));
        }}
      >
        <View className="region-picker__value">
          <Text className={`region-picker__text ${name ? '' : 'form-placeholder'}`}>
            {name || '请选择省、市、区（县）'}
          </Text>
          <Text className="region-picker__arrow">›</Text>
        </View>
      </Picker>
    );
  }
  return <BrowserRegion code={code} name={name} onChange={onChange} />;
}

function BrowserRegion({ code, name, onChange }: Props) {
  const bureaus = useBureaus();
  const cities = (bureaus.data?.items ?? []).filter((b) => b.level === 'city');
  const [typing, setTyping] = useState(false);
  const [typed, setTyped] = useState(code && !cities.some((c) => c.code === code) ? code : '');
  const index = cities.findIndex((c) => c.code === code);

  return (
    <View className="region-web">
      <Picker
        className="region-picker"
        mode="selector"
        range={cities.map((c) => placeOf(c.name))}
        value={index >= 0 ? index : 0}
        disabled={cities.length === 0}
        onChange={(e) => {
          const c = cities[Number(e.detail.value)];
          if (c) {
            setTyping(false);
            onChange(c.code, placeOf(c.name));
          }
        }}
      >
        <View className="region-picker__value">
          <Text className={`region-picker__text ${name ? '' : 'form-placeholder'}`}>
            {name || (bureaus.data ? `请选择${bureaus.data.provinceName}的城市` : '正在加载城市列表…')}
          </Text>
          <Text className="region-picker__arrow">›</Text>
        </View>
      </Picker>
      {bureaus.error ? (
        <Text className="region-web__error" onClick={bureaus.reload}>
          城市列表加载失败，点此重试；也可以直接输入地区代码。
        </Text>
      ) : null}
      {typing ? (
        <View className="region-web__code">
          <Input
            className="region-web__input"
            type="number"
            maxlength={6}
            value={typed}
            placeholder="6 位行政区划代码，如 320506"
            placeholderClass="form-placeholder"
            onInput={(e) => {
              const v = e.detail.value.replace(/\D/g, '').slice(0, 6);
              setTyped(v);
              onChange(v, v.length === 6 ? `地区代码 ${v}` : '');
            }}
          />
        </View>
      ) : (
        <Text className="link region-web__toggle" onClick={() => setTyping(true)}>
          不在列表中？输入地区代码
        </Text>
      )}
    </View>
  );
}
