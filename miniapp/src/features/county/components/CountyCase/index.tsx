import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Picker, Text, View } from '@tarojs/components';
import { todayInShanghai } from '@recall/shared';
import {
  DELIVERY_METHODS,
  type DeliveryMethod,
  type TCaseAssistView,
  type TCountyCaseView,
} from '@recall/shared/staff';
import { CountedTextarea } from '../../../../components/CountedTextarea';
import { DateField } from '../../../../components/DateField';
import { FormField } from '../../../../components/FormField';
import { InfoRow } from '../../../../components/InfoRow';
import { openSignedFile } from '../../../../services/download';
import { ApiError, errorMessage, toastError } from '../../../../services/errors';
import { pickPhotos } from '../../../../services/photoPicker';
import { uploadPhoto } from '../../../../services/uploads';
import { formatShanghaiTime } from '../../../../utils/format';
import { answerAssist, deliverNotice } from '../../api';
import './index.css';

/** How a county delivers a notice (not electronic: the producer confirms that one itself). */
type PaperMethod = Exclude<DeliveryMethod, 'electronic'>;
const METHODS = (Object.keys(DELIVERY_METHODS) as DeliveryMethod[]).filter((m): m is PaperMethod => m !== 'electronic');

/** A case as the county sees it: the notices it delivers to the producer of its county, and the assistance asked of it. */
export function CountyCase({ c, onChanged }: { c: TCountyCaseView; onChanged: (v: TCountyCaseView) => void }) {
  return (
    <View className="county-case">
      <View className="card">
        <Text className="county-case__title">{c.productName}</Text>
        <InfoRow label="案件编号" value={c.caseNo} />
        <InfoRow label="承办局" value={c.bureauName} />
        <InfoRow label="生产者" value={c.producerName} />
        <InfoRow label="统一社会信用代码" value={c.producerUscc} />
        <InfoRow label="案件状态" value={c.stateLabel} />
      </View>
      {c.assistance.length ? <Text className="county-case__section">协查请求</Text> : null}
      {c.assistance.map((a) => (
        <AssistCard key={a.id} a={a} onAnswered={onChanged} />
      ))}
      {c.deliver ? <Text className="county-case__section">通知书送达（生产者在本县）</Text> : null}
      {c.notices.map((n) => (
        <View key={n.id} className="card county-notice" data-doc={n.id}>
          <Text className="county-notice__title">
            {n.annex ? `附件${n.annex} ` : ''}
            {n.title}
          </Text>
          {n.docNo ? <Text className="county-notice__no">{n.docNo}</Text> : null}
          <Text className="county-notice__meta">发文日期 {n.issuedOn}</Text>
          <Text className="link" onClick={() => void openSignedFile(n.downloadUrl, 'docx')}>
            下载通知书
          </Text>
          {n.receipt ? (
            <Text className="county-notice__done">
              {n.receipt.receivedOn} 送达（{DELIVERY_METHODS[n.receipt.deliveryMethod]}），
              {n.receipt.signedBy ?? n.receipt.recipientName} 签收
              {n.receipt.deliveredBy ? `；送达人：${n.receipt.deliveredBy}` : ''}
            </Text>
          ) : (
            <DeliveryForm caseId={c.id} docId={n.id} issuedOn={n.issuedOn} onDone={onChanged} />
          )}
        </View>
      ))}
    </View>
  );
}

const FIELDS = [
  { key: 'signedBy', label: '收件人签名（按纸质回执填写）', max: 32 },
  { key: 'recipientName', label: '受送达人姓名', max: 32 },
  { key: 'recipientTitle', label: '职务', max: 32 },
  { key: 'recipientPhone', label: '电话', max: 32 },
  { key: 'place', label: '送达地点', max: 200 },
] as const;

/** 送达回执 (附件5): how, when, where and to whom the county delivered the notice. */
function DeliveryForm(props: {
  caseId: number;
  docId: number;
  issuedOn: string;
  onDone: (v: TCountyCaseView) => void;
}) {
  const [method, setMethod] = useState<PaperMethod>('in_person');
  const [receivedOn, setReceivedOn] = useState(todayInShanghai());
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      props.onDone(await deliverNotice(props.caseId, props.docId, { deliveryMethod: method, receivedOn, ...values }));
      void Taro.showToast({ title: '送达已记录', icon: 'success' });
    } catch (err) {
      if (err instanceof ApiError) setError(err);
      else toastError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="county-form">
      <FormField label="送达方式" hint="" error={error?.issueFor('deliveryMethod')}>
        <Picker
          mode="selector"
          range={METHODS.map((m) => DELIVERY_METHODS[m])}
          value={METHODS.indexOf(method)}
          onChange={(e) => setMethod(METHODS[Number(e.detail.value)])}
        >
          <Text className="county-form__picker">{DELIVERY_METHODS[method]}</Text>
        </Picker>
      </FormField>
      <FormField label="送达日期（实际收到日期）" hint="" error={error?.issueFor('receivedOn')}>
        <DateField
          value={receivedOn}
          onChange={setReceivedOn}
          placeholder="选择日期"
          start={props.issuedOn}
          end={todayInShanghai()}
        />
      </FormField>
      {FIELDS.map((f) => (
        <FormField key={f.key} label={f.label} hint="" error={error?.issueFor(f.key)} dataKey={f.key}>
          <Input
            className="county-form__input"
            value={values[f.key] ?? ''}
            maxlength={f.max}
            onInput={(e) => setValues((v) => ({ ...v, [f.key]: e.detail.value }))}
          />
        </FormField>
      ))}
      {error ? <Text className="county-form__error">{error.message}</Text> : null}
      <Button className={`btn btn--primary ${busy ? 'btn--busy' : ''}`} disabled={busy || undefined} onClick={submit}>
        {busy ? '正在提交…' : '记录送达'}
      </Button>
    </View>
  );
}

/** One assistance request: what the city asks, by when, and the county's answer (a note and photos). */
function AssistCard({ a, onAnswered }: { a: TCaseAssistView; onAnswered: (v: TCountyCaseView) => void }) {
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const addPhotos = async () => {
    try {
      for (const p of await pickPhotos(9 - files.length)) {
        if (p.problem) throw new ApiError(400, 'PHOTO', p.problem);
        const up = await uploadPhoto(p);
        setFiles((f) => [...f, up.id]);
      }
    } catch (err) {
      toastError(err);
    }
  };
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onAnswered(await answerAssist(a.id, { note, fileIds: files }));
      void Taro.showToast({ title: '已回复协查', icon: 'success' });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="card county-assist" data-assist={a.id}>
      <Text className="county-assist__request">{a.request}</Text>
      <Text className="county-assist__meta">
        {a.askedBy} {formatShanghaiTime(a.askedAt)} 请求 · {a.dueOn} 前回复
      </Text>
      {a.answer ? (
        <View className="county-assist__answer">
          <Text>已回复：{a.answer.note}</Text>
          <Text className="county-assist__meta">
            {a.answer.answeredBy} {formatShanghaiTime(a.answer.answeredAt)}
            {a.answer.files.length ? ` · 附件 ${a.answer.files.length} 个` : ''}
          </Text>
        </View>
      ) : (
        <View className="county-form">
          <CountedTextarea value={note} max={2000} placeholder="协查情况" onInput={setNote} />
          <Text className="link" onClick={() => void addPhotos()}>
            添加照片（已添加 {files.length} 张）
          </Text>
          {error ? <Text className="county-form__error">{error}</Text> : null}
          <Button
            className={`btn btn--primary ${busy ? 'btn--busy' : ''}`}
            disabled={busy || undefined}
            onClick={submit}
          >
            {busy ? '正在提交…' : '回复协查'}
          </Button>
        </View>
      )}
    </View>
  );
}
