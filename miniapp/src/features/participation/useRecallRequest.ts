import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { ZRecallRequestCreate, type Remedy, type TRecallRequestCreate, type TRecallRequestView } from '@recall/shared';
import { uuid4, type DraftPhoto } from '../clues/clueDraft';
import { pickDraftPhotos, uploadDraftPhoto } from '../../services/draftForm';
import { createRecallRequest } from './api';
import { releasePhoto } from '../../services/photoPicker';
import { useZodForm, type FormErrors } from '../../hooks/useZodForm';

/**
 * 申请召回: a consumer asks the producer for the remedy of a recall they are in. The draft is kept
 * on the phone per recall until the server confirms it; its `key` is the Idempotency-Key, so a
 * retry after a dropped connection returns the same request instead of a second one.
 */
export interface RequestDraft {
  key: string;
  recallId: number;
  batch: string;
  productionDate: string;
  /** As typed; checked as a whole number 1–1000. */
  quantity: string;
  /** The 铭牌/标签 photo (at most one). */
  photo: DraftPhoto | null;
  preferredRemedy: Remedy | '';
  contactName: string;
  contactPhone: string;
  contactAddress: string;
  note: string;
  consent: boolean;
}

/** Error keys: the request's field paths (`data-key` of each field), plus consent and the whole form. */
export type RequestField =
  | 'batch'
  | 'productionDate'
  | 'quantity'
  | 'labelPhotoId'
  | 'preferredRemedy'
  | 'contact.name'
  | 'contact.phone'
  | 'contact.address'
  | 'note'
  | 'consent';
export const REQUEST_FIELDS: RequestField[] = [
  'batch',
  'productionDate',
  'quantity',
  'labelPhotoId',
  'preferredRemedy',
  'contact.name',
  'contact.phone',
  'contact.address',
  'note',
  'consent',
];
export type RequestErrors = FormErrors<RequestField>;

type TextKey = 'batch' | 'productionDate' | 'quantity' | 'contactName' | 'contactPhone' | 'contactAddress' | 'note';

const DRAFT_TO_FIELD: Record<Exclude<keyof RequestDraft, 'key' | 'recallId'>, RequestField> = {
  batch: 'batch',
  productionDate: 'productionDate',
  quantity: 'quantity',
  photo: 'labelPhotoId',
  preferredRemedy: 'preferredRemedy',
  contactName: 'contact.name',
  contactPhone: 'contact.phone',
  contactAddress: 'contact.address',
  note: 'note',
  consent: 'consent',
};

const draftKey = (recallId: number) => `recall.requestDraft.${recallId}`;
/** The contact of the last confirmed request, offered again next time (kept only on this phone). */
const CONTACT_KEY = 'recall.requestContact';

interface SavedContact {
  name: string;
  phone: string;
  address: string;
}

function readJson(key: string): unknown {
  try {
    const raw: unknown = Taro.getStorageSync(key);
    return typeof raw === 'string' && raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    return null;
  }
}

function writeJson(key: string, value: unknown): void {
  try {
    if (value === null) Taro.removeStorageSync(key);
    else Taro.setStorageSync(key, JSON.stringify(value));
  } catch {
    // storage full or unavailable: the draft lives only while the page is open
  }
}

function newDraft(recallId: number): RequestDraft {
  const c = readJson(CONTACT_KEY) as Partial<SavedContact> | null;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    key: uuid4(),
    recallId,
    batch: '',
    productionDate: '',
    quantity: '1',
    photo: null,
    preferredRemedy: '',
    contactName: str(c?.name),
    contactPhone: str(c?.phone),
    contactAddress: str(c?.address),
    note: '',
    consent: false,
  };
}

function loadDraft(recallId: number): RequestDraft | null {
  const parsed = readJson(draftKey(recallId)) as Partial<RequestDraft> | null;
  if (!parsed || typeof parsed !== 'object' || typeof parsed.key !== 'string') return null;
  const merged = { ...newDraft(recallId), ...parsed, recallId } as RequestDraft;
  // Only an uploaded photo survives a restart (a local file or an upload in flight does not).
  merged.photo = parsed.photo && parsed.photo.status === 'done' && parsed.photo.id ? parsed.photo : null;
  return merged;
}

function persistable(d: RequestDraft): RequestDraft {
  const p = d.photo;
  return {
    ...d,
    photo:
      p && p.status === 'done' && p.id
        ? { key: p.key, id: p.id, url: p.url, name: p.name, status: 'done', progress: 100 }
        : null,
  };
}

function hasContent(d: RequestDraft): boolean {
  return !!(d.batch.trim() || d.productionDate || d.note.trim() || d.photo || d.quantity.trim() !== '1');
}

const opt = (s: string) => s.trim() || undefined;

/** The request body a draft stands for (not yet checked). */
function draftToBody(d: RequestDraft): Record<string, unknown> {
  const q = d.quantity.trim();
  return {
    batch: opt(d.batch),
    productionDate: d.productionDate.trim() || undefined,
    quantity: q === '' ? undefined : /^\d+$/.test(q) ? Number(q) : q,
    labelPhotoId: d.photo?.id,
    preferredRemedy: d.preferredRemedy || undefined,
    contact: { name: d.contactName.trim(), phone: d.contactPhone.trim(), address: d.contactAddress.trim() },
    note: opt(d.note),
  };
}

/** What the schema cannot say, or says in words less fit for this form. */
function checkDraft(d: RequestDraft): RequestErrors {
  const photo = d.photo?.status;
  return {
    quantity: d.quantity.trim() === '' ? '请填写数量' : undefined,
    preferredRemedy: d.preferredRemedy ? undefined : '请选择希望的补救方式',
    labelPhotoId:
      photo === 'uploading'
        ? '照片还在上传，请稍候再提交'
        : photo === 'failed'
          ? '照片上传失败，请点“重试”或删除后再提交'
          : undefined,
    consent: d.consent ? undefined : '请确认同意将联系方式提供给生产者客服',
  };
}

/** The request form of one recall; `defaultRemedy` (the recall's remedy) is picked until the person chooses. */
export function useRecallRequest(recallId: number | undefined, defaultRemedy: Remedy | null | undefined) {
  const id = recallId ?? 0;
  const [initial] = useState(() => loadDraft(id) ?? newDraft(id));
  const [restored, setRestored] = useState(() => hasContent(initial));
  const lastSaved = useRef('');
  const freshDraft = (): RequestDraft => ({ ...newDraft(id), preferredRemedy: defaultRemedy ?? '' });

  const form = useZodForm<RequestDraft, RequestField, TRecallRequestCreate, TRecallRequestView>({
    schema: ZRecallRequestCreate,
    initial,
    fields: REQUEST_FIELDS,
    fieldClass: (f) => `rr-field--${f.replace('.', '-')}`,
    toBody: draftToBody,
    check: checkDraft,
    fieldOfKey: (k) => DRAFT_TO_FIELD[k as keyof typeof DRAFT_TO_FIELD],
    draftNoun: '申请',
    onSubmit: async (body, d) => {
      const res = await createRecallRequest(id, body, d.key);
      // Confirmed: this draft is done; the contact is offered again next time.
      writeJson(draftKey(id), null);
      writeJson(CONTACT_KEY, body.contact);
      releasePhoto(d.photo?.path);
      lastSaved.current = '';
      form.reset(freshDraft());
      setRestored(false);
      return res;
    },
  });
  const { values: draft, set, setValues: setDraft, current } = form;

  useEffect(() => {
    if (!recallId) return;
    const raw = JSON.stringify(persistable(draft));
    if (raw === lastSaved.current) return;
    lastSaved.current = raw;
    writeJson(draftKey(recallId), persistable(draft));
  }, [draft, recallId]);

  // The recall's own remedy is the natural choice; the person can pick another.
  useEffect(() => {
    if (defaultRemedy && !current().preferredRemedy) setDraft((d) => ({ ...d, preferredRemedy: defaultRemedy }));
  }, [defaultRemedy]);

  const setText = useCallback((key: TextKey, value: string) => set(key, value), [set]);

  // ------------------------------------------------------------ the label photo
  const patchPhoto = useCallback(
    (key: string, patch: Partial<DraftPhoto>) => {
      setDraft((d) => (d.photo && d.photo.key === key ? { ...d, photo: { ...d.photo, ...patch } } : d));
    },
    [setDraft],
  );

  const startUpload = useCallback(
    (photo: DraftPhoto) => uploadDraftPhoto(photo, (patch) => patchPhoto(photo.key, patch)),
    [patchPhoto],
  );

  const addPhoto = useCallback(async () => {
    const [photo] = await pickDraftPhotos(1, 'l');
    if (!photo) return;
    releasePhoto(current().photo?.path);
    set('photo', photo);
    if (photo.status === 'uploading') void startUpload(photo);
  }, [set, startUpload, current]);

  const retryPhoto = useCallback(() => {
    const p = current().photo;
    if (p && p.path) void startUpload(p);
  }, [startUpload, current]);

  const removePhoto = useCallback(() => {
    releasePhoto(current().photo?.path);
    set('photo', null);
  }, [set, current]);

  /**
   * Sends the request; the server's answer when it confirmed, null otherwise (errors are on the form).
   * `onValid` runs synchronously once the form passed the checks, before anything is awaited (still
   * inside the tap: WeChat's subscribe-message dialog needs that).
   */
  const submit = async (onValid?: () => void): Promise<TRecallRequestView | null> =>
    recallId ? form.submit(onValid) : null;

  /** Starts over: an empty draft with a new key (the saved contact stays). */
  const reset = () => {
    releasePhoto(current().photo?.path);
    if (recallId) writeJson(draftKey(recallId), null);
    form.reset(freshDraft());
    setRestored(false);
  };

  return {
    draft,
    errors: form.errors,
    submitting: form.submitting,
    restored,
    set,
    setText,
    addPhoto,
    retryPhoto,
    removePhoto,
    submit,
    reset,
  };
}

export type RecallRequestForm = ReturnType<typeof useRecallRequest>;
