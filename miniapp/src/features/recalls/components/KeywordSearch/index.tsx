import { useState } from 'react';
import { Image, Input, Text, View } from '@tarojs/components';
import { keywordProblem } from '../../useRecallSearch';
import { decorative, pressable } from '../../../../utils/a11y';
import magnifierIcon from '../../../../assets/icons/magnifier.png';

/** The keyword box on 查询: checks what was typed, then hands it to `onSearch`. */
export function KeywordSearch({ compact, onSearch }: { compact: boolean; onSearch: (q: string) => void }) {
  const [keyword, setKeyword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const search = () => {
    const q = keyword.trim();
    const problem = q ? keywordProblem(q) : '请输入产品名称、品牌、型号或生产者';
    if (problem) setError(problem);
    else onSearch(q);
  };
  return (
    <>
      <View className="home-search">
        <Image className="home-search__icon" src={magnifierIcon} {...decorative()} />
        <Input
          className="home-search__input"
          value={keyword}
          confirmType="search"
          maxlength={50}
          placeholder={compact ? '产品名称、品牌或型号' : '产品名称、品牌、型号或生产者'}
          placeholderClass="home-search__placeholder"
          onInput={(e) => {
            setKeyword(e.detail.value);
            if (error) setError(null);
          }}
          onConfirm={search}
        />
        <View className="home-search__go" {...pressable(search)}>
          <Text>搜索</Text>
        </View>
      </View>
      {error ? <Text className="home-search-error">{error}</Text> : null}
    </>
  );
}
