import {
  DOC_FORMS,
  DOC_SCHEMAS,
  DOC_TYPE_KEYS,
  DocType,
  FormField,
  FormSpec,
  displayValue,
  formSchema,
} from '../src/staff';

/** A valid value of a field, built from its kind alone. */
function sampleValue(f: FormField): unknown {
  switch (f.kind) {
    case 'text':
      return '样例';
    case 'textarea':
      return '样例说明文字';
    case 'date':
      return '2026-03-02';
    case 'int':
      return 12;
    case 'money':
      return 99.5;
    case 'percent':
      return 85;
    case 'select':
      return Object.keys(f.options!)[0];
    case 'multi':
      return [Object.keys(f.options!)[0]];
    case 'bool':
      return true;
    case 'tags':
      return ['A1', 'B2'];
    case 'photos':
      return ['upload-1'];
    case 'rows':
      return [sampleOf(f.columns!)];
  }
}

const sampleOf = (fields: FormField[], onlyRequired = false): Record<string, unknown> =>
  Object.fromEntries(fields.filter((f) => !onlyRequired || f.required).map((f) => [f.key, sampleValue(f)]));

const FORMS = DOC_TYPE_KEYS.map((type) => [type, DOC_FORMS[type]] as [DocType, FormSpec]);
const allFields = (kind: FormField['kind']) =>
  FORMS.flatMap(([type, spec]) => spec.fields.filter((f) => f.kind === kind).map((f) => [type, f.key, f] as const));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const messagesAt = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }, key: string) =>
  (result.error?.issues ?? []).filter((i) => i.path[0] === key).map((i) => i.message);

describe('DOC_FORMS covers every document', () => {
  it('one form and one schema per DocType', () => {
    expect(Object.keys(DOC_FORMS).sort()).toEqual([...DOC_TYPE_KEYS].sort());
    expect(Object.keys(DOC_SCHEMAS).sort()).toEqual([...DOC_TYPE_KEYS].sort());
  });
});

describe.each(FORMS)('form %s', (type, spec) => {
  const schema = DOC_SCHEMAS[type];
  const required = spec.fields.filter((f) => f.required);

  it('has fields, with unique keys (also within table columns)', () => {
    expect(spec.fields.length).toBeGreaterThan(0);
    const keys = spec.fields.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of spec.fields.filter((x) => x.kind === 'rows')) {
      const cols = f.columns!.map((c) => c.key);
      expect(new Set(cols).size).toBe(cols.length);
    }
  });

  it('each section heading opens once', () => {
    const sections = spec.fields.map((f) => f.section).filter(Boolean);
    expect(new Set(sections).size).toBe(sections.length);
  });

  it('every field has a Chinese label; choices have options; tables have columns', () => {
    for (const f of spec.fields) {
      expect(f.label).toMatch(/[\u4e00-\u9fff]/);
      if (f.kind === 'select' || f.kind === 'multi') expect(Object.keys(f.options ?? {}).length).toBeGreaterThan(0);
      if (f.kind === 'rows') expect(f.columns?.length).toBeGreaterThan(0);
    }
  });

  it('accepts a filled sample as it is', () => {
    const sample = sampleOf(spec.fields);
    const r = schema.safeParse(sample);
    expect(r.error?.issues).toBeUndefined();
    expect(r.data).toEqual(sample);
  });

  it('accepts only the required fields', () => {
    expect(schema.safeParse(sampleOf(spec.fields, true)).success).toBe(true);
  });

  it('drops unknown keys', () => {
    const r = schema.safeParse({ ...sampleOf(spec.fields), injected: 'x' });
    expect(r.success).toBe(true);
    expect(r.data).not.toHaveProperty('injected');
  });

  it('rejects an empty object, naming every required field in Chinese and no optional one', () => {
    const r = schema.safeParse({});
    expect(r.success).toBe(required.length === 0);
    for (const f of required) {
      const msgs = messagesAt(r, f.key);
      expect(msgs.length).toBeGreaterThan(0);
      expect(msgs.join()).toContain(f.label);
    }
    const flagged = new Set((r.error?.issues ?? []).map((i) => i.path[0]));
    expect([...flagged].sort()).toEqual(required.map((f) => f.key).sort());
  });

  it('rejects required text, lists and tables left empty with 请填写/请选择/请上传 and the label', () => {
    const sample = sampleOf(spec.fields);
    for (const f of required) {
      const blank = { text: '   ', textarea: '', multi: [], tags: [], photos: [], rows: [] }[f.kind as string];
      if (blank === undefined) continue;
      const msgs = messagesAt(schema.safeParse({ ...sample, [f.key]: blank }), f.key);
      expect(msgs).toEqual([expect.stringMatching(new RegExp(`^请(填写|选择|上传)${escape(f.label)}$`))]);
    }
  });

  it('takes null or absence for every optional field', () => {
    const sample = sampleOf(spec.fields, true);
    for (const f of spec.fields.filter((x) => !x.required)) {
      expect(schema.safeParse({ ...sample, [f.key]: undefined }).success).toBe(true);
      if (f.kind !== 'text' && f.kind !== 'textarea')
        expect(schema.safeParse({ ...sample, [f.key]: null }).success).toBe(true);
    }
  });
});

describe('field rules', () => {
  const sampleFor = (type: DocType) => sampleOf(DOC_FORMS[type].fields);

  it.each(allFields('multi'))('%s.%s: an unknown option is rejected', (type, key, f) => {
    const r = DOC_SCHEMAS[type].safeParse({ ...sampleFor(type), [key]: [Object.keys(f.options!)[0], 'bogus'] });
    expect(r.success).toBe(false);
    expect(messagesAt(r, key)).toContain(`${f.label}含有无效选项`);
  });

  it.each(allFields('select'))('%s.%s: an unknown option is rejected', (type, key, f) => {
    const r = DOC_SCHEMAS[type].safeParse({ ...sampleFor(type), [key]: 'bogus' });
    expect(messagesAt(r, key)).toEqual([`${f.label}应为：${Object.values(f.options!).join('、')}`]);
  });

  it.each(allFields('tags'))('%s.%s: an item over 64 characters is rejected, 64 is fine', (type, key, f) => {
    const schema = DOC_SCHEMAS[type];
    const r = schema.safeParse({ ...sampleFor(type), [key]: ['ok', 'x'.repeat(65)] });
    expect(messagesAt(r, key)).toEqual([`${f.label}每项不超过 64 个字`]);
    expect(schema.safeParse({ ...sampleFor(type), [key]: ['x'.repeat(64)] }).success).toBe(true);
  });

  it.each(allFields('tags').filter(([, , f]) => f.max))('%s.%s: more items than max are rejected', (type, key, f) => {
    const items = Array.from({ length: f.max! + 1 }, (_, i) => `M${i}`);
    expect(messagesAt(DOC_SCHEMAS[type].safeParse({ ...sampleFor(type), [key]: items }), key)).toEqual([
      `${f.label}最多 ${f.max} 项`,
    ]);
  });

  it.each(allFields('percent'))('%s.%s: 101 and −1 are rejected, 0 and 100 accepted', (type, key, f) => {
    const schema = DOC_SCHEMAS[type];
    expect(messagesAt(schema.safeParse({ ...sampleFor(type), [key]: 101 }), key)).toEqual([
      `${f.label}应在 0–100 之间`,
    ]);
    expect(schema.safeParse({ ...sampleFor(type), [key]: -1 }).success).toBe(false);
    expect(schema.safeParse({ ...sampleFor(type), [key]: 0 }).success).toBe(true);
    expect(schema.safeParse({ ...sampleFor(type), [key]: 100 }).success).toBe(true);
  });

  it.each(allFields('int'))('%s.%s: fractions, negatives and text are rejected', (type, key, f) => {
    const schema = DOC_SCHEMAS[type];
    expect(messagesAt(schema.safeParse({ ...sampleFor(type), [key]: 1.5 }), key)).toEqual([`${f.label}应为整数`]);
    expect(messagesAt(schema.safeParse({ ...sampleFor(type), [key]: -1 }), key)).toEqual([`${f.label}不能为负数`]);
    expect(messagesAt(schema.safeParse({ ...sampleFor(type), [key]: '12' }), key)).toEqual([`${f.label}应为数字`]);
  });

  it.each(allFields('date'))('%s.%s: an impossible date is rejected', (type, key, f) => {
    const r = DOC_SCHEMAS[type].safeParse({ ...sampleFor(type), [key]: '2026-02-30' });
    expect(messagesAt(r, key)).toEqual([`${f.label}不是有效日期（格式 YYYY-MM-DD）`]);
  });

  it('text is trimmed and limited to its max', () => {
    const schema = DOC_SCHEMAS.receipt;
    const base = sampleFor('receipt');
    expect(schema.parse({ ...base, recipientName: '  张三  ' }).recipientName).toBe('张三');
    expect(messagesAt(schema.safeParse({ ...base, recipientName: '张'.repeat(33) }), 'recipientName')).toEqual([
      '收件人姓名不能超过 32 个字',
    ]);
    expect(messagesAt(schema.safeParse({ ...base, remark: '备'.repeat(201) }), 'remark')).toEqual([
      '备注不能超过 200 个字',
    ]);
  });

  it('a required column of a table row is checked', () => {
    const base = sampleFor('recall_statement');
    const r = DOC_SCHEMAS.recall_statement.safeParse({ ...base, sales: [{ region: '南京' }] });
    expect(r.error?.issues.map((i) => i.path)).toEqual([['sales', 0, 'seller']]);
    expect(r.error?.issues[0].message).toContain('销售商名称');
  });

  it('formSchema of a custom spec behaves the same', () => {
    const schema = formSchema({ fields: [{ key: 'n', label: '件数', kind: 'int', required: true }] });
    expect(schema.safeParse({ n: 3 }).success).toBe(true);
    expect(messagesAt(schema.safeParse({}), 'n').join()).toContain('件数');
  });
});

describe('displayValue', () => {
  const f = (kind: FormField['kind'], extra: Partial<FormField> = {}): FormField => ({
    key: 'k',
    label: '字段',
    kind,
    ...extra,
  });
  const options = { phone: '电话', sms: '短信' };

  it.each<[string, FormField, unknown, string]>([
    ['text', f('text'), '张三', '张三'],
    ['text, empty', f('text'), '', ''],
    ['text, undefined', f('text'), undefined, ''],
    ['textarea, null', f('textarea'), null, ''],
    ['date', f('date'), '2026-03-02', '2026-03-02'],
    ['int', f('int'), 1200, '1200'],
    ['int zero is a value', f('int'), 0, '0'],
    ['money', f('money'), 99.5, '99.5 元'],
    ['percent', f('percent'), 85, '85%'],
    ['percent zero', f('percent'), 0, '0%'],
    ['select', f('select', { options }), 'sms', '短信'],
    ['select, unknown key shown as is', f('select', { options }), 'fax', 'fax'],
    ['multi', f('multi', { options }), ['phone', 'sms'], '电话、短信'],
    ['multi, unknown key shown as is', f('multi', { options }), ['phone', 'fax'], '电话、fax'],
    ['multi, none chosen', f('multi', { options }), [], ''],
    ['bool true', f('bool'), true, '是'],
    ['bool false is a value', f('bool'), false, '否'],
    ['tags', f('tags'), ['A1', 'B2'], 'A1、B2'],
    ['photos', f('photos'), ['p1', 'p2'], '2 张照片（见附件）'],
    ['rows', f('rows', { columns: [f('text')] }), [{ k: 'a' }, { k: 'b' }, { k: 'c' }], '3 行'],
  ])('%s', (_, field, value, expected) => {
    expect(displayValue(field, value)).toBe(expected);
  });
});
