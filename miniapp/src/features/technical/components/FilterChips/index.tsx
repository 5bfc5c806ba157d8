import { Button, View } from '@tarojs/components';

/** A row of filter chips: "全部…" (no filter) and one chip per option, the chosen one marked. */
export function FilterChips<K extends string>(props: {
  allLabel: string;
  options: Record<K, string>;
  value: K | undefined;
  onChange: (value: K | undefined) => void;
}) {
  const chip = (on: boolean) => `choice-chip ${on ? 'choice-chip--on' : ''}`;
  return (
    <View className="tech-chips">
      <Button className={chip(!props.value)} onClick={() => props.onChange(undefined)}>
        {props.allLabel}
      </Button>
      {(Object.keys(props.options) as K[]).map((k) => (
        <Button key={k} className={chip(props.value === k)} onClick={() => props.onChange(k)}>
          {props.options[k]}
        </Button>
      ))}
    </View>
  );
}
