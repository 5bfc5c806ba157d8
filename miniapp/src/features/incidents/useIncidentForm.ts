import { useCallback, useRef } from 'react';
import Taro from '@tarojs/taro';
import { ZIncidentCreateRequest, type TIncidentCreateRequest, type TIncidentView } from '@recall/shared/staff';
import { useZodForm } from '../../hooks/useZodForm';
import { pickDraftPhotos, uploadDraftPhoto } from '../../services/draftForm';
import { MAX_PHOTOS, releasePhoto } from '../../services/photoPicker';
import { uuid4, type DraftPhoto } from '../clues/clueDraft';
import { createIncident } from './api';

/** The report as typed: counts are text until sent. */
export interface IncidentDraft {
  key: string;
  categoryCode: string;
  productName: string;
  brand: string;
  model: string;
  batch: string;
  productionDate: string;
  gtin: string;
  occurredOn: string;
  regionCode: string;
  regionName: string;
  place: string;
  description: string;
  deaths: string;
  seriousInjuries: string;
  minorInjuries: string;
  fire: boolean;
  propertyDamage: string;
  measures: string;
  contactName: string;
  contactPhone: string;
  contactAddress: string;
  photos: DraftPhoto[];
}
export type IncidentTextKey = {
  [K in keyof IncidentDraft]: IncidentDraft[K] extends string ? K : never;
}[keyof IncidentDraft];

export const newIncidentDraft = (): IncidentDraft => ({
  key: uuid4(),
  categoryCode: '',
  productName: '',
  brand: '',
  model: '',
  batch: '',
  productionDate: '',
  gtin: '',
  occurredOn: '',
  regionCode: '',
  regionName: '',
  place: '',
  description: '',
  deaths: '',
  seriousInjuries: '',
  minorInjuries: '',
  fire: false,
  propertyDamage: '',
  measures: '',
  contactName: '',
  contactPhone: '',
  contactAddress: '',
  photos: [],
});

/** The error keys (schema issue paths) in the order of the form. */
export const INCIDENT_FIELDS = [
  'categoryCode',
  'productName',
  'brand',
  'model',
  'batch',
  'productionDate',
  'gtin',
  'occurredOn',
  'regionCode',
  'place',
  'description',
  'harm.deaths',
  'harm.seriousInjuries',
  'harm.minorInjuries',
  'harm.propertyDamage',
  'harm',
  'measures',
  'contact.name',
  'contact.phone',
  'contact.address',
  'photoIds',
] as const;
export type IncidentField = (typeof INCIDENT_FIELDS)[number];
export const incidentFieldClass = (f: IncidentField) => `incident-field--${f.replace('.', '-')}`;

const FIELD_OF_KEY: Partial<Record<keyof IncidentDraft, IncidentField>> = {
  deaths: 'harm.deaths',
  seriousInjuries: 'harm.seriousInjuries',
  minorInjuries: 'harm.minorInjuries',
  propertyDamage: 'harm.propertyDamage',
  fire: 'harm',
  contactName: 'contact.name',
  contactPhone: 'contact.phone',
  contactAddress: 'contact.address',
  regionName: 'regionCode',
  photos: 'photoIds',
};

const HARM_KEYS: IncidentTextKey[] = ['deaths', 'seriousInjuries', 'minorInjuries', 'propertyDamage'];

const optional = (s: string) => (s.trim() ? s.trim() : undefined);
/** A count left empty is none; anything else goes to the schema as typed (it names what is wrong). */
const count = (s: string) => (s.trim() === '' ? 0 : Number(s.trim()));

export function incidentBody(d: IncidentDraft): unknown {
  return {
    categoryCode: d.categoryCode || undefined,
    productName: d.productName,
    brand: optional(d.brand),
    model: optional(d.model),
    batch: optional(d.batch),
    productionDate: optional(d.productionDate),
    gtin: optional(d.gtin),
    occurredOn: optional(d.occurredOn),
    regionCode: d.regionCode || undefined,
    place: optional(d.place),
    description: d.description,
    harm: {
      deaths: count(d.deaths),
      seriousInjuries: count(d.seriousInjuries),
      minorInjuries: count(d.minorInjuries),
      fire: d.fire,
      propertyDamage: optional(d.propertyDamage),
    },
    measures: d.measures,
    contact: { name: d.contactName, phone: d.contactPhone, address: optional(d.contactAddress) },
    photoIds: d.photos.filter((p) => p.status === 'done' && p.id).map((p) => p.id!),
  };
}

/**
 * The producer's incident report form: checked with the contract's schema, photos uploaded as they
 * are picked, sent with one Idempotency-Key per report so a retry never files it twice.
 */
export function useIncidentForm() {
  const form = useZodForm<IncidentDraft, IncidentField, TIncidentCreateRequest, TIncidentView>({
    schema: ZIncidentCreateRequest,
    initial: newIncidentDraft,
    fields: INCIDENT_FIELDS,
    fieldClass: incidentFieldClass,
    toBody: incidentBody,
    fieldOfKey: (key) =>
      FIELD_OF_KEY[key] ?? ((INCIDENT_FIELDS as readonly string[]).find((f) => f === key) as IncidentField),
    check: (d) => ({
      photoIds: d.photos.some((p) => p.status === 'uploading') ? '照片还在上传，请稍候再提交' : undefined,
    }),
    onSubmit: (body, d) => createIncident(body, d.key),
    draftNoun: '报告',
  });
  const { set, setValues, current, clearErrors } = form;
  const adding = useRef(false);

  const patchPhoto = useCallback(
    (key: string, patch: Partial<DraftPhoto>) =>
      setValues((d) => ({ ...d, photos: d.photos.map((p) => (p.key === key ? { ...p, ...patch } : p)) })),
    [setValues],
  );
  const startUpload = useCallback(
    (photo: DraftPhoto) => uploadDraftPhoto(photo, (patch) => patchPhoto(photo.key, patch)),
    [patchPhoto],
  );

  const addPhotos = useCallback(async () => {
    const left = MAX_PHOTOS - current().photos.length;
    if (left <= 0 || adding.current) {
      if (left <= 0) void Taro.showToast({ title: `最多上传 ${MAX_PHOTOS} 张照片`, icon: 'none' });
      return;
    }
    adding.current = true;
    try {
      const added = await pickDraftPhotos(left, 'i');
      if (added.length === 0) return;
      setValues((d) => ({ ...d, photos: [...d.photos, ...added].slice(0, MAX_PHOTOS) }));
      clearErrors('photoIds');
      for (const p of added) if (p.status === 'uploading') void startUpload(p);
    } finally {
      adding.current = false;
    }
  }, [current, setValues, clearErrors, startUpload]);

  const retryPhoto = useCallback(
    (key: string) => {
      const p = current().photos.find((x) => x.key === key);
      if (p?.path) void startUpload(p);
      clearErrors('photoIds');
    },
    [current, startUpload, clearErrors],
  );

  const removePhoto = useCallback(
    (key: string) => {
      releasePhoto(current().photos.find((x) => x.key === key)?.path);
      setValues((d) => ({ ...d, photos: d.photos.filter((x) => x.key !== key) }));
      clearErrors('photoIds');
    },
    [current, setValues, clearErrors],
  );

  /** A count or the damage changed: the "no harm given" message goes too. */
  const setText = useCallback(
    (key: IncidentTextKey, value: string) => {
      set(key, value);
      if (HARM_KEYS.includes(key)) clearErrors('harm');
    },
    [set, clearErrors],
  );

  return {
    draft: form.values,
    errors: form.errors,
    submitting: form.submitting,
    set: ((key, value) => {
      set(key, value);
      if (key === 'fire') clearErrors('harm');
    }) as typeof set,
    setText,
    addPhotos,
    retryPhoto,
    removePhoto,
    submit: form.submit,
  };
}

export type IncidentForm = ReturnType<typeof useIncidentForm>;
