import { Button, Image, Text, View } from '@tarojs/components';
import { recordDue, type TCaseRecordView, type TRecordFile } from '@recall/shared/staff';
import { thumbOf } from '../../../../components/PhotoGrid';
import { openSignedFile } from '../../../../services/download';
import { formatShanghaiTime } from '../../../../utils/format';
import './index.css';

/** The 期限 an interview or a measure sets the producer, if any. */
export const dueOnOf = (r: TCaseRecordView): string | undefined =>
  r.kind === 'interview' ? r.interview.dueOn : r.kind === 'measure' ? r.measure.dueOn : undefined;

/**
 * One record of a case as its reader sees it (the bureau every kind; the producer its interviews and
 * measures). `today`: show where the producer stands with the record's 期限 (its own screen).
 */
export function RecordItem({ record: r, today }: { record: TCaseRecordView; today?: string }) {
  const lines: Array<[string, string]> = [];
  if (r.kind === 'inspection') {
    const d = r.inspection;
    lines.push(['地点', d.place]);
    lines.push(['执法人员', d.investigators.map((i) => `${i.name}（${i.certificateNo}）`).join('、')]);
    lines.push([
      '在场人员',
      `${d.partyName} ${d.partyPresent}${d.partyPresentTitle ? `（${d.partyPresentTitle}）` : ''}`,
    ]);
    lines.push(['检查、抽样', d.inspected]);
    lines.push(['调查发现', d.findings]);
  } else if (r.kind === 'interview') {
    const d = r.interview;
    lines.push(['地点', d.place]);
    lines.push(['约谈人员', d.bureauAttendees.map((i) => `${i.name}（${i.certificateNo}）`).join('、')]);
    lines.push(['企业人员', d.producerAttendees.map((a) => (a.title ? `${a.name}（${a.title}）` : a.name)).join('、')]);
    lines.push(['约谈要求', d.requirements]);
    lines.push(['企业承诺', d.commitments]);
    if (d.dueOn) lines.push(['整改期限', d.dueOn]);
  } else {
    const d = r.measure;
    lines.push(['措施', d.kindLabel]);
    if (d.decisionNo) lines.push(['决定书文号', d.decisionNo]);
    if (d.amount !== undefined) lines.push(['罚没款', `${d.amount} 元`]);
    lines.push(['内容', d.content]);
    if (d.dueOn) lines.push(['履行期限', d.dueOn]);
    if (d.note) lines.push(['备注', d.note]);
  }
  const due = today && r.kind !== 'inspection' ? recordDue(dueOnOf(r), today) : null;
  return (
    <View className={`record-item record-item--${r.kind}`} data-record-id={r.id}>
      <View className="record-item__head">
        <Text className="record-item__kind">{r.kindLabel}</Text>
        <Text className="record-item__date">{r.occurredOn}</Text>
        {due && due.status !== 'none' ? (
          <Text className={`record-item__due record-item__due--${due.status}`}>{due.label}</Text>
        ) : null}
        {r.kind === 'inspection' ? (
          <Button
            className="btn btn--small btn--plain record-item__docx"
            onClick={() => void openSignedFile(r.docxUrl, 'docx')}
          >
            现场检查笔录
          </Button>
        ) : null}
      </View>
      {lines.map(([label, value]) => (
        <Text key={label} className="record-item__line">
          <Text className="record-item__label">{label}：</Text>
          {value}
        </Text>
      ))}
      {r.photos.length ? (
        <View className="record-item__photos">
          {r.photos.map((p) => (
            <Image key={p.id} className="record-item__photo" src={p.thumbUrl || thumbOf(p.url)} mode="aspectFill" />
          ))}
        </View>
      ) : null}
      {r.files.map((f) => (
        <FileLine key={f.id} file={f} />
      ))}
      <Text className="record-item__meta">
        {r.recordedBy} · {formatShanghaiTime(r.createdAt)}
      </Text>
    </View>
  );
}

export function FileLine({ file, onRemove }: { file: TRecordFile; onRemove?: () => void }) {
  return (
    <View className="record-file">
      <Text
        className="record-file__name"
        onClick={() => void openSignedFile(file.url, file.type === 'pdf' ? 'pdf' : file.type)}
      >
        {file.name}（{Math.max(1, Math.round(file.bytes / 1024))} KB）
      </Text>
      {onRemove ? (
        <Text className="record-file__remove" onClick={onRemove}>
          移除
        </Text>
      ) : null}
    </View>
  );
}
