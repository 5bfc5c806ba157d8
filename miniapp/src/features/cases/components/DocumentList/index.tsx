import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Image, Text, View } from '@tarojs/components';
import {
  ACT_REASONS,
  DOC_FORMS,
  displayValue,
  isLegalAct,
  type FormField,
  type TCaseDocumentSummary,
  type TCaseDocumentView,
  DELIVERY_METHODS,
} from '@recall/shared/staff';
import { fetchCaseDocument } from '../../api';
import { openSignedFile } from '../../../../services/download';
import { errorMessage } from '../../../../services/errors';
import { formatShanghaiTime } from '../../../../utils/format';
import './index.css';

interface Props {
  caseId: number;
  documents: TCaseDocumentSummary[];
}

/** The documents of a case: title, 附件N, 文号, who filed it, the receipt state, 下载 and the filed content. */
export function DocumentList({ caseId, documents }: Props) {
  if (documents.length === 0) return <Text className="doc-list__none">尚无文书</Text>;
  return (
    <View className="doc-list">
      {documents.map((d) => (
        <DocumentItem key={d.id} caseId={caseId} doc={d} />
      ))}
    </View>
  );
}

function DocumentItem({ caseId, doc: d }: { caseId: number; doc: TCaseDocumentSummary }) {
  const [open, setOpen] = useState(false);
  const [view, setView] = useState<TCaseDocumentView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    setError(null);
    try {
      setView(await fetchCaseDocument(caseId, d.id));
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const toggle = () => {
    setOpen(!open);
    if (!open && !view) void load();
  };
  const awaiting = d.needsReceipt && !d.receipt;
  return (
    <View className={`doc-item ${awaiting ? 'doc-item--awaiting' : ''}`} data-doc-id={d.id} data-type={d.type}>
      <View className="doc-item__head">
        {d.annex ? <Text className="doc-item__annex">附件{d.annex}</Text> : null}
        <Text className="doc-item__title">{d.title}</Text>
        <Button
          className="btn btn--small btn--plain doc-item__download"
          onClick={() => void openSignedFile(d.downloadUrl, 'docx')}
        >
          下载
        </Button>
      </View>
      {d.docNo ? <Text className="doc-no">{d.docNo}</Text> : null}
      <Text className="doc-item__meta">
        {d.party === 'bureau' ? '市场监管局' : '生产者'} · {d.createdBy} · {formatShanghaiTime(d.createdAt)}
      </Text>
      {d.receipt && d.receipt.deliveryMethod !== 'electronic' ? (
        <Text className="doc-item__receipt doc-item__receipt--done">
          {d.receipt.receivedOn} 送达（{DELIVERY_METHODS[d.receipt.deliveryMethod]}），{d.receipt.signedBy} 签收
          {d.receipt.deliveredBy ? `；送达人：${d.receipt.deliveredBy}` : ''}
        </Text>
      ) : d.receipt ? (
        <Text className="doc-item__receipt doc-item__receipt--done">
          已送达 {d.receipt.recipientName}
          {d.receipt.recipientTitle ? `（${d.receipt.recipientTitle}）` : ''}{' '}
          {formatShanghaiTime(d.receipt.confirmedAt)}
        </Text>
      ) : d.needsReceipt ? (
        <Text className="doc-item__receipt doc-item__receipt--pending">待确认送达</Text>
      ) : null}
      <Text className="link doc-item__toggle" onClick={toggle}>
        {open ? '收起内容' : '查看内容'}
      </Text>
      {open ? (
        <View className="doc-item__body">
          {error ? (
            <Text className="doc-item__error" onClick={() => void load()}>
              {error}，点此重试
            </Text>
          ) : view ? (
            <DocumentContent view={view} />
          ) : (
            <Text className="doc-list__none">正在加载…</Text>
          )}
        </View>
      ) : null}
    </View>
  );
}

/** The filed form as label–value lines, photos as thumbnails, tables row by row. */
function DocumentContent({ view }: { view: TCaseDocumentView }) {
  const fields = DOC_FORMS[view.type]?.fields ?? [];
  // An act's reasons are the officer's note on the step, printed under this heading in the document.
  const reasons: FormField | null = isLegalAct(view.type)
    ? { key: 'reasons', label: ACT_REASONS[view.type], kind: 'textarea' }
    : null;
  return (
    <View className="doc-content">
      {reasons ? <ContentRow field={reasons} value={view.data.reasons} files={view.files} /> : null}
      {fields.map((f) => (
        <ContentRow key={f.key} field={f} value={view.data[f.key]} files={view.files} />
      ))}
    </View>
  );
}

function ContentRow({
  field: f,
  value,
  files,
}: {
  field: FormField;
  value: unknown;
  files: TCaseDocumentView['files'];
}) {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
    return null;
  if (f.kind === 'photos' && Array.isArray(value)) {
    const mine = files.filter((x) => (value as unknown[]).includes(x.id));
    const urls = mine.map((x) => x.url);
    return (
      <View className="doc-content__row doc-content__row--block">
        <Text className="doc-content__label">{f.label}</Text>
        <View className="doc-content__photos">
          {mine.map((x) => (
            <Image
              key={x.id}
              className="doc-content__photo"
              src={x.thumbUrl}
              mode="aspectFill"
              onClick={() => void Taro.previewImage({ urls, current: x.url }).catch(() => undefined)}
            />
          ))}
          {mine.length === 0 ? <Text>{displayValue(f, value)}</Text> : null}
        </View>
      </View>
    );
  }
  if (f.kind === 'rows' && Array.isArray(value)) {
    return (
      <View className="doc-content__row doc-content__row--block">
        <Text className="doc-content__label">{f.label}</Text>
        {(value as Array<Record<string, unknown>>).map((r, i) => (
          <Text key={i} className="doc-content__line">
            {i + 1}.{' '}
            {(f.columns ?? [])
              .map((c) =>
                r[c.key] === undefined || r[c.key] === null || r[c.key] === ''
                  ? ''
                  : `${c.label} ${displayValue(c, r[c.key])}`,
              )
              .filter(Boolean)
              .join('；')}
          </Text>
        ))}
      </View>
    );
  }
  const block = f.kind === 'textarea';
  return (
    <View className={`doc-content__row ${block ? 'doc-content__row--block' : ''}`}>
      <Text className="doc-content__label">{f.label}</Text>
      <Text className="doc-content__value">{displayValue(f, value)}</Text>
    </View>
  );
}
