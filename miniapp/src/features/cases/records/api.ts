import {
  STAFF_API,
  type TInspectionInput,
  type TInterviewInput,
  type TMeasureInput,
  ZRecordFile,
} from '@recall/shared/staff';
import { fillPath } from '@recall/shared';
import { call, callWith } from '../../../services/client';
import { upload } from '../../../services/request';

/** Records on a case (现场调查, 约谈, 处理措施): routes of API.caseRecords in @recall/shared. */

export const fetchCaseRecords = (id: number) => call(STAFF_API.caseRecords.list, { params: { id } });

/** One submission of a form keeps its key: a retried or double-tapped submission makes one record. */
const keyed = (key: string) => ({ headers: { 'Idempotency-Key': key } });

export const recordInspection = (id: number, body: TInspectionInput, key: string) =>
  callWith(STAFF_API.caseRecords.inspection, keyed(key), { params: { id }, body });

export const recordInterview = (id: number, body: TInterviewInput, key: string) =>
  callWith(STAFF_API.caseRecords.interview, keyed(key), { params: { id }, body });

export const recordMeasure = (id: number, body: TMeasureInput, key: string) =>
  callWith(STAFF_API.caseRecords.measure, keyed(key), { params: { id }, body });

/** An evidence file (PDF, DOCX, XLSX) kept with the case, to name in a record. */
export const uploadRecordFile = (id: number, file: { path: string; name?: string }) =>
  upload({
    url: fillPath(STAFF_API.caseRecords.uploadFile.path, { id }),
    filePath: file.path,
    name: STAFF_API.caseRecords.uploadFile.upload.field,
    fileName: file.name,
    schema: ZRecordFile,
    auth: true,
  });
