import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { CATEGORIES, type CategoryCode } from '@recall/shared';
import { DEFECT_CLASSES, type DefectClass } from '@recall/shared/staff';
import { InfoRow } from '../../../../components/InfoRow';
import { FilterChips } from '../../../../features/technical/components/FilterChips';
import { subpage, url } from '../../../../constants/routes';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { useTypicalCases } from '../../../../features/technical/useTypicalCases';
import { useReferences } from '../../../../features/clues/useBureaus';
import { formatShanghaiDate } from '../../../../utils/format';
import '../../../../features/technical/components/TechnicalPanel/index.css';

export default function TypicalCasesPage() {
  return (
    <StaffGate
      className="tech-page"
      title="案例库"
      allowed={(s) => ['bureau', 'province', 'county', 'technical', 'admin'].includes(s.me?.role ?? '')}
      deniedText="案例库仅供市场监管部门和召回技术机构查看。"
    >
      {(me) => <Library opensCases={me.role === 'bureau' || me.role === 'province'} />}
    </StaffGate>
  );
}

function Library({ opensCases }: { opensCases: boolean }) {
  const [category, setCategory] = useState<CategoryCode | undefined>(undefined);
  const [defectClass, setDefectClass] = useState<DefectClass | undefined>(undefined);
  const [typed, setTyped] = useState('');
  const [keyword, setKeyword] = useState('');
  const q = useTypicalCases({ categoryCode: category, defectClass, keyword: keyword || undefined });
  const items = q.data?.items ?? [];
  const rule = useReferences()?.typicalCases;
  return (
    <View className="tech-workspace typical-cases">
      <View className="card">
        <Text className="tech-muted">
          省市场监管局列入的典型案例{rule ? `（${rule}）` : ''}，供各地办理同类案件时参考。
        </Text>
        <View className="tech-form__field">
          <Input
            className="tech-form__input typical-keyword"
            value={typed}
            placeholder="关键词：产品、生产者、缺陷"
            confirmType="search"
            onInput={(e) => setTyped(e.detail.value)}
            onConfirm={() => setKeyword(typed.trim())}
          />
          <Button className="btn btn--plain btn--small typical-search" onClick={() => setKeyword(typed.trim())}>
            检索
          </Button>
        </View>
      </View>
      <FilterChips allLabel="全部类别" options={CATEGORIES} value={category} onChange={setCategory} />
      <FilterChips allLabel="全部缺陷类别" options={DEFECT_CLASSES} value={defectClass} onChange={setDefectClass} />
      {q.error ? <Text className="tech-muted">{q.error}</Text> : null}
      {!q.loading && !items.length && !q.error ? <Text className="tech-muted">没有符合条件的典型案例。</Text> : null}
      {items.map((c) => (
        <View
          key={c.caseId}
          className="card tech-item typical-item"
          onClick={
            opensCases
              ? () => void Taro.navigateTo({ url: url(subpage('bureau', 'case'), { id: c.caseId }) })
              : undefined
          }
        >
          <Text className="tech-item__title">{c.title}</Text>
          <InfoRow label="案例摘要" value={c.summary} />
          <InfoRow label="产品" value={`${c.productName}（${c.categoryName}，${c.defectClassName}）`} />
          <InfoRow label="生产者" value={c.producerName} />
          {c.units !== null ? <InfoRow label="召回数量" value={`${c.units} 件`} /> : null}
          <Text className="tech-item__meta">
            {c.bureauName} · {formatShanghaiDate(c.markedAt)} 列入
          </Text>
        </View>
      ))}
    </View>
  );
}
