import { useState } from 'react';
import Taro from '@tarojs/taro';
import { ZFollowCreate, type TFollowCreate, type TFollowView } from '@recall/shared';
import { PAGES, url } from '../../constants/routes';
import { ApiError, errorMessage, toastError } from '../../services/errors';
import { fetchFollows, followProduct, unfollowProduct, type FollowTarget } from './api';
import { scanIntoFields } from '../../services/scanner';
import { askSubscribe } from './subscribe';
import { cleanGtin, gtinProblem } from '../../utils/validate';
import { useMyList } from '../../hooks/useResource';

/**
 * What to follow for a recall: the bar code searched by, else its first GTIN, else brand + first
 * model; with the recall's id, so the follow covers every bar code the recall lists.
 */
export function recallFollowTarget(
  r: { id: number; productName: string; brand: string | null; models: string[]; gtins: string[] },
  searchedGtin?: string,
): FollowTarget | null {
  const gtin = searchedGtin ?? r.gtins[0];
  if (gtin) return { gtin, productName: r.productName, recallId: r.id };
  if (r.brand && r.models[0]) return { brand: r.brand, model: r.models[0], productName: r.productName, recallId: r.id };
  return null;
}

/**
 * Follow buttons (recall detail, search cards, the scan result). `follow` must be called straight
 * from the tap: it asks for the recall-alert subscribe message first (WeChat wants the gesture),
 * then saves the follow. Keys say which button is busy or done.
 */
export function useFollowAction(source: TFollowCreate['source']) {
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<Record<string, boolean>>({});

  const follow = (key: string, target: FollowTarget, from: TFollowCreate['source'] = source) => {
    if (busy) return;
    const asked = askSubscribe('product_followed');
    setBusy(key);
    void (async () => {
      try {
        await followProduct({ ...target, source: from });
        setDone((d) => ({ ...d, [key]: true }));
        await asked;
        void Taro.showToast({ title: '已关注，召回时通知你', icon: 'none', duration: 2000 });
      } catch (err) {
        await asked;
        toastError(err);
      } finally {
        setBusy(null);
      }
    })();
  };

  const openMine = () => void Taro.navigateTo({ url: url(PAGES.myProducts) });
  return { busy, done, follow, openMine };
}

/** 我的产品: my followed products with their matching recalls, and unfollowing one. */
export function useFollows(enabled: boolean) {
  const list = useMyList(enabled, fetchFollows);

  const unfollow = async (f: TFollowView, label: string) => {
    const answer = await Taro.showModal({
      title: '取消关注？',
      content: `取消后，“${label}”发布召回时将不再通知你。`,
      confirmText: '取消关注',
      cancelText: '保留',
      confirmColor: '#D93025',
    });
    if (!answer.confirm) return;
    try {
      await unfollowProduct(f.id);
      list.setItems((prev) => prev.filter((x) => x.id !== f.id));
      void Taro.showToast({ title: '已取消关注', icon: 'none' });
    } catch (err) {
      toastError(err);
    }
  };

  return { ...list, unfollow };
}

export type FollowField = 'gtin' | 'brand' | 'model' | 'batch' | 'productName';
export type FollowForm = Record<FollowField, string>;
type FollowErrors = Partial<Record<FollowField | 'form', string>>;
const EMPTY_FORM: FollowForm = { gtin: '', brand: '', model: '', batch: '', productName: '' };
const FOLLOW_FIELDS: readonly FollowField[] = ['gtin', 'brand', 'model', 'batch', 'productName'];

/**
 * 添加关注 on 我的产品: a bar code (typed or scanned), or brand + model (or + product name); a batch narrows it.
 * `submit` must be called straight from the tap (it asks for the subscribe message first).
 */
export function useFollowForm(onSaved: (view: TFollowView) => void) {
  const [form, setForm] = useState<FollowForm>(EMPTY_FORM);
  const [source, setSource] = useState<'manual' | 'scan'>('manual');
  const [errors, setErrors] = useState<FollowErrors>({});
  const [saving, setSaving] = useState(false);

  const set = (field: FollowField, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    if (field === 'gtin') setSource('manual');
    setErrors((e) => (e[field] || e.form ? { ...e, [field]: undefined, form: undefined } : e));
  };

  const scan = async (): Promise<'done' | 'unavailable' | 'none'> => {
    const res = await scanIntoFields(
      (field, value) => {
        if (field === 'productionDate') return;
        setForm((f) => ({ ...f, [field]: value }));
      },
      (message) => setErrors((e) => ({ ...e, gtin: message })),
    );
    if (res === 'done') {
      setSource('scan');
      setErrors({});
    }
    return res;
  };

  const validate = (): { body: TFollowCreate | null; found: FollowErrors } => {
    const found: FollowErrors = {};
    const t = (k: FollowField) => form[k].trim();
    if (t('gtin')) {
      const problem = gtinProblem(form.gtin);
      if (problem) found.gtin = problem;
    } else if (!t('brand') && !t('model')) {
      found.form = '请填写商品条码，或同时填写品牌和型号（或产品名称）';
    } else {
      if (!t('brand')) found.brand = '请填写品牌（或改填商品条码）';
      // Brand + product name is enough: a recall of that product is found by its name.
      if (!t('model') && !t('productName')) found.model = '请填写型号或产品名称（或改填商品条码）';
    }
    if (Object.keys(found).length > 0) return { body: null, found };
    const parsed = ZFollowCreate.safeParse({
      gtin: t('gtin') ? cleanGtin(form.gtin) : undefined,
      brand: t('brand') || undefined,
      model: t('model') || undefined,
      batch: t('batch') || undefined,
      productName: t('productName') || undefined,
      source,
    });
    if (parsed.success) return { body: parsed.data, found };
    for (const issue of parsed.error.issues) {
      const field = FOLLOW_FIELDS.find((f) => f === String(issue.path[0]));
      if (field && !found[field]) found[field] = issue.message;
      else if (!field && !found.form) found.form = issue.message;
    }
    return { body: null, found };
  };

  const submit = () => {
    if (saving) return;
    const { body, found } = validate();
    if (!body) {
      setErrors(found);
      return;
    }
    // WeChat shows the subscribe dialog only inside the tap: ask before anything is awaited.
    const asked = askSubscribe('product_followed');
    setSaving(true);
    setErrors({});
    void (async () => {
      try {
        const view = await followProduct(body);
        setForm(EMPTY_FORM);
        setSource('manual');
        onSaved(view);
        await asked;
        void Taro.showToast({
          title: view.matches.length ? '已关注：该产品有召回' : '已关注，召回时通知你',
          icon: 'none',
          duration: 2000,
        });
      } catch (err) {
        if (err instanceof ApiError && err.issues.length > 0) {
          const fromServer: FollowErrors = {};
          for (const issue of err.issues) {
            const field = FOLLOW_FIELDS.find((f) => issue.path === f || issue.path.startsWith(`${f}.`));
            if (field && !fromServer[field]) fromServer[field] = issue.message;
          }
          if (!FOLLOW_FIELDS.some((f) => fromServer[f])) fromServer.form = err.message;
          setErrors(fromServer);
        } else {
          setErrors({ form: errorMessage(err) });
        }
      } finally {
        setSaving(false);
      }
    })();
  };

  return { form, source, errors, saving, set, scan, submit };
}
