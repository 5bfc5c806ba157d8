import Taro from '@tarojs/taro';
import { Button, Image, Text, View } from '@tarojs/components';
import { CATEGORIES, CATEGORY_CODES, type CategoryCode } from '@recall/shared';
import { BarcodeNotFound } from '../../features/recalls/components/BarcodeNotFound';
import { GtinEntry } from '../../features/recalls/components/GtinEntry';
import { KeywordSearch } from '../../features/recalls/components/KeywordSearch';
import { RecentSearches } from '../../features/recalls/components/RecentSearches';
import { useBarcodeLookup } from '../../features/recalls/useBarcodeLookup';
import { useUnreadBadge } from '../../features/notify/useUnreadBadge';
import { useTabPage } from '../../hooks/useTabPage';
import { PageShell } from '../../components/PageShell';
import { PAGES, url } from '../../constants/routes';
import { useLargeText } from '../../hooks/usePrefs';
import { decorative, hiddenFromReaders, pressable } from '../../utils/a11y';
import { isWeapp } from '../../utils/env';
import scanIcon from '../../assets/icons/scan.png';
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

export default function Home() {
  const { largeText } = useLargeText();
  useTabPage(PAGES.index);
  useUnreadBadge();
  const barcode = useBarcodeLookup();

  return (
    <PageShell className="home">
      <ScanHero onScan={barcode.scan} onTypeCode={barcode.gtinOpen ? undefined : barcode.showGtinEntry} />
      <KeywordSearch compact={largeText} onSearch={openSearch} />
      <RecentSearches onPick={openSearch} />

      {barcode.gtinOpen ? (
        <GtinEntry focus={barcode.gtinFocus} onBlur={barcode.blurGtin} onSubmit={barcode.typeGtin} />
      ) : null}

      {barcode.looking ? (
        <View className="card scan-none scan-none--looking">
          <Text className="scan-none__fresh">正在查询该条码的召回信息…</Text>
        </View>
      ) : barcode.nothing ? (
        <BarcodeNotFound nothing={barcode.nothing} onClose={barcode.dismiss} />
      ) : null}

      <CategoryTiles />

      <View
        className="card home-report"
        hoverClass="home-report--active"
        {...pressable(() => void Taro.switchTab({ url: url(PAGES.report) }), { role: 'link' })}
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

/** 扫码查询, with a way to type the code when the scanner cannot read it (WeChat only). */
function ScanHero({ onScan, onTypeCode }: { onScan: () => void; onTypeCode?: () => void }) {
  return (
    <View className="home-hero">
      <Text className="home-hero__eyebrow">消费者服务</Text>
      <Text className="home-hero__title">缺陷消费品召回查询</Text>
      <Text className="home-hero__desc">查一查你买的产品是否在召回范围内，了解缺陷情况和免费补救方式。</Text>
      <Button className="home-scan" hoverClass="home-scan--active" onClick={onScan}>
        <Image className="home-scan__icon" src={scanIcon} {...decorative()} />
        <View className="home-scan__text">
          <Text className="home-scan__title">扫码查询</Text>
          <Text className="home-scan__hint">扫描商品包装上的条形码或二维码</Text>
        </View>
      </Button>
      {isWeapp() && onTypeCode ? (
        <Text className="home-hero__manual" {...pressable(onTypeCode)}>
          条码扫不出来？手动输入条码 ›
        </Text>
      ) : null}
    </View>
  );
}

function CategoryTiles() {
  return (
    <>
      <Text className="section-title">按产品类别浏览</Text>
      <View className="home-cats">
        {CATEGORY_CODES.map((code) => (
          <View
            key={code}
            className="home-cat"
            hoverClass="home-cat--active"
            {...pressable(() => void Taro.navigateTo({ url: url(PAGES.search, { category: code }) }), { role: 'link' })}
          >
            <View className={`home-cat__badge home-cat__badge--${code}`} {...hiddenFromReaders()}>
              <Text>{CATEGORY_MARKS[code]}</Text>
            </View>
            <Text className="home-cat__name">{CATEGORIES[code]}</Text>
          </View>
        ))}
      </View>
    </>
  );
}
