import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { TPlatformView } from '@recall/shared/staff';
import { LoadState } from '../../../../components/LoadState';
import { subpage, url } from '../../../../constants/routes';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { fetchPlatform, renewCredentials, updatePlatform } from '../../../../features/platforms/api';
import { CredentialsCard } from '../../../../features/platforms/components/Credentials';
import { PlatformForm, type Credentials } from '../../../../features/platforms/components/PlatformForm';
import { useDetail } from '../../../../hooks/useResource';
import { toastError } from '../../../../services/errors';
import { idParam } from '../../../../utils/params';
import '../../../../features/platforms/components/platforms.css';

/** 登记电商平台, or (`?id=`) one platform's contacts, address, subscription, 停用 and new credentials. */
export default function PlatformFormPage() {
  return (
    <StaffGate
      className="plat-page"
      title="电商平台"
      allowed={(s) => s.me?.role === 'province' || s.me?.role === 'admin'}
      deniedText="电商平台登记由省市场监管局管理。"
    >
      {() => <Screen />}
    </StaffGate>
  );
}

/** Back to the registry, which reloads when it shows. */
const toRegistry = () => {
  const pages = Taro.getCurrentPages();
  if (pages.length > 1) void Taro.navigateBack();
  else void Taro.redirectTo({ url: url(subpage('bureau', 'platforms')) });
};

function Screen() {
  const { params } = useRouter();
  const id = idParam(params.id);
  const [shown, setShown] = useState<{ name: string; credentials: Credentials } | null>(null);
  if (shown) return <CredentialsCard platformName={shown.name} credentials={shown.credentials} onDone={toRegistry} />;
  if (!id) {
    return (
      <View className="plat-register">
        <View className="card">
          <Text className="plat-muted">登记后将生成接口密钥和签名密钥，只显示一次，请准备好交给平台技术人员。</Text>
        </View>
        <PlatformForm onCreated={(p, credentials) => setShown({ name: p.name, credentials })} onSaved={toRegistry} />
      </View>
    );
  }
  return <Edit id={id} onRenewed={(p, credentials) => setShown({ name: p.name, credentials })} />;
}

function Edit({ id, onRenewed }: { id: number; onRenewed: (p: TPlatformView, c: Credentials) => void }) {
  const d = useDetail(id, fetchPlatform, { missingId: '缺少平台编号' });
  const [busy, setBusy] = useState(false);
  if (!d.data) {
    return (
      <LoadState
        noun="平台"
        loading={d.loading}
        error={d.error}
        notFound={d.notFound}
        notFoundTitle="找不到这个平台"
        onReload={d.reload}
      />
    );
  }
  const p = d.data;
  const confirm = async (title: string, content: string, confirmText: string) =>
    (await Taro.showModal({ title, content, confirmText, confirmColor: '#B3261E' })).confirm;
  const act = async (run: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await run();
    } catch (err) {
      toastError(err);
    } finally {
      setBusy(false);
    }
  };
  const renew = () =>
    act(async () => {
      const ok = await confirm(
        '重新生成密钥？',
        `${p.name}现用的接口密钥和签名密钥将立即失效，平台须换用新密钥才能继续接收和报告。新密钥只显示一次。`,
        '重新生成',
      );
      if (ok) onRenewed(p, await renewCredentials(p.id));
    });
  const toggle = () =>
    act(async () => {
      const ok = p.disabled
        ? true
        : await confirm('停用该平台？', `停用后不再向${p.name}推送召回，平台账号也不能再报告处置情况。`, '停用');
      if (ok) d.setData(await updatePlatform(p.id, { disabled: !p.disabled }));
    });
  return (
    <View className="plat-edit-page">
      <View className="card">
        <Text className="plat-item__title">
          {p.name}
          {p.disabled ? '（已停用）' : ''}
        </Text>
        <View className="plat-actions">
          <Button
            className="btn btn--danger-line btn--small plat-renew"
            disabled={busy || undefined}
            onClick={() => void renew()}
          >
            重新生成密钥
          </Button>
          <Button
            className="btn btn--plain btn--small plat-toggle"
            disabled={busy || undefined}
            onClick={() => void toggle()}
          >
            {p.disabled ? '恢复启用' : '停用该平台'}
          </Button>
        </View>
      </View>
      <PlatformForm key={p.id} platform={p} onCreated={() => undefined} onSaved={toRegistry} />
    </View>
  );
}
