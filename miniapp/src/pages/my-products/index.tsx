import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import type { TFollowView } from '@recall/shared';
import { EmptyState } from '../../components/EmptyState';
import { FormField } from '../../components/FormField';
import { MyListBody, MyListPage } from '../../components/MyListPage';
import { PAGES, url } from '../../constants/routes';
import { useFollowForm, useFollows, type FollowField } from '../../features/notify/useFollow';
import { useSession } from '../../features/account/useSession';
import { isWeapp } from '../../utils/env';
import { displayGtin, formatShanghaiDate } from '../../utils/format';
import './index.css';

const SOURCES: Record<string, string> = {
  scan: '扫码关注',
  recall: '从召回信息关注',
  search: '从搜索结果关注',
};

/** The name a followed product goes by: its name, else brand + model, else its bar code. */
function productLabel(f: TFollowView): string {
  if (f.productName) return f.productName;
  const bm = [f.brand, f.model].filter(Boolean).join(' ');
  if (bm) return bm;
  return f.gtin ? `商品条码 ${displayGtin(f.gtin)}` : '产品';
}

function ProductRow({ f, onUnfollow }: { f: TFollowView; onUnfollow: (f: TFollowView) => void }) {
  const recalled = f.matches.length > 0;
  const bm = [f.brand, f.model].filter(Boolean).join(' · ');
  return (
    <View className={`card product-row ${recalled ? 'product-row--recalled' : ''}`} data-id={f.id}>
      <View className="product-row__head">
        <Text className="product-row__title">{productLabel(f)}</Text>
        {recalled ? (
          <Text className="product-recalled">有召回</Text>
        ) : (
          <Text className="product-row__calm">暂无召回</Text>
        )}
      </View>
      {f.productName && bm ? <Text className="product-row__meta">品牌型号：{bm}</Text> : null}
      {f.gtin && (f.productName || bm) ? (
        <Text className="product-row__meta">商品条码：{displayGtin(f.gtin)}</Text>
      ) : null}
      {f.batch ? <Text className="product-row__meta">批次：{f.batch}</Text> : null}
      {recalled ? (
        <View className="product-row__matches">
          {f.matches.map((m) => (
            <View
              key={m.id}
              className="product-match"
              hoverClass="product-match--active"
              onClick={() => void Taro.navigateTo({ url: url(PAGES.recall, { id: m.id }) })}
            >
              <Text className="product-match__title">{m.title}</Text>
              <Text className="product-match__arrow">›</Text>
            </View>
          ))}
        </View>
      ) : null}
      <View className="product-row__foot">
        <Text className="product-row__since">
          {formatShanghaiDate(f.createdAt)} {SOURCES[f.source] ?? '关注'}
        </Text>
        <Text className="product-unfollow" onClick={() => onUnfollow(f)}>
          取消关注
        </Text>
      </View>
    </View>
  );
}

export default function MyProductsPage() {
  const session = useSession();
  const consumer = session.signedIn && !session.staff;
  const list = useFollows(consumer);
  const add = useFollowForm((view) => {
    list.setItems((prev) => [view, ...prev.filter((x) => x.id !== view.id)]);
    // The new row is at the top of the list.
    void Taro.pageScrollTo({ scrollTop: 0, duration: 300 }).catch(() => undefined);
  });
  const [gtinFocus, setGtinFocus] = useState(false);

  const scan = async () => {
    const res = await add.scan();
    if (res === 'unavailable') {
      await Taro.showModal({
        title: '浏览器中无法扫码',
        content: '请在微信小程序中扫码，或在下方输入包装上条形码下方的数字。',
        showCancel: false,
        confirmColor: '#1B5BBF',
      });
      setGtinFocus(false);
      setTimeout(() => setGtinFocus(true), 50);
    } else if (res === 'done') {
      void Taro.showToast({ title: '已读取条码，点“关注”完成', icon: 'none' });
    }
  };

  const recalledCount = list.items.filter((f) => f.matches.length > 0).length;
  const field = (key: FollowField) => ({
    value: add.form[key],
    onInput: (e: { detail: { value: string } }) => add.set(key, e.detail.value),
  });

  return (
    <MyListPage
      className="my-products"
      session={session}
      signIn={{
        title: '登录后关注产品',
        description: '关注家里在用的产品，一旦发布召回，第一时间通知你。',
      }}
      staffNotice={
        <EmptyState glyph="品" title="关注产品面向消费者" description="工作人员账号不能关注产品，请使用消费者身份。" />
      }
    >
      <View className="notice notice--info">
        <Text>关注家里在用的产品：一旦发布召回，会在“消息”中提醒你，并在微信中通知（需你同意）。</Text>
      </View>

      <MyListBody
        list={list}
        empty={
          <EmptyState
            glyph="品"
            title="还没有关注的产品"
            description="扫描商品条码或填写品牌型号即可关注；在召回详情和搜索结果中也可以关注。"
          />
        }
      >
        <Text className="section-title">
          已关注 {list.items.length} 件
          {recalledCount > 0 ? <Text className="my-products__alert"> · {recalledCount} 件有召回</Text> : null}
        </Text>
        {list.items.map((f) => (
          <ProductRow key={f.id} f={f} onUnfollow={(x) => void list.unfollow(x, productLabel(x))} />
        ))}
      </MyListBody>

      <Text className="section-title">添加关注</Text>
      <View className="card product-add">
        {isWeapp() ? (
          <Button className="btn btn--ghost product-add__scan" onClick={() => void scan()}>
            扫码添加（扫描商品条码）
          </Button>
        ) : null}
        <FormField
          dataKey="gtin"
          label="商品条码"
          hint={
            add.source === 'scan' ? '已从扫码读取。' : '条形码下方的一串数字，通常 13 位。填了条码就不必填品牌型号。'
          }
          error={add.errors.gtin}
        >
          <Input
            className="product-add__input"
            type="number"
            maxlength={14}
            focus={gtinFocus}
            placeholder="例如 6901234567892"
            onBlur={() => setGtinFocus(false)}
            {...field('gtin')}
          />
        </FormField>
        <Text className="product-add__or">或者填写品牌和型号（不知道型号时，填品牌和产品名称）</Text>
        <FormField dataKey="brand" label="品牌" hint="包装或铭牌上的品牌名。" error={add.errors.brand}>
          <Input className="product-add__input" maxlength={100} placeholder="例如 豪牌" {...field('brand')} />
        </FormField>
        <FormField dataKey="model" label="型号" hint="铭牌或说明书上的型号规格。" error={add.errors.model}>
          <Input className="product-add__input" maxlength={100} placeholder="例如 V8" {...field('model')} />
        </FormField>
        <FormField
          dataKey="batch"
          label="批次"
          optional
          hint="填写后只提醒与这一批次相关的召回。"
          error={add.errors.batch}
        >
          <Input className="product-add__input" maxlength={100} placeholder="标签上的批号" {...field('batch')} />
        </FormField>
        <FormField
          dataKey="productName"
          label="产品名称"
          optional
          hint="不知道型号时按品牌和产品名称提醒，请写产品本身的名称。"
          error={add.errors.productName}
        >
          <Input className="product-add__input" maxlength={100} placeholder="例如 电暖器" {...field('productName')} />
        </FormField>
        {add.errors.form ? <Text className="product-add__error">{add.errors.form}</Text> : null}
        <Button
          className={`btn btn--primary product-add-submit ${add.saving ? 'btn--busy' : ''}`}
          disabled={add.saving || undefined}
          onClick={add.submit}
        >
          {add.saving ? '正在关注…' : '关注'}
        </Button>
      </View>
    </MyListPage>
  );
}
