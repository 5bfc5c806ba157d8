import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Picker, Text, View } from '@tarojs/components';
import { todayInShanghai } from '@recall/shared';
import { type TCaseAssistView, type TCaseView } from '@recall/shared/staff';
import { CountedTextarea } from '../../../../components/CountedTextarea';
import { DateField } from '../../../../components/DateField';
import { FormField } from '../../../../components/FormField';
import { PhotoGallery } from '../../../../components/PhotoGrid';
import { ApiError, errorMessage } from '../../../../services/errors';
import { formatShanghaiTime } from '../../../../utils/format';
import { askAssist, fetchCounties } from '../../api';
import './index.css';

/**
 * 协查 on the handling bureau's case page: what was asked of which county bureau and its answer
 * (note and photos), and the form to ask a county of the city (苏 第六条).
 */
export function AssistancePanel({ c }: { c: Pick<TCaseView, 'id' | 'bureauCode' | 'assistance'> }) {
  const [added, setAdded] = useState<TCaseAssistView[]>([]);
  const all = [...c.assistance, ...added.filter((a) => !c.assistance.some((x) => x.id === a.id))];
  return (
    <View className="assist-panel">
      {all.length === 0 ? <Text className="cd-muted">尚未请县级市场监管局协查。</Text> : null}
      {all.map((a) => (
        <View key={a.id} className="assist-item" data-assist={a.id}>
          <Text className="assist-item__who">
            {a.countyName} · {a.status === 'answered' ? '已回复' : `${a.dueOn} 前回复`}
          </Text>
          <Text className="assist-item__request">{a.request}</Text>
          <Text className="assist-item__meta">
            {a.askedBy} {formatShanghaiTime(a.askedAt)} 请求
          </Text>
          {a.answer ? (
            <View className="assist-item__answer">
              <Text>
                协查情况：{a.answer.note}（{a.answer.answeredBy} {formatShanghaiTime(a.answer.answeredAt)}）
              </Text>
              {a.answer.files.length ? (
                <PhotoGallery
                  photos={a.answer.files.map((f) => ({
                    id: f.id,
                    url: f.url,
                    thumbnailUrl: f.thumbUrl,
                    pending: false,
                  }))}
                />
              ) : null}
            </View>
          ) : null}
        </View>
      ))}
      {/^\d{4}00$/.test(c.bureauCode) && !c.bureauCode.endsWith('0000') ? (
        <AskForm caseId={c.id} city={c.bureauCode} onAsked={(a) => setAdded((x) => [...x, a])} />
      ) : null}
    </View>
  );
}

function AskForm({ caseId, city, onAsked }: { caseId: number; city: string; onAsked: (a: TCaseAssistView) => void }) {
  const [counties, setCounties] = useState<Array<{ code: string; name: string }>>([]);
  const [county, setCounty] = useState(-1);
  const [request, setRequest] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    fetchCounties(city)
      .then((r) => setCounties(r.items))
      .catch(() => setCounties([]));
  }, [city]);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onAsked(await askAssist(caseId, { countyCode: counties[county]?.code ?? '', request, dueOn }));
      setRequest('');
      void Taro.showToast({ title: '已发出协查请求', icon: 'success' });
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'CLIENT', errorMessage(err)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="assist-form">
      <Text className="assist-form__title">请县级市场监管局协查</Text>
      <FormField label="协查单位" hint="" error={error?.issueFor('countyCode')}>
        <Picker
          mode="selector"
          range={counties.map((x) => `${x.name}市场监督管理局`)}
          value={Math.max(county, 0)}
          onChange={(e) => setCounty(Number(e.detail.value))}
        >
          <Text className="assist-form__picker">
            {county >= 0 ? `${counties[county].name}市场监督管理局` : '请选择'}
          </Text>
        </Picker>
      </FormField>
      <FormField label="协查事项" hint="" error={error?.issueFor('request')}>
        <CountedTextarea value={request} max={1000} placeholder="请写明需要核实的情况" onInput={setRequest} />
      </FormField>
      <FormField label="协查期限" hint="" error={error?.issueFor('dueOn')}>
        <DateField value={dueOn} onChange={setDueOn} placeholder="选择日期" start={todayInShanghai()} />
      </FormField>
      {error ? <Text className="assist-form__error">{error.message}</Text> : null}
      <Button className={`btn ${busy ? 'btn--busy' : ''}`} disabled={busy || undefined} onClick={submit}>
        {busy ? '正在提交…' : '发出协查请求'}
      </Button>
    </View>
  );
}
