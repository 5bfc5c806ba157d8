import Taro from '@tarojs/taro';
import { imageAlt } from '../../../../utils/a11y';
import { Image, Text, View } from '@tarojs/components';
import type { TRecallDetail } from '@recall/shared';
import { InfoRow } from '../../../../components/InfoRow';
import { fullUrl } from '../../../../services/http';
import { formatCount } from '../../../../utils/format';

/*
 * The public parts of the recall plan (附件6) besides defect and remedy: what to do until the unit
 * is remedied, what the product looks like, how far the recall has come, and whom to call.
 */

/** Units still unremedied, as far as anyone knows (imported recalls report no progress here). */
export const hazardRemains = (r: TRecallDetail) => !r.progress || r.progress.remedied < r.progress.involved;

/** 避免损害发生的应急处置方式: first thing after the warning. */
export function Emergency({ r }: { r: TRecallDetail }) {
  if (!r.emergency || r.withdrawn) return null;
  return (
    <View className="detail-emergency">
      <Text className="detail-emergency__title">应急处置</Text>
      <Text className="detail-text">{r.emergency}</Text>
    </View>
  );
}

/** 产品描述及外观照片: to recognise the product; a tap opens the photo. */
export function Appearance({ r }: { r: TRecallDetail }) {
  if (!r.description && !r.photos.length) return null;
  const urls = r.photos.map((p) => fullUrl(p.url));
  return (
    <>
      <Text className="section-title">产品外观</Text>
      <View className="card">
        {r.description ? <Text className="detail-text">{r.description}</Text> : null}
        {r.photos.length ? (
          <View className="detail-photos">
            {r.photos.map((p, i) => (
              <Image
                key={p.url}
                className="detail-photo"
                src={fullUrl(p.thumbUrl)}
                mode="aspectFill"
                {...imageAlt(`${r.productName}外观照片（第${i + 1}张）`)}
                onClick={() => void Taro.previewImage({ urls, current: urls[i] }).catch(() => undefined)}
              />
            ))}
          </View>
        ) : null}
      </View>
    </>
  );
}

/** 召回进度: units remedied of units involved, from the remedy requests on this platform. */
export function Progress({ r }: { r: TRecallDetail }) {
  const p = r.progress;
  if (!p || r.withdrawn) return null;
  return (
    <>
      <Text className="section-title">召回进度</Text>
      <View className="card detail-progress">
        <Text className="detail-progress__text">
          已补救 {formatCount(p.remedied)} 件 / 涉及 {formatCount(p.involved)} 件（{p.rate}%）
        </Text>
        <View className="detail-progress__bar">
          <View className="detail-progress__fill" style={{ width: `${Math.min(100, p.rate)}%` }} />
        </View>
        <Text className="detail-note">按生产者已完成、消费者已确认的补救统计，随申请办理进度更新。</Text>
      </View>
    </>
  );
}

/** 召回负责机构 and the bureau consumers may call about the recall. */
export function Responsible({ r }: { r: TRecallDetail }) {
  return (
    <>
      <InfoRow label="召回负责机构" value={r.organization} />
      <InfoRow label="监管部门" value={r.bureauName} />
      {r.bureauName ? <InfoRow label="监管电话" value={r.bureauPhone ?? '12315（投诉举报）'} /> : null}
    </>
  );
}
