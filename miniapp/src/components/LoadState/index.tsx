import { Button } from '@tarojs/components';
import { EmptyState } from '../EmptyState';

interface Props {
  /** What is being opened: 申请, 报告, 线索, 案件. */
  noun: string;
  loading: boolean;
  error: string | null;
  notFound: boolean;
  notFoundTitle: string;
  /** A consumer is told calmly that a record is gone; staff see it as a warning. */
  calmNotFound?: boolean;
  onReload: () => unknown;
}

/** What a detail screen shows until its record is loaded: loading, or why it failed with a retry. */
export function LoadState({ noun, loading, error, notFound, notFoundTitle, calmNotFound, onReload }: Props) {
  if (loading) return <EmptyState glyph="…" title={`正在加载${noun}`} />;
  const calm = calmNotFound && notFound;
  return (
    <EmptyState
      glyph={calm ? '无' : '!'}
      tone={calm ? 'neutral' : 'warning'}
      title={notFound ? notFoundTitle : '暂时无法加载'}
      description={error ?? undefined}
    >
      <Button className="btn btn--primary btn--small" onClick={() => void onReload()}>
        重新加载
      </Button>
    </EmptyState>
  );
}
