import { Button, Text, View } from '@tarojs/components';
import type { NothingFound } from '../../useBarcodeLookup';
import { useFollowAction } from '../../../notify/useFollow';
import { useSession } from '../../../account/useSession';
import { openReport } from '../../../clues/clueDraft';
import { displayGtin, freshnessText } from '../../../../utils/format';

/** "暂无召回" for a bar code: how fresh the answer is, following it, and reporting a defect. */
export function BarcodeNotFound({ nothing, onClose }: { nothing: NothingFound; onClose: () => void }) {
  return (
    <View className="card scan-none">
      <View className="scan-none__head">
        <Text className="scan-none__badge">暂无召回</Text>
        <Text className="scan-none__code">商品条码 {displayGtin(nothing.gtin)}</Text>
        <Text className="scan-none__close" onClick={onClose}>
          ×
        </Text>
      </View>
      <Text className="scan-none__fresh">未查到与此条码相关的召回信息（{freshnessText(nothing.dataAsOf)}）。</Text>
      <FollowBarcode nothing={nothing} />
      <Text className="scan-none__warn">
        未查到召回不代表产品没有安全隐患。发现问题？
        <Text className="link" onClick={() => openReport({ gtin: nothing.gtin })}>
          报告产品缺陷 ›
        </Text>
      </Text>
    </View>
  );
}

function FollowBarcode({ nothing }: { nothing: NothingFound }) {
  // Read only: staff accounts cannot follow products.
  const session = useSession({ autoLoad: false });
  const follow = useFollowAction('scan');
  if (session.staff) return null;
  const key = `gtin${nothing.gtin}`;
  const done = follow.done[key];
  return (
    <>
      <Button
        className={`btn ${done ? 'btn--plain follow-product--done' : 'btn--primary'} follow-product ${follow.busy ? 'btn--busy' : ''}`}
        disabled={!!follow.busy || undefined}
        onClick={() => follow.follow(key, { gtin: nothing.gtin, batch: nothing.batch }, nothing.source)}
      >
        {follow.busy ? '正在关注…' : done ? '已关注，一旦召回立即通知你' : '关注它，一旦召回立即通知我'}
      </Button>
      {done ? (
        <Text className="link scan-none__mine" onClick={follow.openMine}>
          查看我的产品 ›
        </Text>
      ) : null}
    </>
  );
}
