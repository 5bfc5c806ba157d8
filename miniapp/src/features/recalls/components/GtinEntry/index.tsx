import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import { cleanGtin, gtinProblem } from '../../../../utils/validate';
import './index.css';

interface Props {
  focus?: boolean;
  onBlur?: () => void;
  onSubmit: (gtin: string) => void;
}

/** 输入条码: the digits under a bar code, checked (length, check digit) before searching. */
export function GtinEntry({ focus, onBlur, onSubmit }: Props) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    const problem = gtinProblem(value);
    if (problem) {
      setError(problem);
      return;
    }
    onSubmit(cleanGtin(value));
  };

  return (
    <View className="card gtin-entry">
      <Text className="gtin-entry__title">输入条码</Text>
      <Text className="gtin-entry__hint">商品包装上条形码下方的一串数字，通常为 13 位，以 69 开头的是国内商品。</Text>
      <View className="gtin-entry__row">
        <View className={`gtin-entry__box ${error ? 'gtin-entry__box--error' : ''}`}>
          <Input
            className="gtin-entry__input"
            type="number"
            value={value}
            focus={focus}
            maxlength={14}
            placeholder="例如 6901234567892"
            placeholderClass="gtin-entry__placeholder"
            confirmType="search"
            onInput={(e) => {
              setValue(e.detail.value);
              if (error) setError(null);
            }}
            onConfirm={submit}
            onBlur={onBlur}
          />
        </View>
        <Button className="btn btn--primary btn--small gtin-entry__go" onClick={submit}>
          查询
        </Button>
      </View>
      {error ? <Text className="gtin-entry__error">{error}</Text> : null}
    </View>
  );
}
