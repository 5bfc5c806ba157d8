import { useCallback, useState } from 'react';
import Taro, { useDidHide } from '@tarojs/taro';
import { Button, Image, Input, Text, View } from '@tarojs/components';
import { CATEGORIES, CATEGORY_CODES, type CategoryCode } from '@recall/shared';
import { GtinEntry } from '../../features/recalls/components/GtinEntry';
import { PageShell } from '../../components/PageShell';
import { RecentSearches } from '../../features/recalls/components/RecentSearches';
import { PAGES, url } from '../../constants/routes';
import { useFollowAction } from '../../features/notify/useFollow';
import { useLargeText } from '../../hooks/usePrefs';
import { keywordProblem } from '../../features/recalls/useRecallSearch';
import { openGtinResults, useScan, type ScannedProduct } from '../../features/recalls/useScan';
import { useSession } from '../../features/account/useSession';
import { useUnreadBadge } from '../../features/notify/useUnreadBadge';
import { searchRecalls } from '../../features/recalls/api';
import { openReport } from '../../features/clues/clueDraft';
import { isWeapp } from '../../utils/env';
import { displayGtin, freshnessText } from '../../utils/format';
import scanIcon from '../../assets/icons/scan.png';
import magnifierIcon from '../../assets/icons/magnifier.png';
import './index.css';

/** Category shortcuts (01–10), each with a one-character mark. */
const CATEGORY_MARKS: Record<CategoryCode, string> = {
  '01': '电',
  '02': '童',
  '03': '家',
  '04': '日',
  '05': '车',
  '06': '衣',
  '07': '食',
  '08': '文',
  '09': '材',
  '10': '其',
};

const openSearch = (q: string) => void Taro.navigateTo({ url: url(PAGES.search, { q }) });

/** A scanned or typed bar code that no recall concerns (yet): offered for following. */
interface NothingFound extends ScannedProduct {
  source: 'scan' | 'manual';
  dataAsOf: string | null;
}

export default function Home() {
  const { largeText } = useLargeText();
  const [keyword, setKeyword] = useState('');
  const [keywordError, setKeywordError] = useState<string | null>(null);
  // The browser build has no scanner: the bar code field is always there. In WeChat it opens on demand.
  const [gtinOpen, setGtinOpen] = useState(!isWeapp());
  const [gtinFocus, setGtinFocus] = useState(false);

  const showGtinEntry = useCallback(() => {
    setGtinOpen(true);
    setGtinFocus(false);
    // Re-arm the prop so focusing works more than once.
    setTimeout(() => setGtinFocus(true), 50);
  }, []);
  useUnreadBadge();
  // Read only: staff accounts cannot follow products.
  const session = useSession({ autoLoad: false });
  const follow = useFollowAction('scan');
  const [nothing, setNothing] = useState<NothingFound | null>(null);
  const [looking, setLooking] = useState(false);

  // A bar code: its recalls open in the results; when there are none, the page offers to follow it.
  const lookUp = useCallback(async (found: ScannedProduct, source: NothingFound['source']) => {
    setNothing(null);
    setLooking(true);
    let recalled = true;
    let dataAsOf: string | null = null;
    try {
      const res = await searchRecalls({ gtin: found.gtin, page: 1, pageSize: 1 });
      recalled = res.total > 0;
      dataAsOf = res.dataAsOf;
    } catch {
      // The results page shows the failure with a retry.
    } finally {
      setLooking(false);
    }
    if (recalled) {
      openGtinResults(found);
      return;
    }
    setNothing({ ...found, source, dataAsOf });
    setTimeout(() => void Taro.pageScrollTo({ selector: '.scan-none', duration: 300 }).catch(() => undefined), 100);
  }, []);
  const onScanned = useCallback((found: ScannedProduct) => void lookUp(found, 'scan'), [lookUp]);
  const scan = useScan(showGtinEntry, onScanned);
  // The answer is for this visit: leaving the page (not the scanner) clears it.
  useDidHide(() => {
    if (!looking) setNothing(null);
  });
  const followKey = nothing ? `gtin${nothing.gtin}` : '';

  const search = () => {
    const q = keyword.trim();
    if (!q) {
      setKeywordError('请输入产品名称、品牌、型号或生产者');
      return;
    }
    const problem = keywordProblem(q);
    if (problem) {
      setKeywordError(problem);
      return;
    }
    openSearch(q);
  };

  return (
    <PageShell className="home">
      <View className="home-hero">
        <Text className="home-hero__eyebrow">消费者服务</Text>
        <Text className="home-hero__title">缺陷消费品召回查询</Text>
        <Text className="home-hero__desc">查一查你买的产品是否在召回范围内，了解缺陷情况和免费补救方式。</Text>
        <Button className="home-scan" hoverClass="home-scan--active" onClick={scan}>
          <Image className="home-scan__icon" src={scanIcon} />
          <View className="home-scan__text">
            <Text className="home-scan__title">扫码查询</Text>
            <Text className="home-scan__hint">扫描商品包装上的条形码或二维码</Text>
          </View>
        </Button>
        {isWeapp() && !gtinOpen ? (
          <Text className="home-hero__manual" onClick={showGtinEntry}>
            条码扫不出来？手动输入条码 ›
          </Text>
        ) : null}
      </View>

      <View className="home-search">
        <Image className="home-search__icon" src={magnifierIcon} />
        <Input
          className="home-search__input"
          value={keyword}
          confirmType="search"
          maxlength={50}
          placeholder={largeText ? '产品名称、品牌或型号' : '产品名称、品牌、型号或生产者'}
          placeholderClass="home-search__placeholder"
          onInput={(e) => {
            setKeyword(e.detail.value);
            if (keywordError) setKeywordError(null);
          }}
          onConfirm={search}
        />
        <View className="home-search__go" onClick={search}>
          <Text>搜索</Text>
        </View>
      </View>
      {keywordError ? <Text className="home-search-error">{keywordError}</Text> : null}

      <RecentSearches onPick={openSearch} />

      {gtinOpen ? (
        <GtinEntry
          focus={gtinFocus}
          onBlur={() => setGtinFocus(false)}
          onSubmit={(gtin) => void lookUp({ gtin }, 'manual')}
        />
      ) : null}

      {looking ? (
        <View className="card scan-none scan-none--looking">
          <Text className="scan-none__fresh">正在查询该条码的召回信息…</Text>
        </View>
      ) : nothing ? (
        <View className="card scan-none">
          <View className="scan-none__head">
            <Text className="scan-none__badge">暂无召回</Text>
            <Text className="scan-none__code">商品条码 {displayGtin(nothing.gtin)}</Text>
            <Text className="scan-none__close" onClick={() => setNothing(null)}>
              ×
            </Text>
          </View>
          <Text className="scan-none__fresh">未查到与此条码相关的召回信息（{freshnessText(nothing.dataAsOf)}）。</Text>
          {session.staff ? null : (
            <>
              <Button
                className={`btn ${follow.done[followKey] ? 'btn--plain follow-product--done' : 'btn--primary'} follow-product ${follow.busy ? 'btn--busy' : ''}`}
                disabled={!!follow.busy || undefined}
                onClick={() => follow.follow(followKey, { gtin: nothing.gtin, batch: nothing.batch }, nothing.source)}
              >
                {follow.busy
                  ? '正在关注…'
                  : follow.done[followKey]
                    ? '已关注，一旦召回立即通知你'
                    : '关注它，一旦召回立即通知我'}
              </Button>
              {follow.done[followKey] ? (
                <Text className="link scan-none__mine" onClick={follow.openMine}>
                  查看我的产品 ›
                </Text>
              ) : null}
            </>
          )}
          <Text className="scan-none__warn">
            未查到召回不代表产品没有安全隐患。发现问题？
            <Text className="link" onClick={() => openReport({ gtin: nothing.gtin })}>
              报告产品缺陷 ›
            </Text>
          </Text>
        </View>
      ) : null}

      <Text className="section-title">按产品类别浏览</Text>
      <View className="home-cats">
        {CATEGORY_CODES.map((code) => (
          <View
            key={code}
            className="home-cat"
            hoverClass="home-cat--active"
            onClick={() => void Taro.navigateTo({ url: url(PAGES.search, { category: code }) })}
          >
            <View className={`home-cat__badge home-cat__badge--${code}`}>
              <Text>{CATEGORY_MARKS[code]}</Text>
            </View>
            <Text className="home-cat__name">{CATEGORIES[code]}</Text>
          </View>
        ))}
      </View>

      <View
        className="card home-report"
        hoverClass="home-report--active"
        onClick={() => void Taro.switchTab({ url: url(PAGES.report) })}
      >
        <View className="home-report__body">
          <Text className="home-report__title">发现产品缺陷？去报告</Text>
          <Text className="home-report__desc">
            产品存在可能危及人身、财产安全的问题，可以报告给市场监管部门核实处理。
          </Text>
        </View>
        <Text className="home-report__arrow">›</Text>
      </View>

      <View className="notice notice--info home-tip">
        <Text>召回期间，生产者应当免费为消费者修理、更换或退货，并承担消费者因召回支出的必要费用。</Text>
      </View>
    </PageShell>
  );
}
