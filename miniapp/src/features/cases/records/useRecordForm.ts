import { useCallback, useRef, useState } from 'react';
import { todayInShanghai } from '@recall/shared';
import {
  ZInspectionInput,
  ZInterviewInput,
  ZMeasureInput,
  type CaseRecordKind,
  type MeasureKind,
  type TCaseRecordView,
  type TRecordFile,
} from '@recall/shared/staff';
import type { DraftPhoto } from '../../clues/clueDraft';
import { pickDraftPhotos, uploadDraftPhoto } from '../../../services/draftForm';
import { pickFile } from '../../../services/filePicker';
import { errorMessage } from '../../../services/errors';
import { useZodForm } from '../../../hooks/useZodForm';
import { recordInspection, recordInterview, recordMeasure, uploadRecordFile } from './api';

export interface Officer {
  name: string;
  certificateNo: string;
}
export interface Attendee {
  name: string;
  title: string;
}

/** What the three record forms hold (each uses its part). */
export interface RecordValues {
  date: string;
  place: string;
  officers: Officer[];
  attendees: Attendee[];
  partyName: string;
  partyPresent: string;
  partyPresentTitle: string;
  inspected: string;
  findings: string;
  requirements: string;
  commitments: string;
  /** 整改期限 (interview) or 履行期限 (measure), optional. */
  dueOn: string;
  measureKind: MeasureKind;
  decisionNo: string;
  amount: string;
  content: string;
  note: string;
  photos: DraftPhoto[];
  files: TRecordFile[];
}

/** The error keys of each form, in the order of its fields (the schema's field names). */
export const RECORD_FIELDS = {
  inspection: [
    'inspectedOn',
    'place',
    'investigators',
    'partyName',
    'partyPresent',
    'partyPresentTitle',
    'inspected',
    'findings',
    'photoIds',
    'fileIds',
  ],
  interview: [
    'heldOn',
    'place',
    'bureauAttendees',
    'producerAttendees',
    'requirements',
    'commitments',
    'dueOn',
    'fileIds',
  ],
  measure: ['kind', 'takenOn', 'decisionNo', 'amount', 'content', 'dueOn', 'note', 'fileIds'],
} as const;
export type RecordField = (typeof RECORD_FIELDS)[CaseRecordKind][number];

/** The field holding the day it happened, per kind. */
export const DATE_FIELD = { inspection: 'inspectedOn', interview: 'heldOn', measure: 'takenOn' } as const;

const blankOfficer = (): Officer => ({ name: '', certificateNo: '' });

const initial = (kind: CaseRecordKind, producerName: string): RecordValues => ({
  date: todayInShanghai(),
  place: '',
  officers: kind === 'inspection' ? [blankOfficer(), blankOfficer()] : [blankOfficer()],
  attendees: [{ name: '', title: '' }],
  partyName: producerName,
  partyPresent: '',
  partyPresentTitle: '',
  inspected: '',
  findings: '',
  requirements: '',
  commitments: '',
  dueOn: '',
  measureKind: 'administrative_penalty',
  decisionNo: '',
  amount: '',
  content: '',
  note: '',
  photos: [],
  files: [],
});

const opt = (s: string) => (s.trim() ? s : undefined);
const newKey = () => `rec-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

function bodyOf(kind: CaseRecordKind, v: RecordValues): unknown {
  const fileIds = v.files.map((f) => f.id);
  switch (kind) {
    case 'inspection':
      return {
        inspectedOn: v.date,
        place: v.place,
        investigators: v.officers,
        partyName: v.partyName,
        partyPresent: v.partyPresent,
        partyPresentTitle: opt(v.partyPresentTitle),
        inspected: v.inspected,
        findings: v.findings,
        photoIds: v.photos.filter((p) => p.id).map((p) => p.id),
        fileIds,
      };
    case 'interview':
      return {
        heldOn: v.date,
        place: v.place,
        bureauAttendees: v.officers,
        producerAttendees: v.attendees.map((a) => ({ name: a.name, title: opt(a.title) })),
        requirements: v.requirements,
        commitments: v.commitments,
        dueOn: opt(v.dueOn),
        fileIds,
      };
    case 'measure':
      return {
        kind: v.measureKind,
        takenOn: v.date,
        decisionNo: opt(v.decisionNo),
        amount: v.amount.trim() ? Number(v.amount) : undefined,
        content: v.content,
        dueOn: opt(v.dueOn),
        note: opt(v.note),
        fileIds,
      };
  }
}

const SCHEMAS = { inspection: ZInspectionInput, interview: ZInterviewInput, measure: ZMeasureInput };

/**
 * One record form (现场调查, 约谈 or 处理措施) of a case: checked with the contract schema, photos
 * and evidence files uploaded as they are added, sent once per submission (its Idempotency-Key).
 */
export function useRecordForm(
  caseId: number,
  kind: CaseRecordKind,
  producerName: string,
  onSaved: (r: TCaseRecordView) => void,
) {
  const key = useRef(newKey());
  const [fileBusy, setFileBusy] = useState(false);
  const fields = RECORD_FIELDS[kind] as readonly RecordField[];
  const form = useZodForm<RecordValues, RecordField, unknown, TCaseRecordView>({
    schema: SCHEMAS[kind] as never,
    initial: () => initial(kind, producerName),
    fields,
    fieldClass: (f) => `rec-field-${f}`,
    toBody: (v) => bodyOf(kind, v),
    check: (v) =>
      v.photos.some((p) => p.status !== 'done') ? { photoIds: '请等照片上传完成，或删除上传失败的照片' } : {},
    fieldOfKey: (k) => {
      if (k === 'date') return DATE_FIELD[kind];
      if (k === 'officers') return kind === 'inspection' ? 'investigators' : 'bureauAttendees';
      if (k === 'attendees') return 'producerAttendees';
      if (k === 'measureKind') return 'kind';
      if (k === 'photos') return 'photoIds';
      if (k === 'files') return 'fileIds';
      return (fields as readonly string[]).includes(String(k)) ? (k as RecordField) : undefined;
    },
    onSubmit: async (body) => {
      const k = key.current;
      const saved =
        kind === 'inspection'
          ? await recordInspection(caseId, body as never, k)
          : kind === 'interview'
            ? await recordInterview(caseId, body as never, k)
            : await recordMeasure(caseId, body as never, k);
      key.current = newKey();
      form.reset(initial(kind, producerName));
      onSaved(saved);
      return saved;
    },
  });
  const { set, current } = form;

  const patchPhoto = useCallback(
    (photoKey: string, patch: Partial<DraftPhoto>) =>
      set(
        'photos',
        current().photos.map((p) => (p.key === photoKey ? { ...p, ...patch } : p)),
      ),
    [set, current],
  );
  const addPhotos = useCallback(async () => {
    const added = await pickDraftPhotos(20 - current().photos.length, 'r');
    if (!added.length) return;
    set('photos', [...current().photos, ...added]);
    for (const p of added) if (p.status === 'uploading') void uploadDraftPhoto(p, (patch) => patchPhoto(p.key, patch));
  }, [set, current, patchPhoto]);
  const retryPhoto = useCallback(
    (photoKey: string) => {
      const p = current().photos.find((x) => x.key === photoKey);
      if (p?.path) void uploadDraftPhoto(p, (patch) => patchPhoto(p.key, patch));
    },
    [current, patchPhoto],
  );
  const removePhoto = useCallback(
    (photoKey: string) =>
      set(
        'photos',
        current().photos.filter((p) => p.key !== photoKey),
      ),
    [set, current],
  );

  const addFile = useCallback(async () => {
    try {
      const picked = await pickFile(['pdf', 'docx', 'xlsx']);
      if (!picked) return;
      setFileBusy(true);
      const f = await uploadRecordFile(caseId, picked);
      set('files', [...current().files, f]);
    } catch (err) {
      form.setErrors({ ...form.errors, fileIds: errorMessage(err) });
    } finally {
      setFileBusy(false);
    }
  }, [caseId, set, current, form]);
  const removeFile = useCallback(
    (id: string) =>
      set(
        'files',
        current().files.filter((f) => f.id !== id),
      ),
    [set, current],
  );

  return { ...form, addPhotos, retryPhoto, removePhoto, addFile, removeFile, fileBusy };
}

export type RecordForm = ReturnType<typeof useRecordForm>;
