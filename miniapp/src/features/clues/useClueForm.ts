import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import {
  CATEGORIES,
  ZClueCreateRequest,
  ZStaffClueCreateRequest,
  type TClueCreateRequest,
  type TClueCreateResponse,
  type TStaffClueCreateRequest,
} from '@recall/shared';
import { createClue } from './api';
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
} from './clueDraft';
import { pickDraftPhotos, uploadDraftPhoto } from '../../services/draftForm';
import { MAX_PHOTOS, releasePhoto } from '../../services/photoPicker';
import { scanIntoFields } from '../../services/scanner';
import { displayGtin } from '../../utils/format';
import { cleanGtin, gtinProblem } from '../../utils/validate';
import { useZodForm, type FormErrors } from '../../hooks/useZodForm';

/** Error keys: the request's field paths ('contact.phone'), plus consent and the whole form. */
export type ClueField =
  | 'source'
  | 'fromProvinceCode'
  | 'fromReference'
  | 'fromUnit'
  | 'unitFoundOn'
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
export type ClueErrors = FormErrors<ClueField>;

/** The container class of each field, in the order of the form (stable for end-to-end tests). */
export const CLUE_FIELD_CLASS: Record<ClueField, string> = {
  source: 'report-source',
  fromProvinceCode: 'report-from-province',
  fromReference: 'report-from-reference',
  fromUnit: 'report-from-unit',
  unitFoundOn: 'report-unit-found-on',
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

/** Which draft fields clear which error. */
const DRAFT_TO_FIELD: Partial<Record<keyof ClueDraft, ClueField>> = {
  source: 'source',
  fromProvinceCode: 'fromProvinceCode',
  fromProvinceName: 'fromProvinceCode',
  fromReference: 'fromReference',
  fromUnit: 'fromUnit',
  unitFoundOn: 'unitFoundOn',
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
    // Only a clue another province passed on names the sending province and its reference.
    ...(kind === 'staff' && d.source === 'otherProvince'
      ? { fromProvinceCode: d.fromProvinceCode || undefined, fromReference: opt(d.fromReference ?? '') }
      : {}),
    // A clue one of the province's units reported names the unit and the day it found it (辽 第八条).
    ...(kind === 'staff' && (d.fromUnit || d.unitFoundOn)
      ? { fromUnit: d.fromUnit || undefined, unitFoundOn: d.unitFoundOn || undefined }
      : {}),
    categoryCode: d.categoryCode || undefined,
    productName: d.productName,
    brand: opt(d.brand),
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
    ...(kind === 'consumer'
      ? { shareConsent: !!d.shareConsent, channel: process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp' }
      : {}),
  };
}

/** What the schema cannot check (photos, consent, the bar code's digit), and "choose" for empty pickers. */
export function checkDraft(d: ClueDraft, kind: DraftKind): ClueErrors {
  const gtin = cleanGtin(d.gtin);
  const photos = d.photos;
  return {
    // Pickers left empty: say "choose", not the schema's "should be one of the codes".
    source: kind === 'staff' && !d.source ? '请选择线索来源' : undefined,
    fromProvinceCode:
      kind === 'staff' && d.source === 'otherProvince' && !d.fromProvinceCode ? '请选择移送线索的省份' : undefined,
    categoryCode: d.categoryCode ? undefined : '请选择产品类别',
    injury: d.injury ? undefined : '请选择是否造成伤害',
    regionCode: d.regionCode ? undefined : '请选择购买或使用地点',
    gtin: gtin ? gtinProblem(gtin) : undefined,
    photoIds: photos.some((p) => p.status === 'uploading')
      ? '照片还在上传，请稍候再提交'
      : photos.some((p) => p.status === 'failed')
        ? '有照片上传失败，请点“重试”或删除后再提交'
        : undefined,
    consent: kind === 'consumer' && !d.consent ? '请阅读并同意隐私说明' : undefined,
  };
}

/** Sends a staff entry with its Idempotency-Key. */
export type StaffClueEntry = (body: TStaffClueCreateRequest, idempotencyKey: string) => Promise<TClueCreateResponse>;

function staffEntry(enter: StaffClueEntry | undefined): StaffClueEntry {
  if (!enter) throw new Error('staff clue form without a route');
  return enter;
}

/**
 * A clue report form (consumer report on 报告, or staff entry in the bureau workspace): the draft
 * kept in storage on every change, photos uploaded one by one as they are picked (progress,
 * failure, retry), checks with the contract's schema before sending, POST with the draft's
 * Idempotency-Key, and the server's field issues shown under their fields.
 */
export function useClueForm(
  kind: DraftKind,
  /**
   * Where a staff entry goes: the bureau's route, or a county bureau's (its own route). Passed in by the
   * staff page so the consumer's report page (main package) never loads the staff routes.
   */
  enter?: StaffClueEntry,
) {
  const [initial] = useState<ClueDraft>(() => loadDraft(kind) ?? newDraft());
  const [restored, setRestored] = useState(() => draftHasContent(initial));
  const lastSaved = useRef('');

  const form = useZodForm<ClueDraft, ClueField, TClueCreateRequest | TStaffClueCreateRequest, TClueCreateResponse>({
    schema: kind === 'staff' ? ZStaffClueCreateRequest : ZClueCreateRequest,
    initial,
    fields: FIELD_ORDER,
    fieldClass: (f) => CLUE_FIELD_CLASS[f],
    toBody: (d) => draftToBody(d, kind),
    check: (d) => checkDraft(d, kind),
    fieldOfKey: (k) => DRAFT_TO_FIELD[k],
    draftNoun: '报告',
    onSubmit: async (body, d) => {
      const res =
        kind === 'staff'
          ? await staffEntry(enter)(body as TStaffClueCreateRequest, d.key)
          : await createClue(body as TClueCreateRequest, d.key);
      // Confirmed: the draft is done. A fresh one (with a new key) starts.
      clearDraft(kind);
      for (const p of d.photos) releasePhoto(p.path);
      lastSaved.current = '';
      form.reset(newDraft());
      setRestored(false);
      return res;
    },
  });
  const { values: draft, set, setValues: setDraft, setErrors, clearErrors, current, reset: resetForm } = form;

  // Kept on the phone on every change (only what survives a restart; progress ticks do not write).
  useEffect(() => {
    const raw = JSON.stringify(persistable(draft));
    if (raw === lastSaved.current) return;
    lastSaved.current = raw;
    saveDraft(kind, raw);
  }, [draft, kind]);

  const setText = useCallback((key: TextKey, value: string) => set(key, value), [set]);

  /** Fills product facts from a page that opened the form; asks before replacing other ones. */
  const applyPrefill = useCallback(
    async (p: ReportPrefill) => {
      const incoming: Partial<ClueDraft> = {};
      if (p.gtin) incoming.gtin = displayGtin(p.gtin);
      if (p.brand) incoming.brand = p.brand;
      if (p.model) incoming.model = p.model;
      if (p.productName) incoming.productName = p.productName;
      if (p.categoryCode && p.categoryCode in CATEGORIES) incoming.categoryCode = p.categoryCode;
      if (p.recallId) incoming.recallId = p.recallId;
      const keys = Object.keys(incoming) as Array<keyof ClueDraft>;
      if (keys.length === 0) return;
      const now = current();
      const conflicts = keys.some((k) => {
        const v = now[k];
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
    },
    [current, setDraft],
  );

  // ------------------------------------------------------------ photos
  const patchPhoto = useCallback(
    (key: string, patch: Partial<DraftPhoto>) => {
      setDraft((d) => ({ ...d, photos: d.photos.map((p) => (p.key === key ? { ...p, ...patch } : p)) }));
    },
    [setDraft],
  );

  const startUpload = useCallback(
    (photo: DraftPhoto) => uploadDraftPhoto(photo, (patch) => patchPhoto(photo.key, patch)),
    [patchPhoto],
  );

  const addPhotos = useCallback(async () => {
    const left = MAX_PHOTOS - current().photos.length;
    if (left <= 0) {
      void Taro.showToast({ title: `最多上传 ${MAX_PHOTOS} 张照片`, icon: 'none' });
      return;
    }
    const added = await pickDraftPhotos(left, 'p');
    if (added.length === 0) return;
    setDraft((d) => ({ ...d, photos: [...d.photos, ...added].slice(0, MAX_PHOTOS) }));
    clearErrors('photoIds');
    for (const p of added) if (p.status === 'uploading') void startUpload(p);
  }, [clearErrors, startUpload, current, setDraft]);

  const retryPhoto = useCallback(
    (key: string) => {
      const p = current().photos.find((x) => x.key === key);
      if (p && p.path) void startUpload(p);
      clearErrors('photoIds');
    },
    [startUpload, clearErrors, current],
  );

  const removePhoto = useCallback(
    (key: string) => {
      const p = current().photos.find((x) => x.key === key);
      releasePhoto(p?.path);
      setDraft((d) => ({ ...d, photos: d.photos.filter((x) => x.key !== key) }));
      clearErrors('photoIds');
    },
    [clearErrors, current, setDraft],
  );

  // ------------------------------------------------------------ scan
  const scanGtin = useCallback(
    () => scanIntoFields(set, (message) => setErrors((e) => ({ ...e, gtin: message }))),
    [set, setErrors],
  );

  /**
   * Sends the report; the server's answer when it confirmed, null otherwise (errors are on the form).
   * `onValid` runs synchronously once the draft passed the checks, before anything is awaited (still
   * inside the tap: WeChat's subscribe-message dialog needs that).
   */
  const submit = form.submit;

  /** Starts over: a new empty draft with a new key. */
  const reset = useCallback(() => {
    for (const p of current().photos) releasePhoto(p.path);
    clearDraft(kind);
    resetForm(newDraft());
    setRestored(false);
  }, [kind, current, resetForm]);

  const uploadedCount = draft.photos.filter((p) => p.status === 'done').length;
  return {
    kind,
    draft,
    errors: form.errors,
    submitting: form.submitting,
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
