import { Button, Text, View } from '@tarojs/components';
import { ApiError } from '../../../../services/errors';
import { useExperts } from '../../useExperts';

interface Props {
  selected: number[];
  onChange: (ids: number[]) => void;
  error: unknown;
}

/** Choose experts from the library (专家库) for a 技术会商: organisation, title and fields, name masked. */
export function ExpertPicker({ selected, onChange, error }: Props) {
  const q = useExperts({});
  const message = error instanceof ApiError ? error.issueFor('expertIds') : undefined;
  const toggle = (id: number) => onChange(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  const items = q.data?.items ?? [];
  return (
    <View className="tech-form__field tech-experts" data-key="expertIds">
      <Text className="tech-form__label">专家库中的专家（可多选）</Text>
      {q.error ? <Text className="tech-muted">{q.error}</Text> : null}
      {!q.loading && !items.length && !q.error ? <Text className="tech-muted">专家库中暂无专家。</Text> : null}
      <View className="tech-chips">
        {items.map((e) => (
          <Button
            key={e.id}
            className={`choice-chip ${selected.includes(e.id) ? 'choice-chip--on' : ''} tech-expert-${e.id}`}
            onClick={() => toggle(e.id)}
          >
            {e.name} {e.title} · {e.organisation}（{e.categoryNames.join('、')}）
          </Button>
        ))}
      </View>
      {message ? <Text className="tech-form__error">{message}</Text> : null}
    </View>
  );
}
