import { Button, Text, View } from '@tarojs/components';
import { CATEGORIES } from '@recall/shared';
import { EmptyState } from '../../../../components/EmptyState';
import { displayGtin, freshnessText } from '../../../../utils/format';
import type { RecallCriteria } from '../../useRecallSearch';
import type { Suggestion } from '../../useSuggestions';
import './index.css';

/** What was searched, in words: “电热毯”, 商品条码“6901234567892”, 类别“家具”. */
function searched(c: RecallCriteria): string {
  return [
    c.q ? `“${c.q}”` : '',
    c.gtin ? `商品条码“${displayGtin(c.gtin)}”` : '',
    c.category ? `类别“${CATEGORIES[c.category]}”` : '',
  ]
    .filter(Boolean)
    .join('、');
}

interface Props {
  criteria: RecallCriteria;
  dataAsOf: string | null;
  /** Close matches for the keyword (brands, products, models); a tap searches one. */
  closeMatches: Suggestion[];
  onPick: (q: string) => void;
  onReport: () => void;
}

/** Nothing found: what was searched, close matches, and how to report a problem — never "safe". */
export function NoResults({ criteria, dataAsOf, closeMatches, onPick, onReport }: Props) {
  return (
    <View className="card search-empty">
      <EmptyState className="search-empty__head" glyph="无" title={`没有找到与${searched(criteria)}相关的召回信息`} />
      {closeMatches.length ? (
        <View className="search-empty__near">
          <Text className="search-empty__near-title">你是不是要找：</Text>
          <View className="search-empty__chips">
            {closeMatches.map((s) => (
              <Text key={`${s.kind}:${s.text}`} className="search-chip" onClick={() => onPick(s.text)}>
                {s.text}
              </Text>
            ))}
          </View>
        </View>
      ) : null}
      <View className="search-empty__facts">
        <Text className="search-empty__fresh">{freshnessText(dataAsOf)}</Text>
        <Text className="search-empty__warn">未查到召回不代表产品没有安全隐患。</Text>
        <Text className="search-empty__text">
          如果你发现产品存在可能危及人身、财产安全的问题，请报告给市场监管部门核实处理。
        </Text>
      </View>
      <Button className="btn btn--primary search-empty__report" onClick={onReport}>
        报告产品缺陷
      </Button>
    </View>
  );
}
