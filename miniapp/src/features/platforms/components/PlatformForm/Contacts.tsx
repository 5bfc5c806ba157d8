import { Button, Input, Text, View } from '@tarojs/components';
import { FormField } from '../../../../components/FormField';
import { nativeLabel } from '../../../../utils/a11y';
import { emptyContact, type FieldErrors, type PlatformDraft } from '../../form';

type Contact = PlatformDraft['contacts'][number];
const FIELDS: Array<{ key: keyof Contact; label: string; max: number }> = [
  { key: 'name', label: '姓名', max: 30 },
  { key: 'phone', label: '联系电话', max: 20 },
  { key: 'email', label: '电子邮箱（选填）', max: 100 },
];

/** 联系人: one to five people the province calls about a recall. */
export function ContactsFields(p: {
  contacts: Contact[];
  errors: FieldErrors;
  onChange: (contacts: Contact[]) => void;
}) {
  const { contacts, errors, onChange } = p;
  const setOne = (i: number, key: keyof Contact, value: string) =>
    onChange(contacts.map((c, j) => (j === i ? { ...c, [key]: value } : c)));
  return (
    <FormField
      label="联系人"
      hint="平台负责召回处置的人员，最多 5 位"
      dataKey="contacts"
      error={errors.contacts}
      className="plat-field--open plat-f-contacts"
    >
      {contacts.map((c, i) => (
        <View key={i} className={`plat-contact plat-contact-${i}`}>
          {FIELDS.map((f) => {
            const error = errors[`contacts.${i}.${f.key}`];
            const label = `联系人 ${i + 1} ${f.label}`;
            return (
              <View key={f.key}>
                <Text className="plat-contact__label">{label}</Text>
                <View className="plat-boxed">
                  <Input
                    className={`plat-input plat-contact-${f.key}`}
                    value={c[f.key]}
                    maxlength={f.max}
                    {...nativeLabel(label)}
                    onInput={(e) => setOne(i, f.key, e.detail.value)}
                  />
                </View>
                {error ? <Text className="plat-error">{error}</Text> : null}
              </View>
            );
          })}
          {contacts.length > 1 ? (
            <Button
              className="btn btn--plain btn--small plat-contact-remove"
              onClick={() => onChange(contacts.filter((_, j) => j !== i))}
            >
              删除联系人 {i + 1}
            </Button>
          ) : null}
        </View>
      ))}
      {contacts.length < 5 ? (
        <Button
          className="btn btn--plain btn--small plat-contact-add"
          onClick={() => onChange([...contacts, emptyContact()])}
        >
          添加联系人
        </Button>
      ) : null}
    </FormField>
  );
}
