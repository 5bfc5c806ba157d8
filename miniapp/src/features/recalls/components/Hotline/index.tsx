import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import './index.css';

/**
 * A hotline as written for people, split into the number and the rest:
 * "0731-8888 6666（工作日 9:00–17:00）" → shown "0731-8888 6666", dialled "073188886666",
 * note "（工作日 9:00–17:00）". No number found: the whole text is the note.
 */
export function splitPhone(phone: string): { shown: string; dial: string; note: string } | null {
  const m = /\+?\d[\d\s-]{4,}\d/.exec(phone);
  if (!m) return null;
  const note = (phone.slice(0, m.index) + phone.slice(m.index + m[0].length)).trim();
  return { shown: m[0].trim(), dial: m[0].replace(/[\s-]/g, ''), note };
}

interface Props {
  phone: string | null;
  channels?: string | null;
  className?: string;
}

/** 召回咨询电话 with a call button, and the other ways to get the remedy (remedyChannels). */
export function Hotline({ phone, channels, className }: Props) {
  const number = phone ? splitPhone(phone) : null;
  const call = () => {
    if (number) void Taro.makePhoneCall({ phoneNumber: number.dial }).catch(() => undefined);
  };
  return (
    <View className={`hotline ${className ?? ''}`}>
      {phone ? (
        <View className="hotline__row">
          <View className="hotline__main">
            <Text className="hotline__label">召回咨询电话</Text>
            <Text className="hotline__phone">{number ? number.shown : phone}</Text>
            {number?.note ? <Text className="hotline__note">{number.note}</Text> : null}
          </View>
          {number ? (
            <Button className="btn btn--primary btn--small hotline__call" onClick={call}>
              拨打
            </Button>
          ) : null}
        </View>
      ) : (
        <Text className="hotline__none">
          {channels
            ? '生产者未公布咨询电话，可通过下方途径联系，或拨打 12315 咨询。'
            : '生产者未公布咨询电话，可拨打 12315 咨询。'}
        </Text>
      )}
      {channels ? (
        <View className="hotline__channels">
          <Text className="hotline__label">召回途径</Text>
          <Text className="hotline__text">{channels}</Text>
        </View>
      ) : null}
    </View>
  );
}
