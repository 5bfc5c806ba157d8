import { ZDocumentSet, docCitation, docLabel, docMeta, getProvinceProfile } from '../src';
import { DOC_TYPES, DOC_TYPE_KEYS } from '../src/staff';

const jiangsu = getProvinceProfile('jiangsu').documents;
const liaoning = getProvinceProfile('liaoning').documents;
const LIAONING_RULES = '《辽宁省市场监督管理缺陷消费品召回管理工作规定》';

describe('a province names its documents and the rules they cite (profile `documents`)', () => {
  test("Jiangsu's set is seed 001's 附件1–10 as the workflow names them", () => {
    for (const t of DOC_TYPE_KEYS)
      expect(docMeta(jiangsu, t)).toEqual({ title: DOC_TYPES[t].title, annex: DOC_TYPES[t].annex });
  });

  test.each([
    ['jiangsu', 'recall_plan', '附件6 消费品召回计划'],
    ['jiangsu', 'decision', '缺陷重新认定结果告知书'],
    ['liaoning', 'recall_plan', '消费品召回计划'],
    ['liaoning', 'receipt', '送达回证'],
    ['liaoning', 'final_summary', '消费品召回总结报告'],
    ['liaoning', 'stage_summary', '消费品召回阶段性总结报告'],
    ['liaoning', 'decision', '缺陷认定结果通知书'],
  ] as const)('%s %s is labelled %s', (province, type, label) => {
    expect(docLabel(getProvinceProfile(province).documents, type)).toBe(label);
  });

  test.each([
    ['jiangsu', 'investigation_notice', '《消费品召回管理暂行规定》'],
    ['jiangsu', 'rerecall_notice', '《消费品召回管理暂行规定》'],
    ['liaoning', 'investigation_notice', `《消费品召回管理暂行规定》${LIAONING_RULES}`],
    ['liaoning', 'defect_investigation_notice', `《消费品召回管理暂行规定》和${LIAONING_RULES}第十一条`],
    ['liaoning', 'decision', `《消费品召回管理暂行规定》和${LIAONING_RULES}第十四条`],
    ['liaoning', 'rerecall_notice', `《消费品召回管理暂行规定》和${LIAONING_RULES}第十七条`],
  ] as const)('%s %s cites %s', (province, type, cite) => {
    expect(docCitation(getProvinceProfile(province).documents, type)).toBe(cite);
  });

  test("no Liaoning citation names Jiangsu's rules", () => {
    // A null reference means the Liaoning rules provide nothing to cite there: the screen cites nothing.
    const refs = Object.values(liaoning.references).filter((r): r is string => r !== null);
    const all = [...DOC_TYPE_KEYS.map((t) => docCitation(liaoning, t)), ...refs];
    for (const c of all) {
      expect(c).not.toMatch(/江苏|苏市监/);
      expect(c).toMatch(/《消费品召回管理暂行规定》|《辽宁省/);
    }
  });

  test.each([
    [{ law: '消费品召回管理暂行规定' }, 'law'],
    [{ titles: { nonsense: '某文书' } }, 'titles'],
    [{ references: { ...jiangsu.references, warning: '第十九条' } }, 'references'],
  ])('a set with a bad %j is refused, naming the field', (patch, field) => {
    const r = ZDocumentSet.safeParse({ ...jiangsu, ...patch });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path[0]).toBe(field);
  });
});
