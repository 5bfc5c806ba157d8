import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { ZChannelCountRequest, type TCaseActionOption, type TCaseView } from '@recall/shared/staff';
import { actOnCase, fetchCase, saveChannelCount } from './api';
import { ApiError, errorMessage, toastError } from '../../services/errors';
import { useDetail } from '../../hooks/useResource';

/**
 * One case (GET /api/cases/:id), reloaded whenever the page shows again (after a form was filed
 * on case-form), the actions that need no form (a confirmation, then POST), and the producer's
 * other-channel counts.
 */
export function useCase(id: number | undefined) {
  const {
    data: view,
    setData: setView,
    reload: load,
    ...state
  } = useDetail(id, fetchCase, {
    missingId: '链接中缺少案件编号',
    refreshOnShow: true,
  });
  const [busyAction, setBusyAction] = useState<string | null>(null);

  /** An action without documents or a note: asks once, then sends it. */
  const runDirect = useCallback(
    async (option: TCaseActionOption) => {
      if (!id || busyAction) return;
      const answer = await Taro.showModal({
        title: option.label,
        content: `确定要“${option.label}”吗？提交后会记入办理记录。`,
        confirmText: '确定',
        confirmColor: '#1B5BBF',
      });
      if (!answer.confirm) return;
      setBusyAction(option.action);
      try {
        setView(await actOnCase(id, { action: option.action, forms: {} }));
        void Taro.showToast({ title: '已提交', icon: 'success' });
      } catch (err) {
        toastError(err);
        void load();
      } finally {
        setBusyAction(null);
      }
    },
    [id, busyAction, load],
  );

  return { view, setView, ...state, busyAction, reload: load, runDirect };
}

/** Whether an action is filed straight from the case screen (no documents, no note). */
export const isDirectAction = (o: TCaseActionOption) => o.documents.length === 0 && o.note === 'none';

/** The producer's "其他渠道完成数量" editor: channel name and units, upserted by channel. */
export function useChannelCount(id: number | undefined, onSaved: (completion: TCaseView['completion']) => void) {
  const [channel, setChannel] = useState('');
  const [units, setUnits] = useState('');
  const [errors, setErrors] = useState<{ channel?: string; units?: string; form?: string }>({});
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (!id || saving) return;
    const n = units.trim() === '' ? NaN : Number(units.trim());
    const parsed = ZChannelCountRequest.safeParse({ channel, units: Number.isNaN(n) ? undefined : n });
    if (!parsed.success) {
      const found: typeof errors = {};
      for (const i of parsed.error.issues) {
        const k = String(i.path[0] ?? 'form') as keyof typeof errors;
        found[k] ??= k === 'units' && units.trim() === '' ? '请填写完成数量' : i.message;
      }
      setErrors(found);
      return;
    }
    setSaving(true);
    setErrors({});
    try {
      onSaved(await saveChannelCount(id, parsed.data));
      setChannel('');
      setUnits('');
      void Taro.showToast({ title: '已保存', icon: 'success' });
    } catch (err) {
      const e = err instanceof ApiError ? err : null;
      setErrors({
        channel: e?.issueFor('channel'),
        units: e?.issueFor('units'),
        form: e?.issues.length ? undefined : errorMessage(err),
      });
    } finally {
      setSaving(false);
    }
  };

  return {
    channel,
    units,
    errors,
    saving,
    setChannel: (v: string) => {
      setChannel(v);
      setErrors((e) => ({ ...e, channel: undefined, form: undefined }));
    },
    setUnits: (v: string) => {
      setUnits(v);
      setErrors((e) => ({ ...e, units: undefined, form: undefined }));
    },
    /** Fills the form with an existing channel to correct it. */
    edit: (c: { channel: string; units: number }) => {
      setChannel(c.channel);
      setUnits(String(c.units));
      setErrors({});
    },
    save,
  };
}
