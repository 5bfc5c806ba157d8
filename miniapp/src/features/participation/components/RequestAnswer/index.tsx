import { Button, Text, Textarea, View } from '@tarojs/components';
import type { TRecallRequestView } from '@recall/shared';
import { useRequestAnswer } from '../../useRequestAnswer';

/** The consumer's answer to a completion: 确认已完成, or 对完成有异议 with what went wrong. */
export function RequestAnswer({
  request,
  onDone,
}: {
  request: TRecallRequestView;
  onDone: (r: TRecallRequestView) => void;
}) {
  const a = useRequestAnswer(request, onDone);
  if (!a.answers.length) return null;
  return (
    <View className="card rq-answer">
      <Text className="rq-answer__title">是否已得到补救？</Text>
      {a.disputing ? (
        <>
          <View className={`sheet__box sheet__area ${a.error ? 'sheet__box--error' : ''}`}>
            <Textarea
              className="sheet__textarea rq-answer__note"
              value={a.note}
              maxlength={500}
              placeholder="请写明没有得到补救或仍存在的问题"
              placeholderClass="form-placeholder"
              onInput={(e) => a.setNote(e.detail.value)}
            />
          </View>
          {a.error ? <Text className="field__error">{a.error}</Text> : null}
          <View className="rq-answer__actions">
            <Button className="btn btn--small" onClick={() => a.setDisputing(false)}>
              取消
            </Button>
            <Button
              className="btn btn--small btn--primary request-answer"
              data-action="dispute"
              loading={a.sending}
              disabled={a.sending}
              onClick={() => void a.dispute()}
            >
              提交异议
            </Button>
          </View>
        </>
      ) : (
        <View className="rq-answer__actions">
          {a.answers.includes('dispute') ? (
            <Button
              className="btn btn--small request-answer"
              data-action="dispute"
              onClick={() => a.setDisputing(true)}
            >
              对完成有异议
            </Button>
          ) : null}
          {a.answers.includes('confirm') ? (
            <Button
              className="btn btn--small btn--primary request-answer"
              data-action="confirm"
              loading={a.sending}
              disabled={a.sending}
              onClick={() => void a.confirm()}
            >
              确认已完成
            </Button>
          ) : null}
        </View>
      )}
      {!a.disputing && a.error ? <Text className="field__error">{a.error}</Text> : null}
    </View>
  );
}
