import { Text, View } from '@tarojs/components';
import { CATEGORIES, INJURY_LEVELS, type TClueView } from '@recall/shared';
import { InfoRow } from '../../../../components/InfoRow';
import { PhotoGallery } from '../../../../components/PhotoGrid';
import { displayGtin } from '../../../../utils/format';

type ClueProduct = Pick<
  TClueView,
  | 'categoryCode'
  | 'productName'
  | 'brand'
  | 'model'
  | 'gtin'
  | 'batch'
  | 'productionDate'
  | 'producerName'
  | 'producerUscc'
>;

/** The product and producer a clue names; `staff` adds the category code and says when no producer was given. */
export function ClueProductRows({ c, staff = false }: { c: ClueProduct; staff?: boolean }) {
  return (
    <>
      <InfoRow
        label="产品类别"
        value={staff ? `${c.categoryCode} ${CATEGORIES[c.categoryCode]}` : CATEGORIES[c.categoryCode]}
      />
      <InfoRow label="产品名称" value={c.productName} />
      <InfoRow label="品牌" value={c.brand} />
      <InfoRow label="型号规格" value={c.model} />
      <InfoRow label="商品条码" value={c.gtin ? displayGtin(c.gtin) : null} />
      <InfoRow label="批次" value={c.batch} />
      <InfoRow label="生产日期" value={c.productionDate} />
      <InfoRow label="生产者" value={staff ? (c.producerName ?? '未填写') : c.producerName} />
      <InfoRow label="信用代码" value={c.producerUscc} />
    </>
  );
}

/** What a clue reports, for the bureau (styled by the bureau clue page): problem, photos, product, reporter. */
export function ClueFacts({ c }: { c: TClueView }) {
  return (
    <>
      <Text className="section-title">问题情况</Text>
      <View className="card">
        <Text className="bc-text">{c.description}</Text>
        <View className="bc-gap" />
        <InfoRow label="伤害情况" value={INJURY_LEVELS[c.injury]} />
        <InfoRow label="是否起火" value={c.fire ? '是' : '否'} />
        <InfoRow label="所在地区" value={c.regionName} />
        <InfoRow label="购买渠道" value={c.purchaseChannel} />
      </View>

      <Text className="section-title">
        照片<Text className="section-title__hint">点按查看大图</Text>
      </Text>
      <View className="card">
        <PhotoGallery photos={c.photos} />
      </View>

      <Text className="section-title">产品与生产者</Text>
      <View className="card">
        <ClueProductRows c={c} staff />
      </View>

      <Text className="section-title">
        报告人<Text className="section-title__hint">个人信息保密，不得向生产者提供</Text>
      </Text>
      <View className="card">
        {c.contact ? (
          <>
            <InfoRow label="姓名" value={c.contact.name} />
            <InfoRow label="电话" value={c.contact.phone} />
            <InfoRow label="地址" value={c.contact.address} />
          </>
        ) : (
          <Text className="bc-muted">未留联系方式</Text>
        )}
      </View>
    </>
  );
}
