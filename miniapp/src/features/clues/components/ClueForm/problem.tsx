import { Switch, Text, View } from '@tarojs/components';
import { INJURY_LEVELS, type InjuryLevel } from '@recall/shared';
import { CLUE_FIELD_CLASS, type ClueForm } from '../../useClueForm';
import { CountedTextarea } from '../../../../components/CountedTextarea';
import { FormField } from '../../../../components/FormField';
import { PhotoEditor } from '../../../../components/PhotoGrid';
import { MAX_PHOTOS } from '../../../../services/photoPicker';
import { nativeLabel } from '../../../../utils/a11y';
import { Section } from './fields';

const DESCRIPTION_MAX = 2000;
const INJURIES = Object.keys(INJURY_LEVELS) as InjuryLevel[];

/** 问题情况: what happened, whether anyone was hurt or it caught fire, and photos. */
export function ProblemSection({ form }: { form: ClueForm }) {
  const { draft: d, errors, setText, set } = form;
  return (
    <Section title="问题情况">
      <FormField
        className={CLUE_FIELD_CLASS.description}
        label="问题描述"
        hint="发生了什么、在什么情况下发生、是否反复出现。请尽量具体。"
        error={errors.description}
      >
        <CountedTextarea
          value={d.description}
          max={DESCRIPTION_MAX}
          placeholder="例如：充电约 20 分钟后充电器外壳发烫变形，有焦味，插头处发黑。"
          onInput={(v) => setText('description', v)}
        />
      </FormField>
      <InjuryChoice form={form} />
      <View className={`clue-form__switch ${CLUE_FIELD_CLASS.fire}`}>
        <View className="clue-form__switch-body">
          <Text className="clue-form__switch-title">是否起火</Text>
          <Text className="clue-form__switch-hint">产品冒烟、起火或燃烧</Text>
        </View>
        <Switch
          checked={d.fire}
          color="#D93025"
          onChange={(e) => set('fire', e.detail.value)}
          {...nativeLabel('是否起火')}
        />
      </View>
      <PhotosField form={form} />
    </Section>
  );
}

function InjuryChoice({ form }: { form: ClueForm }) {
  const { draft: d, set } = form;
  return (
    <FormField
      className={CLUE_FIELD_CLASS.injury}
      label="是否造成伤害"
      hint="造成严重伤害或死亡的，报告会同时告知省市场监管局。"
      error={form.errors.injury}
    >
      <View className="clue-form__choices">
        {INJURIES.map((level) => (
          <View
            key={level}
            className={`choice-chip clue-form__choice ${d.injury === level ? 'choice-chip--on clue-form__choice--on' : ''} ${level === 'serious' || level === 'death' ? 'clue-form__choice--grave' : ''}`}
            onClick={() => set('injury', level)}
          >
            <Text>{INJURY_LEVELS[level]}</Text>
          </View>
        ))}
      </View>
    </FormField>
  );
}

function PhotosField({ form }: { form: ClueForm }) {
  const error = form.errors.photoIds;
  return (
    <View className={`clue-form__photos ${CLUE_FIELD_CLASS.photoIds}`}>
      <View className="clue-form__photos-head">
        <Text className="field__label">照片</Text>
        <Text className="field__optional">选填，最多 {MAX_PHOTOS} 张</Text>
      </View>
      <PhotoEditor
        photos={form.draft.photos}
        max={MAX_PHOTOS}
        onAdd={() => void form.addPhotos()}
        onRetry={form.retryPhoto}
        onRemove={form.removePhoto}
      />
      {error ? <Text className="field__error">{error}</Text> : null}
      <Text className="field__hint">
        拍摄产品整体、铭牌或标签、问题部位。支持 JPG、PNG、WebP，每张不超过 10 MB；照片中的位置信息会被去除。
      </Text>
    </View>
  );
}
