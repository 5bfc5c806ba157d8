import { Text, View } from '@tarojs/components';
import { REMEDIES, type Remedy } from '@recall/shared';
import './index.css';

const KEYS = Object.keys(REMEDIES) as Remedy[];

interface Props {
  value: Remedy | '';
  onChange: (v: Remedy) => void;
  /** The recall's own remedy, marked 召回措施. */
  suggested?: Remedy | null;
}

/** One of the recall remedies (召回措施) as chips; `.remedy-chip[data-value]` for tests. */
export function RemedyChips({ value, onChange, suggested }: Props) {
  return (
    <View className="remedy-chips">
      {KEYS.map((k) => (
        <View
          key={k}
          className={`choice-chip remedy-chip ${value === k ? 'choice-chip--on' : ''}`}
          data-value={k}
          onClick={() => onChange(k)}
        >
          <Text>{REMEDIES[k]}</Text>
          {suggested === k ? <Text className="remedy-chip__mark">召回措施</Text> : null}
        </View>
      ))}
    </View>
  );
}
