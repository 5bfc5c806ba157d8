import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { TYPICAL_CASE_STATES, type TCaseView } from '@recall/shared/staff';
import { InfoRow } from '../../../../components/InfoRow';
import { errorMessage } from '../../../../services/errors';
import { formatShanghaiTime } from '../../../../utils/format';
import { markTypical, unmarkTypical } from '../../api';
import { TechField } from '../TechField';

interface Props {
  view: TCaseView;
  /** Only the province marks typical cases. */
  canMark: boolean;
}

type Mark = NonNullable<TCaseView['typicalCase']>;

/** 典型案例 (案例库): the case's mark, and for the province marking a finished case or withdrawing it. */
export function TypicalCaseCard({ view, canMark }: Props) {
  const [mark, setMark] = useState<Mark | null>(view.typicalCase ?? null);
  const finished = (TYPICAL_CASE_STATES as readonly string[]).includes(view.state);
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(mark?.title ?? '');
  const [summary, setSummary] = useState(mark?.summary ?? '');
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  if (!mark && !(canMark && finished)) return null;
  const run = async (work: () => Promise<Mark | null>) => {
    setSending(true);
    setError(null);
    try {
      setMark(await work());
      setEditing(false);
    } catch (err) {
      setError(err);
    } finally {
      setSending(false);
    }
  };
  return (
    <View className="tech-panel typical-card">
      <Text className="section-title">典型案例</Text>
      <View className="card">
        {mark && !editing ? (
          <>
            <InfoRow label="案例标题" value={mark.title} />
            <InfoRow label="案例摘要" value={mark.summary} />
            <InfoRow label="列入" value={`${mark.markedBy} ${formatShanghaiTime(mark.markedAt)}`} />
          </>
        ) : null}
        {!mark && !editing ? <Text className="tech-muted">本案已办结，可列为典型案例供各地参考。</Text> : null}
        {editing ? (
          <>
            <Text className="tech-muted">摘要将供各地检索参考，请勿写入消费者或当事人的姓名、电话等个人信息。</Text>
            <TechField label="案例标题" field="title" value={title} onChange={setTitle} error={error} max={100} />
            <TechField
              label="案例摘要"
              field="summary"
              value={summary}
              onChange={setSummary}
              error={error}
              multiline
              max={1000}
            />
            <Button
              className="btn btn--primary typical-save"
              disabled={sending}
              onClick={() =>
                void run(async () => {
                  const t = await markTypical(view.id, { title, summary });
                  return { title: t.title, summary: t.summary, markedAt: t.markedAt, markedBy: t.markedBy };
                })
              }
            >
              {sending ? '正在保存…' : '保存'}
            </Button>
          </>
        ) : null}
        {error ? <View className="notice notice--error">{errorMessage(error)}</View> : null}
        {canMark && !editing ? (
          <View className="tech-panel__actions">
            <Button className="btn btn--plain btn--small typical-edit" onClick={() => setEditing(true)}>
              {mark ? '修改摘要' : '列为典型案例'}
            </Button>
            {mark ? (
              <Button
                className="btn btn--plain btn--small typical-remove"
                disabled={sending}
                onClick={() =>
                  void run(async () => {
                    await unmarkTypical(view.id);
                    return null;
                  })
                }
              >
                取消典型案例
              </Button>
            ) : null}
          </View>
        ) : null}
      </View>
    </View>
  );
}
