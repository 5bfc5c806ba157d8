import type { ReactNode } from 'react';
import { Switch, Text, View } from '@tarojs/components';
import { CLUE_SOURCES, type ClueSource } from '@recall/shared';
import { CLUE_FIELD_CLASS, type ClueForm } from '../../useClueForm';
import { FormField } from '../../../../components/FormField';
import { RegionField } from '../RegionField';
import { useReferences } from '../../useBureaus';
import { Section, SelectField, TextField } from './fields';
import { ProductSection } from './product';
import { ProblemSection } from './problem';
import { nativeLabel } from '../../../../utils/a11y';
import './index.css';

export { ConsentBox, NotAClaimNotice } from './consent';

const STAFF_SOURCES = (Object.keys(CLUE_SOURCES) as ClueSource[]).filter(
  (s): s is Exclude<ClueSource, 'consumer' | 'producerIncident'> => s !== 'consumer' && s !== 'producerIncident',
);

/**
 * The fields of a clue report in four sections (产品信息 / 问题情况 / 购买或使用地点 / 联系方式)
 * plus photos. Used by the consumer's report and, with the source picker and an optional contact,
 * by staff entering a clue from another source. `fromProvince` (province and admin accounts only)
 * offers 外省移送 and is shown under the source while it is chosen: the bureau pages bring it, so
 * the main package does not carry it. `unitReport` (the province's 线索报送) is shown under the
 * source for any other source.
 */
export function ClueFormBody({
  form,
  fromProvince,
  unitReport,
}: {
  form: ClueForm;
  fromProvince?: ReactNode;
  unitReport?: ReactNode;
}) {
  const staff = form.kind === 'staff';
  return (
    <View className="clue-form">
      {staff ? <SourceSection form={form} fromProvince={fromProvince} unitReport={unitReport} /> : null}
      <ProductSection form={form} />
      <ProblemSection form={form} />
      <PlaceSection form={form} />
      <ContactSection form={form} staff={staff} />
    </View>
  );
}

/** The sources staff may enter: 外省移送 only for the province (a city bureau does not receive them). */
export const staffSources = (province: boolean) =>
  province ? STAFF_SOURCES : STAFF_SOURCES.filter((s) => s !== 'otherProvince');

/** 线索来源: staff only, the sources the province's rules list besides consumers (苏 第八条, 辽 第八条). */
function SourceSection({
  form,
  fromProvince,
  unitReport,
}: {
  form: ClueForm;
  fromProvince?: ReactNode;
  unitReport?: ReactNode;
}) {
  const sources = staffSources(!!fromProvince);
  const refs = useReferences();
  return (
    <Section title="线索来源">
      <SelectField
        className={CLUE_FIELD_CLASS.source}
        label="来源"
        hint={refs ? `${refs.clueSources}所列的线索来源。` : '本省召回管理规定所列的线索来源。'}
        error={form.errors.source}
        options={sources}
        labels={CLUE_SOURCES}
        value={form.draft.source}
        placeholder="请选择线索来源"
        onChange={(v) => form.set('source', v)}
      />
      {fromProvince && form.draft.source === 'otherProvince' ? fromProvince : null}
      {form.draft.source && form.draft.source !== 'otherProvince' ? unitReport : null}
    </Section>
  );
}

/** 购买或使用地点: decides which bureau handles a report whose producer is unknown. */
function PlaceSection({ form }: { form: ClueForm }) {
  const { draft: d, set } = form;
  return (
    <Section title="购买或使用地点" hint="用于确定由哪个市场监管局处理">
      <FormField
        className={CLUE_FIELD_CLASS.regionCode}
        label="所在地区"
        hint="在哪里购买或使用。生产者不明时，报告由该地的市场监管局处理。"
        error={form.errors.regionCode}
      >
        <RegionField
          code={d.regionCode}
          name={d.regionName}
          onChange={(code, name) => {
            set('regionCode', code);
            set('regionName', name);
          }}
        />
      </FormField>
      <TextField
        form={form}
        field="purchaseChannel"
        name="purchaseChannel"
        label="购买渠道"
        hint="网店名称或商场、门店名称。"
        placeholder="例如 某电商平台某某旗舰店"
        max={100}
        optional
      />
    </Section>
  );
}

/** 联系方式: required of a consumer, optional for staff entering a clue from another source. */
function ContactSection({ form, staff }: { form: ClueForm; staff: boolean }) {
  return (
    <Section title="联系方式" hint={staff ? '选填' : '仅处理的市场监管局可见'}>
      <TextField
        form={form}
        field="contact.name"
        name="contactName"
        label="姓名"
        hint="便于工作人员核实情况时称呼你。"
        placeholder="请输入姓名"
        max={32}
        optional={staff}
      />
      <TextField
        form={form}
        field="contact.phone"
        name="contactPhone"
        label="联系电话"
        hint="手机号，或带区号的固定电话。"
        placeholder="例如 13812345678"
        max={16}
        optional={staff}
      />
      <TextField
        form={form}
        field="contact.address"
        name="contactAddress"
        label="联系地址"
        hint="必要时工作人员可能需要上门查看产品。"
        placeholder="省、市、区和详细地址"
        max={200}
        optional={staff}
      />
      {staff ? null : (
        <View className="clue-form__switch report-share-consent">
          <View className="clue-form__switch-body">
            <Text className="clue-form__switch-title">同意提供给外省监管部门</Text>
            <Text className="clue-form__switch-hint">
              生产者在外省时，报告会移送生产者所在省的市场监管部门；打开后，您的姓名和联系方式随报告一并提供，不打开则不提供。
            </Text>
          </View>
          <Switch
            checked={!!form.draft.shareConsent}
            onChange={(e) => form.set('shareConsent', e.detail.value)}
            {...nativeLabel('同意提供给外省监管部门')}
          />
        </View>
      )}
    </Section>
  );
}
