import { Picker, Text } from '@tarojs/components';
import { isIsoDate, todayInShanghai, type TBureauListResponse } from '@recall/shared';
import { FormField } from '../../../../components/FormField';
import { CLUE_FIELD_CLASS, type ClueForm } from '../../useClueForm';
import { PickerValue } from '../ClueForm/fields';
import { useBureaus } from '../../useBureaus';

type ClueUnits = NonNullable<TBureauListResponse['clueUnits']>;

/**
 * 线索报送 (辽 第八条; the province, where its profile has clue sharing): which of the province's
 * units found the clue and on which day, so the system records whether it was reported within the
 * units' working days. Both empty for a clue the recall division found itself.
 */
export function UnitReportFields({ form }: { form: ClueForm }) {
  const clueUnits = useBureaus().data?.clueUnits;
  return clueUnits ? <UnitReportPickers form={form} clueUnits={clueUnits} /> : null;
}

function UnitReportPickers({ form, clueUnits }: { form: ClueForm; clueUnits: ClueUnits }) {
  const d = form.draft;
  const today = todayInShanghai();
  const index = clueUnits.units.findIndex((u) => u.code === d.fromUnit);
  const clear = () => {
    form.set('fromUnit', '');
    form.set('unitFoundOn', '');
  };
  return (
    <>
      <FormField
        className={CLUE_FIELD_CLASS.fromUnit}
        label="报送处室、单位"
        hint={`本局处室、单位发现的线索，应在 ${clueUnits.workingDays} 个工作日内报送召回部门；召回部门自己发现的不用选。`}
        error={form.errors.fromUnit}
        optional
      >
        <Picker
          className="form-picker"
          mode="selector"
          range={clueUnits.units.map((u) => u.name)}
          value={index < 0 ? 0 : index}
          onChange={(e) => form.set('fromUnit', clueUnits.units[Number(e.detail.value)]?.code ?? '')}
        >
          <PickerValue text={index < 0 ? '' : clueUnits.units[index].name} placeholder="请选择报送线索的处室、单位" />
        </Picker>
        {d.fromUnit ? (
          <Text className="clue-form__clear" onClick={clear}>
            清除
          </Text>
        ) : null}
      </FormField>
      {d.fromUnit ? (
        <FormField
          className={CLUE_FIELD_CLASS.unitFoundOn}
          label="该单位发现日期"
          hint="用来计算是否按期报送。"
          error={form.errors.unitFoundOn}
        >
          <Picker
            className="form-picker"
            mode="date"
            value={d.unitFoundOn && isIsoDate(d.unitFoundOn) ? d.unitFoundOn : today}
            end={today}
            onChange={(e) => form.set('unitFoundOn', String(e.detail.value))}
          >
            <PickerValue text={d.unitFoundOn ?? ''} placeholder="请选择发现日期" />
          </Picker>
        </FormField>
      ) : null}
    </>
  );
}
