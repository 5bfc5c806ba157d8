import { Text, View } from '@tarojs/components';
import { isWeapp } from '../../../../utils/env';
import './index.css';

/** A table's structure for screen readers in the browser (WeChat reads the text in order). */
const as = (role: 'table' | 'row' | 'columnheader' | 'rowheader' | 'cell', label?: string) =>
  isWeapp() ? {} : { role, ...(label ? { 'aria-label': label } : {}) };

export type Row = Array<string | number>;

/** A titled table of figures: the first column names the row, the others are numbers. */
export function StatsTable({
  caption,
  head,
  rows,
  className,
}: {
  caption: string;
  head: string[];
  rows: Row[];
  className?: string;
}) {
  return (
    <View className={`card pstats-table ${className ?? ''}`}>
      <Text className="pstats-table__title" {...(isWeapp() ? {} : { role: 'heading', 'aria-level': '2' })}>
        {caption}
      </Text>
      {rows.length ? (
        <View className="pstats-table__grid" {...as('table', caption)}>
          <View className="pstats-table__row pstats-table__row--head" {...as('row')}>
            {head.map((h) => (
              <Text key={h} className="pstats-table__cell" {...as('columnheader')}>
                {h}
              </Text>
            ))}
          </View>
          {rows.map((r, i) => (
            <View key={i} className="pstats-table__row" {...as('row')}>
              {r.map((v, j) => (
                <Text key={j} className="pstats-table__cell" {...as(j === 0 ? 'rowheader' : 'cell')}>
                  {v}
                </Text>
              ))}
            </View>
          ))}
        </View>
      ) : (
        <Text className="pstats-table__none">本期没有已发布的召回</Text>
      )}
    </View>
  );
}
