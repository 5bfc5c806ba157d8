import { Input } from '@tarojs/components';
import { FormField } from '../../../../components/FormField';
import { CLUE_FIELD_CLASS, type ClueForm } from '../../useClueForm';
import { ProvincePicker } from '../ProvincePicker';

/**
 * 外省移送 (staff, province or admin): the province that passed the clue on, by name, and its
 * letter's reference (来函文号). Shown by the clue form only while that source is chosen.
 */
export function FromProvinceFields({ form, ownProvince }: { form: ClueForm; ownProvince?: string }) {
  const d = form.draft;
  return (
    <>
      <FormField
        className={CLUE_FIELD_CLASS.fromProvinceCode}
        label="移送省份"
        hint="将线索移送本省的省份。"
        error={form.errors.fromProvinceCode}
      >
        <ProvincePicker
          variant="form"
          className="report-from-province__picker"
          code={d.fromProvinceCode ?? ''}
          name={d.fromProvinceName ?? ''}
          exclude={ownProvince}
          placeholder="请选择移送线索的省份"
          onChange={(code, name) => {
            form.set('fromProvinceCode', code);
            form.set('fromProvinceName', name);
          }}
        />
      </FormField>
      <FormField
        className={CLUE_FIELD_CLASS.fromReference}
        label="来函文号"
        hint="对方移送函的文号或编号。"
        error={form.errors.fromReference}
        optional
      >
        <Input
          className="form-input"
          type="text"
          value={d.fromReference ?? ''}
          maxlength={100}
          placeholder="例如 沪市监移〔2026〕8号"
          placeholderClass="form-placeholder"
          onInput={(e) => form.set('fromReference', e.detail.value)}
        />
      </FormField>
    </>
  );
}
