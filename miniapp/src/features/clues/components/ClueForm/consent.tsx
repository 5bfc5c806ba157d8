import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ConsentTick } from '../../../../components/ConsentTick';

/** A clue report is not a compensation claim or a complaint (湖南 bulletin): said plainly. */
export function NotAClaimNotice() {
  return (
    <View className="notice clue-claim">
      <Text className="clue-claim__title">缺陷线索报告不是索赔或投诉</Text>
      <Text className="clue-claim__text">
        报告用于市场监管部门发现和核实产品缺陷，不处理赔偿、退换货等个人诉求。需要赔偿或投诉举报，请拨打 12315。
      </Text>
    </View>
  );
}

const PRIVACY_TERMS = [
  '我们收集：你填写的产品信息、问题描述、购买或使用地点、照片，以及姓名、电话、地址。',
  '用途：仅用于市场监管部门核实和处理这条缺陷线索，必要时联系你了解情况。',
  '联系方式加密保存，只有处理这条线索的市场监管局能看到完整信息；抄送的单位只能看到部分隐去的信息。',
  '上传的照片会去除拍摄地点等位置信息后保存。',
  '你的个人信息不会公开，也不会提供给生产者。',
];

/** 隐私说明 and the consent box of the consumer's report. */
export function ConsentBox({
  checked,
  error,
  onChange,
}: {
  checked: boolean;
  error?: string;
  onChange: (v: boolean) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <View className={`card clue-consent report-consent ${error ? 'clue-consent--error' : ''}`}>
      <ConsentTick className="clue-consent__row" checked={checked} onChange={onChange}>
        我已阅读并同意
        <Text
          className="link"
          onClick={(e) => {
            e.stopPropagation();
            setOpen(!open);
          }}
        >
          《隐私说明》
        </Text>
        ，提交的内容真实。
      </ConsentTick>
      {open ? (
        <View className="clue-consent__terms">
          <Text className="clue-consent__terms-title">隐私说明</Text>
          {PRIVACY_TERMS.map((t) => (
            <Text key={t} className="clue-consent__term">
              · {t}
            </Text>
          ))}
        </View>
      ) : null}
      {error ? <Text className="field__error">{error}</Text> : null}
    </View>
  );
}
