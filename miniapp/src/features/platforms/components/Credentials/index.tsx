import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import '../platforms.css';

interface Props {
  platformName: string;
  credentials: { apiKey: string; webhookSecret: string };
  /** 我已妥善保存: leaves the screen; the secrets are gone with it. */
  onDone: () => void;
}

const copy = (data: string, what: string) =>
  void Taro.setClipboardData({ data })
    .then(() => Taro.showToast({ title: `${what}已复制`, icon: 'none' }))
    .catch(() => Taro.showToast({ title: '复制失败，请长按选中后复制', icon: 'none' }));

/**
 * The API key and the webhook signing secret, shown this once: the server keeps only their
 * hashes, so they are never in the page's address, storage or any later answer.
 */
export function CredentialsCard({ platformName, credentials, onDone }: Props) {
  return (
    <View className="card plat-credentials">
      <View className="plat-warning plat-credentials__warning">
        <Text>
          请立即复制并妥善保存以下密钥，并交给{platformName}
          的技术人员。密钥只显示这一次，离开本页后无法再次查看；如遗失，只能重新生成，旧密钥随即失效。
        </Text>
      </View>
      <Text className="plat-item__title">接口密钥（API Key）</Text>
      <Text className="plat-muted">平台服务器调用接口时放在请求头：Authorization: Bearer 接口密钥</Text>
      <Text className="plat-secret plat-credentials__api-key" selectable userSelect>
        {credentials.apiKey}
      </Text>
      <Button
        className="btn btn--plain btn--small plat-copy-api-key"
        onClick={() => copy(credentials.apiKey, '接口密钥')}
      >
        复制接口密钥
      </Button>
      <Text className="plat-item__title">签名密钥</Text>
      <Text className="plat-muted">平台用它核对推送消息的签名（HMAC），确认消息来自本系统且未被篡改</Text>
      <Text className="plat-secret plat-credentials__secret" selectable userSelect>
        {credentials.webhookSecret}
      </Text>
      <Button
        className="btn btn--plain btn--small plat-copy-secret"
        onClick={() => copy(credentials.webhookSecret, '签名密钥')}
      >
        复制签名密钥
      </Button>
      <Button className="btn btn--primary plat-credentials__done" onClick={onDone}>
        我已妥善保存
      </Button>
    </View>
  );
}
