import { Text } from '@tarojs/components';
import './index.css';

/** Marks demo data (`demo: true`) wherever a recall is shown, so nobody mistakes it for a real recall. */
export function DemoBadge({ className }: { className?: string }) {
  return <Text className={`demo-badge ${className ?? ''}`}>演示数据</Text>;
}
