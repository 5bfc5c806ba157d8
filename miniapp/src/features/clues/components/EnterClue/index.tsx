import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { FormActions } from '../../../../components/FormActions';
import { PageIntro } from '../../../../components/PageIntro';
import { url } from '../../../../constants/routes';
import { useClueForm, type ClueForm, type StaffClueEntry } from '../../useClueForm';
import { ClueFormBody } from '../ClueForm';
import './index.css';

interface Props {
  /** Where the entry goes: the bureau's route or the county's (each page passes its own). */
  submitTo: StaffClueEntry;
  /** What this office enters, under the title. */
  description: string;
  /** The page that shows the entered clue (`?id=`). */
  cluePage: string;
  /** 外省移送 fields, for the province. */
  fromProvince?: (form: ClueForm) => ReactNode;
  /** 线索报送 fields (which unit found it, when), for the province. */
  unitReport?: (form: ClueForm) => ReactNode;
}

/**
 * 录入线索: the body of the bureau's and the county's entry pages. A kept draft is restored; once
 * entered, where the clue was routed is said and its page opens.
 */
export function EnterClue({ submitTo, description, cluePage, fromProvince, unitReport }: Props) {
  const form = useClueForm('staff', submitTo);

  const submit = async () => {
    const res = await form.submit();
    if (!res) return;
    await Taro.showModal({
      title: '线索已录入',
      content: `编号 ${res.receiptNo}，已分派至${res.routing.bureauName}。\n${res.routing.reason}`,
      showCancel: false,
      confirmText: '查看线索',
      confirmColor: '#1B5BBF',
    });
    void Taro.redirectTo({ url: url(cluePage, { id: res.id }) });
  };

  return (
    <>
      <PageIntro title="录入线索" description={description} />
      {form.restored ? (
        <View className="notice notice--info">
          <Text>已恢复上次未提交的录入内容。</Text>
          <Text className="link" onClick={form.reset}>
            {' '}
            清空
          </Text>
        </View>
      ) : null}
      <ClueFormBody form={form} fromProvince={fromProvince?.(form)} unitReport={unitReport?.(form)} />
      <FormActions
        className="enter-actions"
        errorClass="enter-error"
        buttonClass="report-submit"
        label="提交线索"
        submitting={form.submitting}
        error={form.errors.form}
        onSubmit={submit}
      />
    </>
  );
}
