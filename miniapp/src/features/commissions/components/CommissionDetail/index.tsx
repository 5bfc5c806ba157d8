import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { TCommissionView } from '@recall/shared/staff';
import { CountedTextarea } from '../../../../components/CountedTextarea';
import { PhotoGallery } from '../../../../components/PhotoGrid';
import { ApiError, errorMessage, toastError } from '../../../../services/errors';
import { pickPhotos } from '../../../../services/photoPicker';
import { uploadPhoto } from '../../../../services/uploads';
import { formatShanghaiTime } from '../../../../utils/format';
import { sendFeedback } from '../../api';
import '../CommissionsPanel/index.css';

/**
 * One commission (辽 第五、九、十七条): what the province asks, about which clue or case, by when;
 * the commissioned bureau files its feedback here once (a note and photos), the province reads it.
 */
export function CommissionDetail({
  c,
  canAnswer,
  onChanged,
}: {
  c: TCommissionView;
  canAnswer: boolean;
  onChanged: (v: TCommissionView) => void;
}) {
  return (
    <View className="commission-detail">
      <View className="card">
        <Text className="commission-item__title">
          {c.purposeLabel} · {c.stateLabel}
        </Text>
        <Text className="commission-item__meta">
          {c.subject.type === 'clue' ? '线索' : '案件'} {c.subject.number} · {c.subject.title}
        </Text>
        <Text className="commission-item__meta">{c.subject.summary}</Text>
      </View>
      <Text className="section-title">委托事项</Text>
      <View className="card">
        <Text>{c.request}</Text>
        <Text className="commission-item__meta">
          受委托单位：{c.bureauName} · {c.dueOn} 前反馈
        </Text>
        <Text className="commission-item__meta">
          {c.askedBy} {formatShanghaiTime(c.askedAt)} 委托
        </Text>
      </View>
      <Text className="section-title">核查反馈</Text>
      <View className="card">
        {c.feedback ? (
          <View className="commission-feedback">
            <Text>{c.feedback.note}</Text>
            <Text className="commission-item__meta">
              {c.feedback.answeredBy} {formatShanghaiTime(c.feedback.answeredAt)} 反馈
            </Text>
            {c.feedback.files.length ? (
              <PhotoGallery
                photos={c.feedback.files.map((f) => ({
                  id: f.id,
                  url: f.url,
                  thumbnailUrl: f.thumbUrl,
                  pending: false,
                }))}
              />
            ) : null}
          </View>
        ) : canAnswer ? (
          <FeedbackForm id={c.id} onDone={onChanged} />
        ) : (
          <Text className="commission-muted">尚未反馈。</Text>
        )}
      </View>
    </View>
  );
}

function FeedbackForm({ id, onDone }: { id: number; onDone: (v: TCommissionView) => void }) {
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
      onDone(await sendFeedback(id, { note, fileIds: files }));
      void Taro.showToast({ title: '已反馈', icon: 'success' });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="commission-form">
      <CountedTextarea value={note} max={2000} placeholder="核查情况" onInput={setNote} />
      <Text className="link" onClick={() => void addPhotos()}>
        添加照片（已添加 {files.length} 张）
      </Text>
      {error ? <Text className="commission-form__error">{error}</Text> : null}
      <Button
        className={`btn btn--primary commission-feedback-submit ${busy ? 'btn--busy' : ''}`}
        disabled={busy || undefined}
        onClick={submit}
      >
        {busy ? '正在提交…' : '提交反馈'}
      </Button>
    </View>
  );
}
