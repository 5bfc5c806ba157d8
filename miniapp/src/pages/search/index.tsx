import { useMemo, useState } from 'react';
import Taro, { useReachBottom, useRouter } from '@tarojs/taro';
import { Button, Image, Input, Text, View } from '@tarojs/components';
import { CATEGORIES, ZCategoryCode, type CategoryCode } from '@recall/shared';
import { EmptyState } from '../../components/EmptyState';
import { PageShell } from '../../components/PageShell';
import { PAGES, url } from '../../constants/routes';
import { useRecallSearch, type RecallCriteria } from '../../hooks/useRecallSearch';
import { RecallCard } from '../../components/RecallCard';
import magnifierIcon from '../../assets/icons/magnifier.png';
import './index.css';

function decode(v: string | undefined): string | undefined {
  if (!v) return undefined;
  try {
    return decodeURIComponent(v).trim() || undefined;
  } catch {
    return v.trim() || undefined;
  }
}

export default function SearchPage() {
  const { params } = useRouter();
  const initial = useMemo<RecallCriteria>(() => {
    const category = ZCategoryCode.safeParse(decode(params.category));
    return {
      q: decode(params.q)?.slice(0, 50),
      gtin: decode(params.gtin),
      category: category.success ? (category.data as CategoryCode) : undefined,
    };
  }, [params.q, params.gtin, params.category]);

  const [criteria, setCriteria] = useState<RecallCriteria>(initial);
  const [keyword, setKeyword] = useState(initial.q ?? '');
  const search = useRecallSearch(criteria);

  useReachBottom(() => search.loadMore());

  const submit = () => {
    const q = keyword.trim().slice(0, 50);
    setCriteria({ ...criteria, q: q || undefined });
  };
  const clearFilter = (field: 'gtin' | 'category') => setCriteria({ ...criteria, [field]: undefined });
  const goReport = () => void Taro.switchTab({ url: url(PAGES.report) });
  const nothingToSearch = !criteria.q && !criteria.gtin && !criteria.category;

  return (
    <PageShell className="search">
      <View className="search-bar">
        <View className="search-bar__box">
          <Image className="search-bar__icon" src={magnifierIcon} />
          <Input
            className="search-bar__input"
            value={keyword}
            confirmType="search"
            maxlength={50}
            placeholder="产品名称、品牌、型号或生产者"
            placeholderClass="search-bar__placeholder"
            onInput={(e) => setKeyword(e.detail.value)}
            onConfirm={submit}
          />
        </View>
        <View className="search-bar__go" onClick={submit}>
          <Text>搜索</Text>
        </View>
      </View>

      {criteria.gtin || criteria.category ? (
        <View className="search-filters">
          {criteria.gtin ? (
            <View className="search-chip" onClick={() => clearFilter('gtin')}>
              <Text>商品条码 {criteria.gtin}</Text>
              <Text className="search-chip__x">×</Text>
            </View>
          ) : null}
          {criteria.category ? (
            <View className="search-chip" onClick={() => clearFilter('category')}>
              <Text>{CATEGORIES[criteria.category]}</Text>
              <Text className="search-chip__x">×</Text>
            </View>
          ) : null}
        </View>
      ) : null}

      {nothingToSearch ? (
        <EmptyState
          glyph="查"
          title="输入关键词开始查询"
          description="可以输入产品名称、品牌、型号或生产者名称，也可以在首页扫描商品条码。"
        />
      ) : search.error && search.items.length === 0 ? (
        <EmptyState glyph="!" tone="warning" title="暂时无法完成查询" description={search.error}>
          <Button className="btn btn--primary btn--small" onClick={search.retry}>
            重新查询
          </Button>
        </EmptyState>
      ) : search.searched && search.items.length === 0 ? (
        <EmptyState
          glyph="无"
          title="未查到相关召回信息"
          description="召回信息库中暂无匹配的记录，这并不代表产品一定不存在缺陷。如果你发现产品有安全隐患，欢迎报告。"
        >
          <Button className="btn btn--primary btn--small" onClick={goReport}>
            报告产品缺陷
          </Button>
        </EmptyState>
      ) : (
        <View className="search-results">
          {search.searched ? (
            <Text className="search-results__count">
              共找到 <Text className="search-results__num">{search.total}</Text> 条召回信息
            </Text>
          ) : null}
          {search.items.map((item) => (
            <RecallCard key={item.id} recall={item} />
          ))}
          <View className="search-results__footer">
            {search.loading ? (
              <Text>正在查询…</Text>
            ) : search.error ? (
              <Text className="link" onClick={search.retry}>
                {search.error}，点此重试
              </Text>
            ) : search.searched && !search.hasMore ? (
              <Text>已显示全部结果</Text>
            ) : null}
          </View>
          {search.searched && !search.hasMore ? (
            <View className="search-results__report" onClick={goReport}>
              <Text>没有找到你的产品？</Text>
              <Text className="link">报告产品缺陷 ›</Text>
            </View>
          ) : null}
        </View>
      )}
    </PageShell>
  );
}
