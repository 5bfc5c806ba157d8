import { Text, View } from '@tarojs/components';

interface Props {
  className: string;
  loading: boolean;
  error: string | null;
  hasMore: boolean;
  count: number;
  total: number;
  /** The counter word for the total: 件 (cases), 条 (clues, messages). */
  unit: string;
  onRetry: () => void;
  onMore: () => void;
}

/** The foot of a paged list: loading, the last error with a retry, more to load, or the total shown. */
export function ListFooter({ className, loading, error, hasMore, count, total, unit, onRetry, onMore }: Props) {
  return (
    <View className={className}>
      {loading ? (
        <Text>正在加载…</Text>
      ) : error ? (
        <Text className="link" onClick={onRetry}>
          {error}，点此重试
        </Text>
      ) : hasMore ? (
        <Text className="link" onClick={onMore}>
          加载更多
        </Text>
      ) : count ? (
        <Text>
          已显示全部 {total} {unit}
        </Text>
      ) : null}
    </View>
  );
}
