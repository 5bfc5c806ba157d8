import { Image, Text, View } from '@tarojs/components';
import { decorative, pressable } from '../../utils/a11y';
import scanIcon from '../../assets/icons/scan-blue.png';
import './index.css';

/** The 扫码 pill beside a bar-code field. */
export function ScanAction({ onScan }: { onScan: () => void }) {
  return (
    <View className="scan-action" hoverClass="scan-action--active" {...pressable(onScan)}>
      <Image className="scan-action__icon" src={scanIcon} {...decorative()} />
      <Text>扫码</Text>
    </View>
  );
}
