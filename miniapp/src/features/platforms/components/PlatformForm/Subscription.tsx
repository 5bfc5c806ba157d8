import { Button, Textarea, View } from '@tarojs/components';
import { CATEGORIES, type CategoryCode } from '@recall/shared';
import { FormField } from '../../../../components/FormField';
import { nativeLabel } from '../../../../utils/a11y';
import type { FieldErrors, PlatformDraft } from '../../form';

interface Props {
  draft: PlatformDraft;
  errors: FieldErrors;
  set: <K extends keyof PlatformDraft>(key: K, value: PlatformDraft[K]) => void;
}

const LISTS = [
  { key: 'gtinPrefixes', label: '商品条码前缀', hint: '如 690123，每行一个；以此开头的商品条码都算' },
  { key: 'brands', label: '品牌', hint: '每行一个品牌名称' },
  { key: 'producers', label: '生产者', hint: '每行一个：企业名称或统一社会信用代码' },
] as const;

/** 订阅范围: every recall, or those of the listed categories, bar-code prefixes, brands or producers. */
export function SubscriptionFields({ draft, errors, set }: Props) {
  const toggle = (c: CategoryCode) =>
    set(
      'categories',
      draft.categories.includes(c) ? draft.categories.filter((x) => x !== c) : [...draft.categories, c],
    );
  return (
    <>
      <FormField
        label="订阅范围"
        hint="符合任一条件的召回都会推送给该平台"
        dataKey="all"
        error={errors.all}
        className="plat-field--open plat-f-all"
      >
        <View className="plat-chips">
          <Button
            className={`choice-chip plat-sub-all ${draft.all ? 'choice-chip--on' : ''}`}
            onClick={() => set('all', true)}
          >
            全部召回
          </Button>
          <Button
            className={`choice-chip plat-sub-some ${draft.all ? '' : 'choice-chip--on'}`}
            onClick={() => set('all', false)}
          >
            按条件订阅
          </Button>
        </View>
      </FormField>
      {draft.all ? null : (
        <>
          <FormField
            label="产品类别"
            hint="可选多个"
            optional
            dataKey="categories"
            error={errors.categories}
            className="plat-field--open plat-f-categories"
          >
            <View className="plat-chips">
              {(Object.keys(CATEGORIES) as CategoryCode[]).map((c) => (
                <Button
                  key={c}
                  className={`choice-chip plat-category-${c} ${draft.categories.includes(c) ? 'choice-chip--on' : ''}`}
                  onClick={() => toggle(c)}
                >
                  {CATEGORIES[c]}
                </Button>
              ))}
            </View>
          </FormField>
          {LISTS.map((l) => (
            <FormField
              key={l.key}
              label={l.label}
              hint={l.hint}
              optional
              dataKey={l.key}
              error={errors[l.key]}
              className={`plat-f-${l.key}`}
            >
              <Textarea
                className={`plat-textarea plat-input-${l.key}`}
                value={draft[l.key]}
                maxlength={5000}
                {...nativeLabel(l.label)}
                onInput={(e) => set(l.key, e.detail.value)}
              />
            </FormField>
          ))}
        </>
      )}
    </>
  );
}
