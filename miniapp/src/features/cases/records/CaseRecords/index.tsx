import { useState } from 'react';
import { Button, Input, Picker, Text, View } from '@tarojs/components';
import { CASE_RECORD_KINDS, MEASURE_KINDS, MEASURE_KIND_KEYS, type CaseRecordKind } from '@recall/shared/staff';
import { CountedTextarea } from '../../../../components/CountedTextarea';
import { DateField } from '../../../../components/DateField';
import { FormActions } from '../../../../components/FormActions';
import { PhotoEditor } from '../../../../components/PhotoGrid';
import { FileLine, RecordItem } from '../RecordItem';
import { useCaseRecords } from '../useCaseRecords';
import { DATE_FIELD, useRecordForm, type RecordForm, type RecordValues } from '../useRecordForm';
import './index.css';

interface Props {
  caseId: number;
  producerName: string;
}

/**
 * 记录: the on-site investigations (办法 第十五条), interviews (第二十一条) and measures (苏 第十九条)
 * of a case, and the forms to add them. Shown to the case's bureau and the province only.
 */
export function CaseRecords({ caseId, producerName }: Props) {
  const records = useCaseRecords(caseId);
  const [kind, setKind] = useState<CaseRecordKind | null>(null);
  const items = records.list?.items ?? [];
  return (
    <View className="case-records">
      <Text className="section-title">记录</Text>
      <View className="card">
        <Text className="case-records__hint">
          现场调查、约谈生产者和处理措施记入案件，进入电子案卷；生产者只能看到约谈和对其采取的措施，以及要求其办理的期限。
        </Text>
        {records.error ? <Text className="case-records__error">{records.error}</Text> : null}
        {items.length === 0 && records.list ? <Text className="case-records__none">尚无记录</Text> : null}
        {items.map((r) => (
          <RecordItem key={r.id} record={r} />
        ))}
        {records.list?.canRecord ? (
          <View className="case-records__kinds">
            {(Object.keys(CASE_RECORD_KINDS) as CaseRecordKind[]).map((k) => (
              <Button
                key={k}
                className={`btn btn--small ${kind === k ? 'btn--primary' : 'btn--plain'} case-records__kind case-records__kind--${k}`}
                onClick={() => setKind(kind === k ? null : k)}
              >
                记录{CASE_RECORD_KINDS[k]}
              </Button>
            ))}
          </View>
        ) : null}
      </View>
      {kind ? (
        <RecordFormCard
          key={kind}
          caseId={caseId}
          kind={kind}
          producerName={producerName}
          onSaved={() => {
            setKind(null);
            void records.reload();
          }}
        />
      ) : null}
    </View>
  );
}

type TextKey = {
  [K in keyof RecordValues]: RecordValues[K] extends string ? K : never;
}[keyof RecordValues];

function RecordFormCard(props: { caseId: number; kind: CaseRecordKind; producerName: string; onSaved: () => void }) {
  const { caseId, kind, producerName, onSaved } = props;
  const f = useRecordForm(caseId, kind, producerName, onSaved);
  const v = f.values;
  const e = f.errors as Record<string, string | undefined>;
  const text = (key: TextKey, label: string, placeholder: string, field: string = key, max = 200) => (
    <Field form={f} field={field} label={label}>
      <Input
        className={`form-input rec-input-${key}`}
        value={v[key]}
        maxlength={max}
        placeholder={placeholder}
        placeholderClass="form-placeholder"
        onInput={(x) => f.set(key, x.detail.value)}
      />
    </Field>
  );
  const long = (key: TextKey, label: string, placeholder: string, max: number) => (
    <Field form={f} field={key} label={label}>
      <CountedTextarea
        className={`rec-input-${key}`}
        value={v[key]}
        max={max}
        placeholder={placeholder}
        onInput={(x) => f.set(key, x)}
      />
    </Field>
  );
  // 整改期限 (interview) or 履行期限 (measure): what the producer sees on its case, with the days left.
  const dueField = (label: string) => (
    <Field form={f} field="dueOn" label={`${label}（选填，生产者在其工作台看到）`}>
      <DateField value={v.dueOn} onChange={(d) => f.set('dueOn', d)} placeholder="请选择日期" clearable />
    </Field>
  );
  const dateField = DATE_FIELD[kind];
  const officersField = kind === 'inspection' ? 'investigators' : 'bureauAttendees';
  return (
    <View className={`card record-form record-form--${kind}`}>
      <Text className="record-form__title">记录{CASE_RECORD_KINDS[kind]}</Text>
      {kind === 'measure' ? (
        <Field form={f} field="kind" label="措施类型">
          <Picker
            mode="selector"
            range={MEASURE_KIND_KEYS.map((k) => MEASURE_KINDS[k])}
            value={MEASURE_KIND_KEYS.indexOf(v.measureKind)}
            onChange={(x) => f.set('measureKind', MEASURE_KIND_KEYS[Number(x.detail.value)])}
          >
            <Text className="form-input rec-measure-kind">{MEASURE_KINDS[v.measureKind]}</Text>
          </Picker>
        </Field>
      ) : null}
      <Field form={f} field={dateField} label={kind === 'measure' ? '决定日期' : `${CASE_RECORD_KINDS[kind]}日期`}>
        <DateField value={v.date} onChange={(d) => f.set('date', d)} placeholder="请选择日期" />
      </Field>
      {kind !== 'measure' ? text('place', `${CASE_RECORD_KINDS[kind]}地点`, '例如 企业生产车间、会议室') : null}
      {kind !== 'measure' ? (
        <Field form={f} field={officersField} label={kind === 'inspection' ? '执法人员（不少于两人）' : '约谈人员'}>
          <PeopleRows
            rows={v.officers}
            prefix="officer"
            second={{ key: 'certificateNo', suffix: 'cert', placeholder: '执法证号', max: 30 }}
            removable
            blank={{ name: '', certificateNo: '' }}
            onChange={(rows) => f.set('officers', rows)}
          />
        </Field>
      ) : null}
      {kind === 'inspection' ? (
        <>
          {text('partyName', '被调查单位', '生产者或经营者名称', 'partyName', 100)}
          {text('partyPresent', '在场人员', '姓名', 'partyPresent', 50)}
          {text('partyPresentTitle', '在场人员职务（选填）', '例如 质量部经理', 'partyPresentTitle', 30)}
          {long('inspected', '检查、抽样情况', '查阅、复制了哪些资料和记录，抽取了哪些样品', 2000)}
          {long('findings', '调查发现', '现场调查发现的情况', 4000)}
          <Field form={f} field="photoIds" label="现场照片（选填）">
            <PhotoEditor
              photos={v.photos}
              max={20}
              onAdd={() => void f.addPhotos()}
              onRetry={f.retryPhoto}
              onRemove={f.removePhoto}
            />
          </Field>
        </>
      ) : null}
      {kind === 'interview' ? (
        <>
          <Field form={f} field="producerAttendees" label="企业参加人员">
            <PeopleRows
              rows={v.attendees}
              prefix="attendee"
              second={{ key: 'title', suffix: 'title', placeholder: '职务（选填）', max: 30 }}
              removable={false}
              blank={{ name: '', title: '' }}
              onChange={(rows) => f.set('attendees', rows)}
            />
          </Field>
          {long('requirements', '约谈要求', '要求生产者做到的事项', 2000)}
          {long('commitments', '企业承诺', '生产者作出的承诺', 2000)}
          {dueField('整改期限')}
        </>
      ) : null}
      {kind === 'measure' ? (
        <>
          {v.measureKind === 'administrative_penalty'
            ? text('decisionNo', '处罚决定书文号', '处罚决定书上的文号', 'decisionNo', 100)
            : text('decisionNo', '决定书文号（选填）', '如有', 'decisionNo', 100)}
          {v.measureKind === 'administrative_penalty'
            ? text('amount', '罚没款金额（元，选填）', '例如 50000', 'amount', 14)
            : null}
          {long('content', '措施内容', '处罚内容、信用记录内容或其他措施', 2000)}
          {dueField('履行期限')}
          {long('note', '备注（选填，仅市场监管部门可见）', '内部备注', 1000)}
        </>
      ) : null}
      <Field form={f} field="fileIds" label="证据文件（选填，PDF、Word、Excel，不超过 20 MB）">
        {v.files.map((file) => (
          <FileLine key={file.id} file={file} onRemove={() => f.removeFile(file.id)} />
        ))}
        <Text className="record-form__add rec-add-file" onClick={() => void f.addFile()}>
          {f.fileBusy ? '正在上传…' : '＋ 添加文件'}
        </Text>
      </Field>
      <FormActions
        className="record-form__actions"
        errorClass="record-form__error"
        buttonClass={`record-form__submit record-form__submit--${kind}`}
        label="保存记录"
        busyLabel="正在保存…"
        submitting={f.submitting}
        error={e.form}
        onSubmit={() => void f.submit()}
      />
    </View>
  );
}

/**
 * Rows of people on a record (执法人员, 约谈人员 with certificate numbers; 企业参加人员 with titles):
 * a name and a second column each, a row added at the end and, where `removable`, removed down to one.
 */
function PeopleRows<T extends { name: string }>(props: {
  rows: T[];
  /** Names the inputs for tests and styles: rec-<prefix>-name-<i>, rec-<prefix>-<suffix>-<i>. */
  prefix: string;
  second: { key: Exclude<keyof T, 'name'> & string; suffix: string; placeholder: string; max: number };
  removable: boolean;
  blank: T;
  onChange: (rows: T[]) => void;
}) {
  const { rows, prefix, second, removable, blank, onChange } = props;
  const edit = (i: number, patch: Partial<T>) => onChange(rows.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <>
      {rows.map((p, i) => (
        <View key={i} className="record-form__person">
          <Input
            className={`form-input record-form__name rec-${prefix}-name-${i}`}
            value={p.name}
            maxlength={20}
            placeholder="姓名"
            placeholderClass="form-placeholder"
            onInput={(x) => edit(i, { name: x.detail.value } as Partial<T>)}
          />
          <Input
            className={`form-input record-form__cert rec-${prefix}-${second.suffix}-${i}`}
            value={String(p[second.key])}
            maxlength={second.max}
            placeholder={second.placeholder}
            placeholderClass="form-placeholder"
            onInput={(x) => edit(i, { [second.key]: x.detail.value } as Partial<T>)}
          />
          {removable && rows.length > 1 ? (
            <Text className="record-form__remove" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              删除
            </Text>
          ) : null}
        </View>
      ))}
      <Text className="record-form__add" onClick={() => onChange([...rows, { ...blank }])}>
        ＋ 添加人员
      </Text>
    </>
  );
}

function Field(props: { form: RecordForm; field: string; label: string; children: React.ReactNode }) {
  const error = (props.form.errors as Record<string, string | undefined>)[props.field];
  return (
    <View className={`field rec-field-${props.field} ${error ? 'field--error' : ''}`}>
      <Text className="field__label">{props.label}</Text>
      <View className="record-form__box">{props.children}</View>
      {error ? <Text className="field__error">{error}</Text> : null}
    </View>
  );
}
