import { Text, View } from '@tarojs/components';
import type { TRecallDetail } from '@recall/shared';
import { formatShanghaiTime } from '../../../../utils/format';

/** 变更记录 of a recall or a 消费提示: each published version with its time and reason, newest first. */
export function RevisionList({ revisions }: { revisions: TRecallDetail['revisions'] }) {
  if (!revisions.length) return null;
  return (
    <>
      <Text className="section-title">变更记录</Text>
      <View className="card detail-revisions">
        {[...revisions].reverse().map((v) => (
          <View key={v.version} className="detail-revision">
            <View className="detail-revision__head">
              <Text className="detail-revision__version">第 {v.version} 版</Text>
              <Text className="detail-revision__time">{formatShanghaiTime(v.changedAt)}</Text>
            </View>
            <Text className="detail-revision__note">{v.note}</Text>
          </View>
        ))}
      </View>
    </>
  );
}
