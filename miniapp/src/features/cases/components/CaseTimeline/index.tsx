import { Text, View } from '@tarojs/components';
import { ROLE_LABELS, type Role } from '@recall/shared';
import { CASE_STATES, type CaseState, type TCaseDocumentSummary, type TCaseEvent } from '@recall/shared/staff';
import { formatShanghaiTime } from '../../../../utils/format';
import './index.css';

const stateLabel = (s: string | null) => (s && s in CASE_STATES ? CASE_STATES[s as CaseState] : s);
const roleLabel = (r: string) => (r in ROLE_LABELS ? ROLE_LABELS[r as Role] : r);

/** What happened in a case, newest first: the step, who, when, the state it led to, the documents filed and the note. */
export function CaseTimeline({ events, documents }: { events: TCaseEvent[]; documents: TCaseDocumentSummary[] }) {
  if (events.length === 0) return <Text className="case-tl__none">暂无办理记录</Text>;
  const ordered = [...events].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const titleOf = (id: number) => {
    const d = documents.find((x) => x.id === id);
    return d ? `${d.title}${d.docNo ? `（${d.docNo}）` : ''}` : `文书 ${id}`;
  };
  return (
    <View className="case-tl">
      {ordered.map((e, i) => (
        <View key={`${e.at}-${e.action}-${i}`} className={`case-tl__item ${i === 0 ? 'case-tl__item--latest' : ''}`}>
          <View className="case-tl__rail">
            <View className={`case-tl__dot ${e.late ? 'case-tl__dot--late' : ''}`} />
            {i < ordered.length - 1 ? <View className="case-tl__line" /> : null}
          </View>
          <View className="case-tl__body">
            <View className="case-tl__head">
              <Text className="case-tl__label">{e.label}</Text>
              {e.late ? <Text className="case-tl__late">逾期办理</Text> : null}
            </View>
            <Text className="case-tl__meta">
              {formatShanghaiTime(e.at)} · {e.actor}
              {e.actorRole && !e.actor.includes('（') ? `（${roleLabel(e.actorRole)}）` : ''}
            </Text>
            {e.fromState !== e.toState ? <Text className="case-tl__state">→ {stateLabel(e.toState)}</Text> : null}
            {e.documentIds.length ? (
              <Text className="case-tl__docs">文书：{e.documentIds.map(titleOf).join('、')}</Text>
            ) : null}
            {e.note ? <Text className="case-tl__note">{e.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
