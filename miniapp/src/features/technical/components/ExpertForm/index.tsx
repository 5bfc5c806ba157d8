import { useState } from 'react';
import { Button, Switch, Text, View } from '@tarojs/components';
import { CATEGORIES, type CategoryCode } from '@recall/shared';
import type { TExpertView } from '@recall/shared/staff';
import { ApiError, errorMessage } from '../../../../services/errors';
import { createExpert, updateExpert } from '../../api';
import { TechField } from '../TechField';

interface Props {
  /** The expert to correct; a new one when absent. */
  expert?: TExpertView;
  onDone: () => void;
}

/** The province enters or corrects an expert of the library. */
export function ExpertForm({ expert, onDone }: Props) {
  const [v, setV] = useState<Record<string, string>>({
    name: expert?.name ?? '',
    organisation: expert?.organisation ?? '',
    title: expert?.title ?? '',
    phone: expert?.phone ?? '',
    specialty: expert?.specialty ?? '',
  });
  const [codes, setCodes] = useState<string[]>(expert?.categoryCodes ?? []);
  const [active, setActive] = useState(expert?.active ?? true);
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const set = (k: string) => (x: string) => setV((o) => ({ ...o, [k]: x }));
  const toggle = (c: string) => setCodes((o) => (o.includes(c) ? o.filter((x) => x !== c) : [...o, c]));
  const submit = async () => {
    setSending(true);
    setError(null);
    const body = {
      name: v.name,
      organisation: v.organisation,
      title: v.title,
      phone: v.phone,
      specialty: v.specialty,
      categoryCodes: codes as CategoryCode[],
      active,
    };
    try {
      if (expert) await updateExpert(expert.id, body);
      else await createExpert(body);
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setSending(false);
    }
  };
  const categoryError = error instanceof ApiError ? error.issueFor('categoryCodes') : undefined;
  return (
    <View className="card tech-answer-form expert-form">
      <Text className="tech-answer__title">{expert ? '更正专家信息' : '录入专家'}</Text>
      <Text className="tech-muted">姓名和电话加密保存，监管局和技术机构只能看到遮蔽后的信息。</Text>
      <TechField label="姓名" field="name" value={v.name} onChange={set('name')} error={error} max={32} />
      <TechField
        label="工作单位"
        field="organisation"
        value={v.organisation}
        onChange={set('organisation')}
        error={error}
        max={100}
      />
      <TechField label="职称" field="title" value={v.title} onChange={set('title')} error={error} max={50} />
      <TechField label="联系电话" field="phone" value={v.phone} onChange={set('phone')} error={error} max={20} />
      <View className="tech-form__field" data-key="categoryCodes">
        <Text className="tech-form__label">擅长的产品类别</Text>
        <View className="tech-chips">
          {(Object.keys(CATEGORIES) as CategoryCode[]).map((c) => (
            <Button
              key={c}
              className={`choice-chip ${codes.includes(c) ? 'choice-chip--on' : ''} expert-category-${c}`}
              onClick={() => toggle(c)}
            >
              {CATEGORIES[c]}
            </Button>
          ))}
        </View>
        {categoryError ? <Text className="tech-form__error">{categoryError}</Text> : null}
      </View>
      <TechField
        label="专业方向"
        field="specialty"
        value={v.specialty}
        onChange={set('specialty')}
        error={error}
        max={200}
      />
      <View className="tech-form__field">
        <Text className="tech-form__label">在库（停用后不能再被选为会商专家）</Text>
        <Switch checked={active} onChange={(e) => setActive(e.detail.value)} aria-label="在库" />
      </View>
      {error ? <View className="notice notice--error">{errorMessage(error)}</View> : null}
      <Button className="btn btn--primary expert-save" disabled={sending} onClick={() => void submit()}>
        {sending ? '正在保存…' : '保存'}
      </Button>
    </View>
  );
}
