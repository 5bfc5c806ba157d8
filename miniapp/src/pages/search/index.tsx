import { useEffect, useMemo, useState } from 'react';
import Taro, { useReachBottom } from '@tarojs/taro';
import { Button, Image, Input, Text, View } from '@tarojs/components';
import { isIsoDate, isValidGtin, ZCategoryCode, type CategoryCode } from '@recall/shared';
import { CategoryChips } from '../../features/recalls/components/CategoryChips';
import { EmptyState } from '../../components/EmptyState';
import { NoResults } from '../../features/recalls/components/NoResults';
import { Suggestions } from '../../features/recalls/components/Suggestions';
import { useSuggestions } from '../../features/recalls/useSuggestions';
import { PageShell } from '../../components/PageShell';
import { RecallCard } from '../../features/recalls/components/RecallCard';
import { RecentSearches } from '../../features/recalls/components/RecentSearches';
import { PAGES, url } from '../../constants/routes';
import { recallFollowTarget, useFollowAction } from '../../features/notify/useFollow';
import { useLargeText, useRecentSearches } from '../../hooks/usePrefs';
import { useRecallSearch, type RecallCriteria } from '../../features/recalls/useRecallSearch';
import { useSession } from '../../features/account/useSession';
import { openReport } from '../../features/clues/clueDraft';
import { decorative, pressable } from '../../utils/a11y';
import { displayGtin, freshnessText } from '../../utils/format';
import { param } from '../../utils/params';
import { usePageParams } from '../../hooks/usePageParams';
import magnifierIcon from '../../assets/icons/magnifier.png';
import './index.css';

export default function SearchPage() {
  const params = usePageParams();
  const initial = useMemo<RecallCriteria>(() => {
    const category = ZCategoryCode.safeParse(param(params.category));
    const gtin = param(params.gtin, 14);
    return {
      q: param(params.q, 50),
      gtin: gtin && isValidGtin(gtin) ? gtin : undefined,
      category: category.success ? (category.data as CategoryCode) : undefined,
    };
  }, [params.q, params.gtin, params.category]);
  // A scanned GS1 QR code also tells the batch and production date: they go on to the check form.
  const scanned = useMemo(() => {
    const date = param(params.productionDate, 10);
    return { batch: param(params.batch, 100), productionDate: date && isIsoDate(date) ? date : undefined };
  }, [params.batch, params.productionDate]);

  const [criteria, setCriteria] = useState<RecallCriteria>(initial);
  const [keyword, setKeyword] = useState(initial.q ?? '');
  // Suggestions while the box holds text not yet searched; close matches when a keyword found nothing.
  const [typing, setTyping] = useState(false);
  // A changed URL (the address edited, or this page shown again with another query) is a new search.
  useEffect(() => {
    setCriteria(initial);
    setKeyword(initial.q ?? '');
  }, [initial]);
  const search = useRecallSearch(criteria);
  const suggestions = useSuggestions(typing && keyword.trim() !== criteria.q ? keyword : null);
  const nothing = search.searched && !search.items.length && !search.error && !search.inputError;
  const closeMatches = useSuggestions(nothing ? (criteria.q ?? null) : null, undefined, 0);
  const recent = useRecentSearches();
  const { largeText } = useLargeText();
  // Read only (no silent sign-in for browsing); staff accounts cannot follow products.
  const session = useSession({ autoLoad: false });
  const follow = useFollowAction('search');

  // A keyword is remembered once the server has answered it (refused keywords are not).
  useEffect(() => {
    if (search.answered?.q) recent.add(search.answered.q);
  }, [search.answered]);

  useReachBottom(() => search.loadMore());

  const submit = () => {
    const q = keyword.trim().slice(0, 50);
    setTyping(false);
    setCriteria({ ...criteria, q: q || undefined });
  };
  const searchFor = (q: string) => {
    setTyping(false);
    setKeyword(q);
    setCriteria({ ...criteria, q });
  };
  const setCategory = (category: CategoryCode | undefined) => setCriteria({ ...criteria, category });
  const clearGtin = () => setCriteria({ ...criteria, gtin: undefined });
  const goReport = () => openReport({ gtin: criteria.gtin, categoryCode: criteria.category });
  const goCheck = () =>
    void Taro.navigateTo({
      url: url(PAGES.check, {
        gtin: criteria.gtin ? displayGtin(criteria.gtin) : undefined,
        batch: scanned.batch,
        productionDate: scanned.productionDate,
      }),
    });
  const browsing = !criteria.q && !criteria.gtin;
  // Found by bar code: the detail's 查一查 starts from this bar code (and any scanned batch / date).
  const carry = criteria.gtin ? { gtin: displayGtin(criteria.gtin), ...scanned } : undefined;

  return (
    <PageShell className="search">
      <View className="search-bar">
        <View className={`search-bar__box ${search.inputError ? 'search-bar__box--error' : ''}`}>
          <Image className="search-bar__icon" src={magnifierIcon} {...decorative()} />
          <Input
            className="search-bar__input"
            value={keyword}
            confirmType="search"
            maxlength={50}
            placeholder={largeText ? '产品名称、品牌或型号' : '产品名称、品牌、型号或生产者'}
            placeholderClass="search-bar__placeholder"
            onInput={(e) => {
              setKeyword(e.detail.value);
              setTyping(true);
            }}
            onConfirm={submit}
          />
        </View>
        <View className="search-bar__go" {...pressable(submit)}>
          <Text>搜索</Text>
        </View>
      </View>
      {typing ? <Suggestions items={suggestions} onPick={searchFor} /> : null}
      {search.inputError ? (
        <View className="search-bar__error">
          <Text>{search.inputError}</Text>
        </View>
      ) : null}

      <CategoryChips value={criteria.category} onChange={setCategory} />

      {criteria.gtin ? (
        <View className="search-filters">
          <View
            className="search-chip"
            {...pressable(clearGtin, { label: `清除商品条码 ${displayGtin(criteria.gtin)}` })}
          >
            <Text>商品条码 {displayGtin(criteria.gtin)}</Text>
            <Text className="search-chip__x">×</Text>
          </View>
        </View>
      ) : null}

      {browsing ? <RecentSearches className="search-recent" onPick={searchFor} /> : null}

      {search.inputError ? null : search.error && search.items.length === 0 ? (
        <EmptyState glyph="!" tone="warning" title="暂时无法完成查询" description={search.error}>
          <Button className="btn btn--primary btn--small" onClick={search.retry}>
            重新查询
          </Button>
        </EmptyState>
      ) : search.searched && search.items.length === 0 ? (
        <NoResults
          criteria={criteria}
          dataAsOf={search.dataAsOf}
          closeMatches={closeMatches}
          onPick={searchFor}
          onReport={goReport}
        />
      ) : (
        <View className="search-results">
          {criteria.gtin && search.items.length > 0 ? (
            <View className="search-check" hoverClass="search-check--active" {...pressable(goCheck, { role: 'link' })}>
              <View className="search-check__body">
                <Text className="search-check__title">查一查我的这件是否在召回范围</Text>
                <Text className="search-check__hint">
                  {scanned.batch || scanned.productionDate
                    ? `已读取${[scanned.batch ? `批次 ${scanned.batch}` : '', scanned.productionDate ? `生产日期 ${scanned.productionDate}` : ''].filter(Boolean).join('、')}`
                    : '核对批次号、生产日期，确认你的这件是否受影响'}
                </Text>
              </View>
              <Text className="search-check__arrow">›</Text>
            </View>
          ) : null}
          {search.searched ? (
            <View className="search-results__summary">
              <Text className="search-results__count">
                {browsing && !criteria.category ? '最新召回信息，' : ''}共{' '}
                <Text className="search-results__num">{search.total}</Text> 条
              </Text>
              <Text className="search-results__fresh">{freshnessText(search.dataAsOf)}</Text>
            </View>
          ) : null}
          {search.items.map((item) => {
            const target = session.staff ? null : recallFollowTarget(item, criteria.gtin);
            const key = `r${item.id}`;
            return (
              <RecallCard
                key={item.id}
                recall={item}
                carry={carry}
                action={
                  target ? (
                    <Text
                      className={`follow-chip ${follow.done[key] ? 'follow-chip--done' : ''}`}
                      onClick={(e) => {
                        e.stopPropagation();
                        follow.follow(key, target);
                      }}
                    >
                      {follow.busy === key ? '关注中…' : follow.done[key] ? '已关注' : '＋关注'}
                    </Text>
                  ) : null
                }
              />
            );
          })}
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
