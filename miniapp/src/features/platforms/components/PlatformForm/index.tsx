import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import type { TPlatformView } from '@recall/shared/staff';
import { FormField } from '../../../../components/FormField';
import { scrollToField } from '../../../../services/draftForm';
import { errorMessage } from '../../../../services/errors';
import { nativeLabel } from '../../../../utils/a11y';
import { createPlatform, updatePlatform } from '../../api';
import {
  checkCreate,
  checkUpdate,
  draftOf,
  firstErrorField,
  errorsOfFailure,
  type FieldErrors,
  type PlatformDraft,
} from '../../form';
import { ContactsFields } from './Contacts';
import { SubscriptionFields } from './Subscription';
import '../platforms.css';

export type Credentials = { apiKey: string; webhookSecret: string };

interface Props {
  /** The platform to edit; a new registration when absent. */
  platform?: TPlatformView;
  /** After a registration, with the credentials to show once. */
  onCreated: (platform: TPlatformView, credentials: Credentials) => void;
  onSaved: (platform: TPlatformView) => void;
}

/** 登记电商平台, or its contacts, address and subscription corrected; checked with the contract's schema. */
export function PlatformForm({ platform, onCreated, onSaved }: Props) {
  const [draft, setDraft] = useState<PlatformDraft>(() => draftOf(platform));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sending, setSending] = useState(false);
  const set = <K extends keyof PlatformDraft>(key: K, value: PlatformDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [key]: '', form: '' }));
  };
  const show = (found: FieldErrors) => {
    setErrors(found);
    const first = firstErrorField(found);
    if (first) scrollToField(`.plat-f-${first}`);
  };
  const send = async <B,>(checked: { body: B | null; errors: FieldErrors }, save: (body: B) => Promise<void>) => {
    if (sending) return;
    if (!checked.body) return show({ ...checked.errors, form: '请按提示修改后再保存' });
    setSending(true);
    setErrors({});
    try {
      await save(checked.body);
    } catch (err) {
      show(errorsOfFailure(err, errorMessage(err)));
    } finally {
      setSending(false);
    }
  };
  const submit = () =>
    platform
      ? send(checkUpdate(draft), async (body) => onSaved(await updatePlatform(platform.id, body)))
      : send(checkCreate(draft), async (body) => {
          const created = await createPlatform(body);
          onCreated(created.platform, created.credentials);
        });
  const text = (key: 'name' | 'uscc' | 'webhookUrl', label: string, max: number) => (
    <Input
      className={`plat-input plat-input-${key}`}
      value={draft[key]}
      maxlength={max}
      disabled={(!!platform && key !== 'webhookUrl') || undefined}
      {...nativeLabel(label)}
      onInput={(e) => set(key, e.detail.value)}
    />
  );
  return (
    <View className="card plat-form">
      <FormField
        label="平台名称"
        hint="与营业执照一致；登记后不能修改"
        dataKey="name"
        className="plat-f-name"
        error={errors.name}
      >
        {text('name', '平台名称', 60)}
      </FormField>
      <FormField
        label="统一社会信用代码"
        hint="境外注册的平台可不填"
        optional
        dataKey="uscc"
        className="plat-f-uscc"
        error={errors.uscc}
      >
        {text('uscc', '统一社会信用代码', 18)}
      </FormField>
      <ContactsFields contacts={draft.contacts} errors={errors} onChange={(c) => set('contacts', c)} />
      <FormField
        label="接收地址"
        hint="召回信息推送到此网址（http:// 或 https:// 开头）；不填则由平台自行拉取"
        optional
        dataKey="webhookUrl"
        className="plat-f-webhookUrl"
        error={errors.webhookUrl}
      >
        {text('webhookUrl', '接收地址', 500)}
      </FormField>
      <SubscriptionFields draft={draft} errors={errors} set={set} />
      {errors.form ? (
        <View className="notice notice--error plat-form-error">
          <Text>{errors.form}</Text>
        </View>
      ) : null}
      <Button className="btn btn--primary plat-save" disabled={sending || undefined} onClick={() => void submit()}>
        {sending ? '正在保存…' : platform ? '保存修改' : '登记并生成密钥'}
      </Button>
    </View>
  );
}
