import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { CATEGORIES, ZClueCreateRequest, ZStaffClueCreateRequest, type TClueCreateResponse } from '@recall/shared';
import { createClue, createStaffClue } from '../services/api';
import {
  clearDraft,
  draftHasContent,
  loadDraft,
  newDraft,
  persistable,
  saveDraft,
  type ClueDraft,
  type DraftKind,
  type DraftPhoto,
  type ReportPrefill,
} from '../services/clueDraft';
import { pickDraftPhotos, scrollToField, submitErrors, uploadDraftPhoto } from '../services/draftForm';
import { MAX_PHOTOS, releasePhoto } from '../services/photoPicker';
import { scanIntoFields } from '../services/scanner';
import { displayGtin } from '../utils/format';
import { cleanGtin, gtinProblem } from '../utils/validate';

/** Error keys: the request's field paths ('contact.phone'), plus consent and the whole form. */
export type ClueField =
  | 'source'
  | 'categoryCode'
  | 'productName'
  | 'brand'
  | 'model'
  | 'batch'
  | 'productionDate'
  | 'gtin'
  | 'producerName'
  | 'producerUscc'
  | 'description'
  | 'injury'
  | 'fire'
  | 'regionCode'
  | 'purchaseChannel'
  | 'contact.name'
  | 'contact.phone'
  | 'contact.address'
  | 'photoIds'
  | 'consent';
export type ClueErrors = Partial<Record<ClueField | 'form', string>>;

/** The container class of each field, in the order of the form (stable for end-to-end tests). */
export const CLUE_FIELD_CLASS: Record<ClueField, string> = {
  source: 'report-source',
  categoryCode: 'report-category',
  productName: 'report-product',
  brand: 'report-brand',
  model: 'report-model',
  batch: 'report-batch',
  productionDate: 'report-date',
  gtin: 'report-gtin',
  producerName: 'report-producer',
  producerUscc: 'report-uscc',
  description: 'report-description',
  injury: 'report-injury',
  fire: 'report-fire',
  regionCode: 'report-region',
  purchaseChannel: 'report-channel',
  'contact.name': 'report-contact-name',
  'contact.phone': 'report-contact-phone',
  'contact.address': 'report-contact-address',
  photoIds: 'report-photos',
  consent: 'report-consent',
};
const FIELD_ORDER = Object.keys(CLUE_FIELD_CLASS) as ClueField[];

function isClueField(path: string): path is ClueField {
  return path in CLUE_FIELD_CLASS;
}

/** A server or schema issue path ('photoIds.3', 'contact.phone') as the field it belongs to. */
function fieldOf(path: string): ClueField | undefined {
  if (isClueField(path)) return path;
  const head = path.split('.')[0];
  return isClueField(head) ? head : undefined;
}

/** Which draft fields clear which error. */
const DRAFT_TO_FIELD: Partial<Record<keyof ClueDraft, ClueField>> = {
  source: 'source',
  categoryCode: 'categoryCode',
  productName: 'productName',
  brand: 'brand',
  model: 'model',
  batch: 'batch',
  productionDate: 'productionDate',
  gtin: 'gtin',
  producerName: 'producerName',
  producerUscc: 'producerUscc',
  description: 'description',
  injury: 'injury',
  fire: 'fire',
  regionCode: 'regionCode',
  regionName: 'regionCode',
  purchaseChannel: 'purchaseChannel',
  contactName: 'contact.name',
  contactPhone: 'contact.phone',
  contactAddress: 'contact.address',
  consent: 'consent',
};

type TextKey = {
  [K in keyof ClueDraft]-?: ClueDraft[K] extends string ? K : never;
}[keyof ClueDraft];

function opt(s: string): string | undefined {
  const t = s.trim();
  return t ? t : undefined;
}

/** The request body a draft stands for (not yet checked). */
export function draftToBody(d: ClueDraft, kind: DraftKind): Record<string, unknown> {
  const contact = {
    name: d.contactName.trim(),
    phone: d.contactPhone.trim(),
    address: d.contactAddress.trim(),
  };
  const noContact = !contact.name && !contact.phone && !contact.address;
  return {
    ...(kind === 'staff' ? { source: d.source || undefined } : {}),
    categoryCode: d.categoryCode || undefined,
    productName: d.productName,
    brand: d.brand,
    model: opt(d.model),
    batch: opt(d.batch),
    productionDate: d.productionDate || undefined,
    gtin: opt(cleanGtin(d.gtin)),
    producerName: opt(d.producerName),
    producerUscc: opt(d.producerUscc),
    description: d.description,
    injury: d.injury || undefined,
    fire: d.fire,
    regionCode: d.regionCode || undefined,
    purchaseChannel: opt(d.purchaseChannel),
    contact: kind === 'staff' && noContact ? undefined : contact,
    photoIds: d.photos.filter((p) => p.status === 'done' && p.id).map((p) => p.id as string),
  };
}

/** Checks the draft with the same schema the server uses, in words for the person filling it in. */
export function validateDraft(d: ClueDraft, kind: DraftKind): ClueErrors {
  const found: ClueErrors = {};
  // Pickers left empty: say "choose", not the schema's "should be one of the codes".
  if (kind === 'staff' && !d.source) found.source = '请选择线索来源';
  if (!d.categoryCode) found.categoryCode = '请选择产品类别';
  if (!d.injury) found.injury = '请选择是否造成伤害';
  if (!d.regionCode) found.regionCode = '请选择购买或使用地点';
  const gtin = cleanGtin(d.gtin);
  if (gtin) found.gtin = gtinProblem(gtin);
  const body = draftToBody(d, kind);
  const parsed = (kind === 'staff' ? ZStaffClueCreateRequest : ZClueCreateRequest).safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path.map(String).join('.'));
      if (field && !found[field]) found[field] = issue.message;
      else if (!field && !found.form) found.form = issue.message;
    }
  }
  if (d.photos.some((p) => p.status === 'uploading')) found.photoIds = '照片还在上传，请稍候再提交';
  else if (d.photos.some((p) => p.status === 'failed')) found.photoIds = '有照片上传失败，请点“重试”或删除后再提交';
  if (kind === 'consumer' && !d.consent) found.consent = '请阅读并同意隐私说明';
  for (const k of Object.keys(found) as Array<keyof ClueErrors>) if (!found[k]) delete found[k];
  return found;
}

const scrollTo = (field: ClueField) => scrollToField(`.${CLUE_FIELD_CLASS[field]}`);

/**
 * A clue report form (consumer report on 报告, or staff entry in the bureau workspace): the draft
 * kept in storage on every change, photos uploaded one by one as they are picked (progress,
 * failure, retry), checks with the contract's schema before sending, POST with the draft's
 * Idempotency-Key, and the server's field issues shown under their fields.
 */
export function useClueForm(kind: DraftKind) {
  const [draft, setDraft] = useState<ClueDraft>(() => loadDraft(kind) ?? newDraft());
  const [restored, setRestored] = useState(() => draftHasContent(draft));
  const [errors, setErrors] = useState<ClueErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const lastSaved = useRef('');
  const draftRef = useRef(draft);
  draftRef.current = draft;

  // Kept on the phone on every change (only what survives a restart; progress ticks do not write).
  useEffect(() => {
    const raw = JSON.stringify(persistable(draft));
    if (raw === lastSaved.current) return;
    lastSaved.current = raw;
    saveDraft(kind, raw);
  }, [draft, kind]);

  const clearError = useCallback((field: ClueField | undefined) => {
    setErrors((e) => {
      if (!field || (!e[field] && !e.form)) return e;
      return { ...e, [field]: undefined, form: undefined };
    });
  }, []);

  const set = useCallback(
    <K extends keyof ClueDraft>(key: K, value: ClueDraft[K]) => {
      setDraft((d) => ({ ...d, [key]: value }));
      clearError(DRAFT_TO_FIELD[key]);
    },
    [clearError],
  );

  const setText = useCallback((key: TextKey, value: string) => set(key, value), [set]);

  /** Fills product facts from a page that opened the form; asks before replacing other ones. */
  const applyPrefill = useCallback(async (p: ReportPrefill) => {
    const incoming: Partial<ClueDraft> = {};
    if (p.gtin) incoming.gtin = displayGtin(p.gtin);
    if (p.brand) incoming.brand = p.brand;
    if (p.model) incoming.model = p.model;
    if (p.productName) incoming.productName = p.productName;
    if (p.categoryCode && p.categoryCode in CATEGORIES) incoming.categoryCode = p.categoryCode;
    if (p.recallId) incoming.recallId = p.recallId;
    const keys = Object.keys(incoming) as Array<keyof ClueDraft>;
    if (keys.length === 0) return;
    const current = draftRef.current;
    const conflicts = keys.some((k) => {
      const v = current[k];
      return typeof v === 'string' && v.trim() !== '' && v !== incoming[k];
    });
    if (conflicts) {
      const answer = await Taro.showModal({
        title: '替换产品信息？',
        content: '草稿中已填写了其他产品的信息。是否换成刚才查看的产品？其他内容（问题描述、照片、联系方式）会保留。',
        confirmText: '替换',
        cancelText: '保留草稿',
        confirmColor: '#1B5BBF',
      });
      if (!answer.confirm) return;
    }
    setDraft((d) => ({ ...d, ...incoming }));
  }, []);

  // ------------------------------------------------------------ photos
  const patchPhoto = useCallback((key: string, patch: Partial<DraftPhoto>) => {
    setDraft((d) => ({ ...d, photos: d.photos.map((p) => (p.key === key ? { ...p, ...patch } : p)) }));
  }, []);

  const startUpload = useCallback(
    (photo: DraftPhoto) => uploadDraftPhoto(photo, (patch) => patchPhoto(photo.key, patch)),
    [patchPhoto],
  );

  const addPhotos = useCallback(async () => {
    const left = MAX_PHOTOS - draftRef.current.photos.length;
    if (left <= 0) {
      void Taro.showToast({ title: `最多上传 ${MAX_PHOTOS} 张照片`, icon: 'none' });
      return;
    }
    const added = await pickDraftPhotos(left, 'p');
    if (added.length === 0) return;
    setDraft((d) => ({ ...d, photos: [...d.photos, ...added].slice(0, MAX_PHOTOS) }));
    clearError('photoIds');
    for (const p of added) if (p.status === 'uploading') void startUpload(p);
  }, [clearError, startUpload]);

  const retryPhoto = useCallback(
    (key: string) => {
      const p = draftRef.current.photos.find((x) => x.key === key);
      if (p && p.path) void startUpload(p);
      clearError('photoIds');
    },
    [startUpload, clearError],
  );

  const removePhoto = useCallback(
    (key: string) => {
      const p = draftRef.current.photos.find((x) => x.key === key);
      releasePhoto(p?.path);
      setDraft((d) => ({ ...d, photos: d.photos.filter((x) => x.key !== key) }));
      clearError('photoIds');
    },
    [clearError],
  );

  // ------------------------------------------------------------ scan
  const scanGtin = useCallback(
    () => scanIntoFields(set, (message) => setErrors((e) => ({ ...e, gtin: message }))),
    [set],
  );

  // ------------------------------------------------------------ submit
  const showErrors = (found: ClueErrors) => {
    setErrors(found);
    const first = FIELD_ORDER.find((f) => found[f]);
    if (first) scrollTo(first);
  };

  /**
   * Sends the report; the server's answer when it confirmed, null otherwise (errors are on the form).
   * `onValid` runs synchronously once the draft passed the checks, before anything is awaited (still
   * inside the tap: WeChat's subscribe-message dialog needs that).
   */
  const submit = async (onValid?: () => void): Promise<TClueCreateResponse | null> => {
    if (submitting) return null;
    const d = draftRef.current;
    const found = validateDraft(d, kind);
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return null;
    }
    onValid?.();
    setSubmitting(true);
    setErrors({});
    try {
      const res =
        kind === 'staff'
          ? await createStaffClue(ZStaffClueCreateRequest.parse(draftToBody(d, kind)), d.key)
          : await createClue(ZClueCreateRequest.parse(draftToBody(d, kind)), d.key);
      // Confirmed: the draft is done. A fresh one (with a new key) starts.
      clearDraft(kind);
      for (const p of d.photos) releasePhoto(p.path);
      lastSaved.current = '';
      setDraft(newDraft());
      setRestored(false);
      return res;
    } catch (err) {
      showErrors(submitErrors(err, FIELD_ORDER, fieldOf, '报告'));
      return null;
    } finally {
      setSubmitting(false);
    }
  };

  /** Starts over: a new empty draft with a new key. */
  const reset = useCallback(() => {
    for (const p of draftRef.current.photos) releasePhoto(p.path);
    clearDraft(kind);
    setDraft(newDraft());
    setErrors({});
    setRestored(false);
  }, [kind]);

  const uploadedCount = draft.photos.filter((p) => p.status === 'done').length;
  return {
    kind,
    draft,
    errors,
    submitting,
    /** The form was restored from the phone when the page opened. */
    restored,
    uploadedCount,
    set,
    setText,
    applyPrefill,
    addPhotos,
    retryPhoto,
    removePhoto,
    scanGtin,
    submit,
    reset,
  };
}

export type ClueForm = ReturnType<typeof useClueForm>;
