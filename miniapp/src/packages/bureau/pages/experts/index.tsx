import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { CATEGORIES, type CategoryCode } from '@recall/shared';
import type { TExpertView } from '@recall/shared/staff';
import { InfoRow } from '../../../../components/InfoRow';
import { FilterChips } from '../../../../features/technical/components/FilterChips';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { ExpertForm } from '../../../../features/technical/components/ExpertForm';
import { useExperts } from '../../../../features/technical/useExperts';
import { useReferences } from '../../../../features/clues/useBureaus';
import '../../../../features/technical/components/TechnicalPanel/index.css';

export default function ExpertsPage() {
  return (
    <StaffGate
      className="tech-page"
      title="专家库"
      allowed={(s) => ['bureau', 'province', 'technical', 'admin'].includes(s.me?.role ?? '')}
      deniedText="专家库仅供市场监管部门和召回技术机构查看。"
    >
      {(me) => <Library keeps={me.role === 'province' || me.role === 'admin'} />}
    </StaffGate>
  );
}

function Library({ keeps }: { keeps: boolean }) {
  const [category, setCategory] = useState<CategoryCode | undefined>(undefined);
  const [editing, setEditing] = useState<TExpertView | 'new' | null>(null);
  const q = useExperts({ categoryCode: category, status: keeps ? 'all' : 'active' });
  const items = q.data?.items ?? [];
  const rule = useReferences()?.experts;
  const done = () => {
    setEditing(null);
    void q.reload();
  };
  return (
    <View className="tech-workspace experts">
      <View className="card">
        <Text className="tech-muted">
          省市场监管局建立的召回专家库{rule ? `（${rule}）` : ''}，技术会商时从中选择专家。
          {keeps ? '' : '姓名和电话已遮蔽。'}
        </Text>
      </View>
      <FilterChips allLabel="全部类别" options={CATEGORIES} value={category} onChange={setCategory} />
      {keeps && !editing ? (
        <Button className="btn btn--primary expert-new" onClick={() => setEditing('new')}>
          录入专家
        </Button>
      ) : null}
      {editing ? <ExpertForm expert={editing === 'new' ? undefined : editing} onDone={done} /> : null}
      {q.error ? <Text className="tech-muted">{q.error}</Text> : null}
      {!q.loading && !items.length && !q.error ? <Text className="tech-muted">没有符合条件的专家。</Text> : null}
      {items.map((e) => (
        <View key={e.id} className={`card tech-item expert-${e.id}`}>
          <Text className="tech-item__title">
            {e.name} · {e.title}
            {e.active ? '' : ' · 已停用'}
          </Text>
          <InfoRow label="工作单位" value={e.organisation} />
          <InfoRow label="擅长类别" value={e.categoryNames.join('、')} />
          {e.specialty ? <InfoRow label="专业方向" value={e.specialty} /> : null}
          <InfoRow label="联系电话" value={e.phone} />
          {keeps ? (
            <Button className="btn btn--plain btn--small expert-edit" onClick={() => setEditing(e)}>
              更正
            </Button>
          ) : null}
        </View>
      ))}
    </View>
  );
}
