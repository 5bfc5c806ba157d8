import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { TClueSharing } from '@recall/shared/staff';
import { errorMessage } from '../../../../services/errors';
import { formatShanghaiTime } from '../../../../utils/format';
import { fetchSharing, shareClue } from '../../api';
import '../CommissionsPanel/index.css';

const CITY = 'city';

/**
 * 线索共享 on the province's clue page (辽 第八条): the last day to share it with the province's units
 * (and the city bureau concerned), whether it was met, and the record of each sharing.
 */
export function ClueSharingPanel({ clueId }: { clueId: number }) {
  const [s, setS] = useState<TClueSharing | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(async () => {
    try {
      setS(await fetchSharing(clueId));
    } catch {
      setS(null);
    }
  }, [clueId]);
  useEffect(() => {
    void load();
  }, [load]);
  if (!s?.enabled) return null;
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      setS(
        await shareClue(clueId, {
          units: picked.filter((p) => p !== CITY),
          withCity: picked.includes(CITY),
        }),
      );
      setPicked([]);
      void Taro.showToast({ title: '已记录共享', icon: 'success' });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const options = [...s.options, ...(s.city ? [{ code: CITY, name: s.city.name }] : [])];
  return (
    <View className="sharing-panel">
      <Text className="section-title">线索内部共享</Text>
      <View className="card">
        {s.reported ? (
          <Text className="commission-item__meta sharing-reported">
            {`${s.reported.unit}于 ${s.reported.foundOn} 发现，${s.reported.receivedOn} 报至，应于 ${s.reported.dueOn} 前报送（${s.workingDays}个工作日）${s.reported.late ? '，逾期报送' : '，按期报送'}`}
          </Text>
        ) : null}
        <Text className="commission-item__title">
          {s.stateLabel} · {s.dueOn} 前共享（{s.workingDays}个工作日）
        </Text>
        {s.shares.map((x) => (
          <Text key={x.id} className="commission-item__meta">
            {formatShanghaiTime(x.sharedAt)} {x.sharedBy} 共享给{x.recipients.join('、')}
            {x.late ? '（逾期）' : ''}
            {x.note ? `：${x.note}` : ''}
          </Text>
        ))}
        {options.map((o) => {
          const on = picked.includes(o.code);
          return (
            <View
              key={o.code}
              className={`sharing-option ${on ? 'sharing-option--on' : ''}`}
              role="checkbox"
              aria-checked={on}
              onClick={() => setPicked((p) => (on ? p.filter((x) => x !== o.code) : [...p, o.code]))}
            >
              <Text className="sharing-option__box">{on ? '☑' : '☐'}</Text>
              <Text>{o.name}</Text>
            </View>
          );
        })}
        {error ? <Text className="commission-form__error">{error}</Text> : null}
        <Button
          className={`btn btn--small sharing-submit ${busy ? 'btn--busy' : ''}`}
          disabled={busy || undefined}
          onClick={submit}
        >
          {busy ? '正在提交…' : '记录已共享'}
        </Button>
      </View>
    </View>
  );
}
