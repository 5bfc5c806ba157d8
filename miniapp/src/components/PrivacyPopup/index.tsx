import { useState, useSyncExternalStore } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { agreePrivacy, declinePrivacy, openPrivacyContract, privacyStore } from '../../services/privacy';
import './index.css';

let seq = 0;

/**
 * Asks for consent when WeChat reports that a privacy interface needs it (see services/privacy.ts).
 * The agree button has open-type="agreePrivacyAuthorization"; its id is passed back as buttonId so
 * the base library can check that this very button was tapped.
 */
export function PrivacyPopup() {
  const pending = useSyncExternalStore(privacyStore.subscribe, privacyStore.isPending, privacyStore.isPending);
  const [buttonId] = useState(() => `privacy-agree-${++seq}`);
  if (!pending) return null;

  return (
    <View className="privacy-mask" catchMove>
      <View className="privacy-sheet">
        <Text className="privacy-sheet__title">用户隐私保护提示</Text>
        <Text className="privacy-sheet__body">
          为了向你提供扫码查询、提交缺陷报告等服务，我们需要按照隐私保护指引处理你的相关信息。请在使用前阅读
        </Text>
        <Text className="privacy-sheet__link" onClick={openPrivacyContract}>
          《隐私保护指引》
        </Text>
        <Text className="privacy-sheet__body">。如你不同意，相关功能将无法使用，其他查询功能不受影响。</Text>
        <View className="privacy-sheet__actions">
          <Button className="btn btn--plain privacy-sheet__btn" onClick={declinePrivacy}>
            不同意
          </Button>
          <Button
            id={buttonId}
            className="btn btn--primary privacy-sheet__btn"
            openType="agreePrivacyAuthorization"
            onAgreePrivacyAuthorization={() => agreePrivacy(buttonId)}
          >
            同意并继续
          </Button>
        </View>
      </View>
    </View>
  );
}
