import { useEffect, useState } from 'react';
import { CATEGORIES, todayInShanghai } from '@recall/shared';
import {
  ZCaseOpenRequest,
  ZInvitationCreateRequest,
  type FormSpec,
  type TCaseOpenRequest,
  type TCaseView,
  type TInvitationView,
} from '@recall/shared/staff';
import { fetchClue } from '../clues/api';
import { createInvitation } from './api';
import { openCase } from './api';
import { errorMessage } from '../../services/errors';
import { useDocForm } from './useDocForm';
import { useKeptDocForm } from './useKeptDocForm';

/** 立案 (ZCaseOpenRequest) as a generic form, so it looks and validates like the documents. */
export const OPEN_CASE_FORM = 'open_case';
const OPEN_CASE_SPEC: FormSpec = {
  fields: [
    { key: 'productName', label: '产品名称', kind: 'text', required: true, max: 100, section: '产品' },
    { key: 'brand', label: '品牌', kind: 'text', max: 100 },
    { key: 'model', label: '型号', kind: 'text', max: 100 },
    { key: 'categoryCode', label: '产品类别', kind: 'select', required: true, options: CATEGORIES },
    { key: 'producerName', label: '生产者名称', kind: 'text', required: true, max: 200, section: '生产者' },
    { key: 'producerUscc', label: '统一社会信用代码', kind: 'text', required: true, max: 18 },
    {
      key: 'summary',
      label: '可能存在的缺陷',
      kind: 'textarea',
      required: true,
      max: 2000,
      section: '缺陷情况',
    },
    {
      key: 'discoveredOn',
      label: '发现日期',
      kind: 'date',
      hint: '通知生产者开展调查分析的期限自此日起算；从线索立案时为收到线索之日，否则不填为今天。',
    },
  ],
};

const firstKey = (path: string): [string, string] => [OPEN_CASE_FORM, path.split('.')[0]];

/** The 立案 form (`?clueId=` fills it from the clue): checked with ZCaseOpenRequest, then POST /api/cases. */
export function useOpenCase(clueId: number | undefined) {
  const form = useDocForm();
  // An officer who goes back from 立案 finds it as they left it (one draft per clue, one for a discovery).
  const kept = useKeptDocForm(form, `recall.caseDraft.bureau.open.${clueId ?? 'discovery'}`);
  const [loading, setLoading] = useState(!!clueId);
  const [clueError, setClueError] = useState<string | null>(null);
  const [clueNo, setClueNo] = useState<string | null>(null);

  useEffect(() => {
    const start = (prefill: Record<string, unknown> = {}) =>
      kept.start([{ key: OPEN_CASE_FORM, spec: OPEN_CASE_SPEC, prefill, schema: ZCaseOpenRequest }]);
    if (!clueId) {
      start();
      return;
    }
    fetchClue(clueId)
      .then((c) => {
        setClueNo(c.receiptNo);
        start({
          productName: c.productName,
          brand: c.brand,
          model: c.model,
          categoryCode: c.categoryCode,
          producerName: c.producerName,
          producerUscc: c.producerUscc,
          summary: c.description,
          // 第十一条 counts from discovery: the day the clue came in, as the server also assumes.
          discoveredOn: todayInShanghai(new Date(c.createdAt)),
        });
      })
      .catch((err: unknown) => {
        setClueError(errorMessage(err));
        start();
      })
      .finally(() => setLoading(false));
  }, [clueId]);

  const submit = async (): Promise<TCaseView | null> => {
    const built = form.build();
    if (!built.ok) return null;
    const body = { ...built.forms[OPEN_CASE_FORM], ...(clueId ? { clueId } : {}) } as TCaseOpenRequest;
    const opened = await form.send(() => openCase(ZCaseOpenRequest.parse(body)), firstKey);
    if (opened) kept.drop();
    return opened;
  };

  return { form, loading, clueError, clueNo, submitting: form.submitting, submit };
}

/** 生产者邀请码 as a generic form. */
export const INVITE_FORM = 'invitation';
const INVITE_SPEC: FormSpec = {
  fields: [
    { key: 'producerName', label: '生产者名称', kind: 'text', required: true, max: 200 },
    {
      key: 'producerUscc',
      label: '统一社会信用代码',
      kind: 'text',
      required: true,
      max: 18,
      hint: '生产者绑定后只能看到该代码名下的案件。',
    },
  ],
};

export const INVITE_DRAFT = 'recall.caseDraft.bureau.invitation';

/** Issues an invitation code for a producer (POST /api/invitations) and shows it. */
export function useInvite() {
  const form = useDocForm();
  // An officer who goes back before issuing the code finds the producer's name and code still there.
  const kept = useKeptDocForm(form, INVITE_DRAFT);
  const [result, setResult] = useState<TInvitationView | null>(null);

  useEffect(() => {
    kept.start([{ key: INVITE_FORM, spec: INVITE_SPEC, schema: ZInvitationCreateRequest }]);
  }, []);

  const submit = async () => {
    const built = form.build();
    if (!built.ok) return;
    const body = built.forms[INVITE_FORM];
    const res = await form.send(
      () => createInvitation(ZInvitationCreateRequest.parse(body)),
      (p) => [INVITE_FORM, p.split('.')[0]],
    );
    if (res) {
      kept.drop();
      setResult(res);
    }
  };

  const again = () => {
    setResult(null);
    form.reset([{ key: INVITE_FORM, spec: INVITE_SPEC, schema: ZInvitationCreateRequest }]);
  };

  return { form, result, submitting: form.submitting, submit, again };
}
