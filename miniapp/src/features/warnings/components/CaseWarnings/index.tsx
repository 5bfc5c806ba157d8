import { useEffect, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { WARNING_GROUND_KEYS, warningAllowedOnCase, type TWarningView } from '@recall/shared';
import { type TCaseView } from '@recall/shared/staff';
import { PAGES, subpage, url } from '../../../../constants/routes';
import { errorMessage } from '../../../../services/errors';
import { WarningTag } from '../../../recalls/components/KindTag';
import { fetchWarnings, withdrawWarning } from '../../api';
import { useReferences } from '../../../clues/useBureaus';
import './index.css';

/**
 * 消费提示 on a case (办法 第十九条): those already published, with 更正 and 撤回, and
 * "发布消费提示" where the case's state allows a ground (the producer cannot be traced or refuses).
 */
export function CaseWarnings({ view }: { view: TCaseView }) {
  const [items, setItems] = useState<TWarningView[]>([]);
  const [error, setError] = useState<string | null>(null);
  // The warning being withdrawn and the reason typed for it (shown publicly in its history).
  const [withdrawing, setWithdrawing] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const rule = useReferences()?.warning;
  const load = () =>
    fetchWarnings({ caseId: view.id })
      .then((r) => setItems(r.items))
      .catch((e) => setError(errorMessage(e)));
  useEffect(() => void load(), [view.id]);
  useDidShow(() => void load());

  const allowed = WARNING_GROUND_KEYS.some((g) => warningAllowedOnCase(g, view.state));
  const page = subpage('bureau', 'warning');
  const publish = () =>
    void Taro.navigateTo({
      url: url(page, {
        caseId: view.id,
        productName: view.productName,
        brand: view.brand ?? undefined,
        model: view.model ?? undefined,
        producerName: view.producerName,
        categoryCode: view.categoryCode,
      }),
    });
  const withdraw = async (w: TWarningView) => {
    if (!reason.trim()) {
      void Taro.showToast({ title: '请填写撤回原因', icon: 'none' });
      return;
    }
    try {
      await withdrawWarning(w.id, reason.trim());
      setWithdrawing(null);
      setReason('');
      void Taro.showToast({ title: '已撤回', icon: 'success' });
      void load();
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' });
    }
  };

  if (!allowed && !items.length) return null;
  return (
    <View className="case-warnings">
      <Text className="section-title">消费提示</Text>
      {error ? <Text className="case-warnings__error">{error}</Text> : null}
      {items.map((w) => (
        <View key={w.id} className="card case-warnings__item">
          <View className="case-warnings__head">
            <WarningTag />
            <Text className="case-warnings__status">{w.statusLabel}</Text>
          </View>
          <Text className="case-warnings__title">{w.productName}</Text>
          <Text className="case-warnings__meta">
            {w.groundLabel} · {w.bureauName} · {w.publishedAt.slice(0, 10)}
          </Text>
          {w.withdrawReason ? <Text className="case-warnings__meta">撤回原因：{w.withdrawReason}</Text> : null}
          <View className="case-warnings__actions">
            <Text className="link" onClick={() => void Taro.navigateTo({ url: url(PAGES.recall, { id: w.recallId }) })}>
              查看公开页面
            </Text>
            {w.status === 'published' ? (
              <>
                <Text className="link" onClick={() => void Taro.navigateTo({ url: url(page, { id: w.id }) })}>
                  更正
                </Text>
                <Text className="link case-warnings__withdraw" onClick={() => setWithdrawing(w.id)}>
                  撤回
                </Text>
              </>
            ) : null}
          </View>
          {withdrawing === w.id ? (
            <View className="case-warnings__reason">
              <Input
                className="form-input"
                value={reason}
                placeholder="撤回原因（公开显示在变更记录中）"
                placeholderClass="form-placeholder"
                onInput={(e) => setReason(e.detail.value)}
              />
              <Button className="btn btn--primary btn--small" onClick={() => void withdraw(w)}>
                确认撤回
              </Button>
            </View>
          ) : null}
        </View>
      ))}
      {allowed ? (
        <Button className="btn btn--ghost case-warnings__publish" onClick={publish}>
          发布消费提示
        </Button>
      ) : null}
      {allowed ? (
        <Text className="case-warnings__hint">
          {`生产者无法追溯或拒不召回时，向消费者发布消费提示${rule ? `（${rule}）` : ''}；生产者此后发布召回的，消费提示自动由召回取代。`}
        </Text>
      ) : null}
    </View>
  );
}
