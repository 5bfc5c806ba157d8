import { STAFF_API, provinceAuthority, ZPassOnRequest, type TPassOnRequest } from '@recall/shared/staff';
import { parseUscc, type TClueView, type TMeResponse } from '@recall/shared';
import { call } from '../../services/client';
import { openStaffFile } from '../../services/download';
import { ApiError } from '../../services/errors';

/** The statuses the server passes a clue on from (CrossProvinceService: still open at the province). */
const OPEN_AT_PROVINCE: ReadonlyArray<TClueView['status']> = ['received', 'verifying'];

export const passClueOn = (id: number, body: TPassOnRequest) =>
  call(STAFF_API.crossProvince.passOn, { params: { id }, body });

export const fetchCrossProvince = (direction?: 'out' | 'in') =>
  call(STAFF_API.crossProvince.list, { query: direction ? { direction } : {} });

/** The package of an outgoing record (线索.json, 移送函.docx, photos), with the session's token. */
export const downloadPassOnPackage = (recordId: number, receiptNo: string, authority: string) =>
  openStaffFile(
    `/api/province/cross-province/${recordId}/package.zip`,
    'zip',
    `线索移送材料-${receiptNo}-${authority}.zip`,
  );

/** The province (xx0000) a producer's USCC registers it in; undefined without a valid code. */
export function producerProvince(c: Pick<TClueView, 'producerUscc'>): string | undefined {
  const r = c.producerUscc ? parseUscc(c.producerUscc) : undefined;
  return r?.valid && r.divisionCode ? `${r.divisionCode.slice(0, 2)}0000` : undefined;
}

/**
 * Whether 移送外省 is offered, as the server allows it: a province account (or an admin acting for
 * it), the clue handled by the province bureau (xx0000) and still open (received/verifying), not
 * yet passed on; and its producer not registered in this province (a producer without a readable
 * USCC may be anywhere: the officer decides).
 */
export function canPassOn(c: TClueView, me: Pick<TMeResponse, 'role' | 'org'>): boolean {
  if (me.role !== 'province' && me.role !== 'admin') return false;
  const province = c.routing.bureauCode;
  if (!/^\d{2}0000$/.test(province)) return false;
  if (me.role === 'province' && me.org?.code !== province) return false;
  if (!OPEN_AT_PROVINCE.includes(c.status) || c.crossProvince) return false;
  return producerProvince(c) !== province;
}

export interface PassOnForm {
  provinceCode: string;
  provinceName: string;
  contact: string;
  reference: string;
  note: string;
}
export const EMPTY_PASS_ON: PassOnForm = { provinceCode: '', provinceName: '', contact: '', reference: '', note: '' };
export type PassOnErrors = Partial<Record<keyof PassOnForm | 'form', string>>;

/** The receiving regulator as the records name it (上海市市场监督管理局), or null before a province is picked. */
export const receivingAuthority = (f: Pick<PassOnForm, 'provinceName'>): string | null =>
  f.provinceName ? provinceAuthority(f.provinceName) : null;

/** The request the sheet stands for, checked with the contract's schema; or the errors under each field. */
export function buildPassOn(
  f: PassOnForm,
  ownProvince: string,
): { kind: 'passOn'; body: TPassOnRequest } | PassOnErrors {
  if (!f.provinceCode) return { provinceCode: '请选择接收线索的省份' };
  if (f.provinceCode === ownProvince) return { provinceCode: '应为生产者所在的其他省份' };
  const r = ZPassOnRequest.safeParse({
    provinceCode: f.provinceCode,
    contact: f.contact,
    reference: f.reference.trim() || undefined,
    note: f.note,
  });
  if (r.success) return { kind: 'passOn', body: r.data };
  const found: PassOnErrors = {};
  for (const i of r.error.issues) {
    const k = String(i.path[0] ?? 'form') as keyof PassOnErrors;
    if (!found[k]) found[k] = i.message;
  }
  return found;
}

/** What the sheet says of the reporter's contact (it goes with the package only with their consent). */
export const consentText = (c: Pick<TClueView, 'shareConsent' | 'contact'>): string =>
  c.shareConsent && c.contact
    ? '报告人已同意提供个人信息，材料包含其姓名和联系方式'
    : '报告人未同意提供个人信息，材料包不含其姓名和联系方式';

/** Downloads the package the clue went out with (its record found among the province's outgoing ones). */
export async function downloadCluePackage(c: Pick<TClueView, 'id' | 'receiptNo'>): Promise<void> {
  const { items } = await fetchCrossProvince('out');
  const record = items.find((r) => r.clueId === c.id);
  if (!record) throw new ApiError(404, 'TRANSFER_NOT_FOUND', '没有找到这条线索的移送记录');
  await downloadPassOnPackage(record.id, c.receiptNo, record.authority);
}
