import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { REMEDIES, type TRecallRequestView } from '@recall/shared';
import { InfoRow } from '../../components/InfoRow';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { thumbOf } from '../../components/PhotoGrid';
import { RequestEvents, RequestProgress, ScopeHint } from '../../features/participation/components/RequestStatus';
import { RequestAnswer } from '../../features/participation/components/RequestAnswer';
import { PAGES, url } from '../../constants/routes';
import { useRecallRequestView } from '../../features/participation/useRecallRequests';
import { formatShanghaiTime } from '../../utils/format';
import { usePageParams } from '../../hooks/usePageParams';
import { idParam } from '../../utils/params';
import './index.css';

/** What the consumer can expect now, by status. */
function nextStep(q: TRecallRequestView): string {
  switch (q.status) {
    case 'submitted':
      return `申请已提交给${q.producerName}的客服，等待受理。客服会按你留下的电话联系你，请留意来电。`;
    case 'accepted':
      return '生产者已受理，将与你约定维修、更换或退货的时间和方式。';
    case 'scheduled':
      return q.scheduledOn
        ? `已安排在 ${q.scheduledOn} 处理，具体安排见下方处理记录。`
        : '生产者已安排处理，具体安排见下方处理记录。';
    case 'completed':
      return `生产者已标记召回完成${q.completedRemedy ? `（${REMEDIES[q.completedRemedy]}）` : ''}。请确认是否已得到补救；没有得到或仍有问题，请点“对完成有异议”并写明情况。`;
    case 'confirmed':
      return `你已确认召回完成${q.completedRemedy ? `（${REMEDIES[q.completedRemedy]}）` : ''}。补救后仍有问题，可以报告给市场监管部门。`;
    case 'disputed':
      return '你对完成有异议，已告知生产者客服，等待重新处理。';
    case 'rejected':
      return '生产者认为你的产品不在召回范围。如有异议，可拨打 12315 反映，或报告给市场监管部门。';
  }
}

export default function RequestDetailPage() {
  const params = usePageParams();
  const id = idParam(params.id);
  const { request, setRequest, loading, error, notFound, reload } = useRecallRequestView(id);

  if (!request) {
    return (
      <PageShell className="request-detail">
        <LoadState
          noun="申请"
          loading={loading}
          error={error}
          notFound={notFound}
          notFoundTitle="未找到该申请"
          calmNotFound
          onReload={reload}
        />
      </PageShell>
    );
  }

  const q = request;
  const goRecall = () => void Taro.navigateTo({ url: url(PAGES.recall, { id: q.recallId }) });

  return (
    <PageShell className="request-detail">
      <View className={`rq-head rq-head--${q.status}`}>
        <Text className={`request-status request-status--${q.status}`}>{q.statusLabel}</Text>
        <Text className="rq-head__title">{q.productName}</Text>
        <Text className="rq-head__meta">
          {q.producerName} · {formatShanghaiTime(q.createdAt)} 提交
        </Text>
      </View>

      <View className="card rq-progress">
        <RequestProgress request={q} />
        <Text className="rq-next">{nextStep(q)}</Text>
        {/* The appointment stays in view after completion: the consumer checks it against what happened. */}
        {q.scheduledOn && q.status !== 'rejected' ? <InfoRow label="处理日期" value={q.scheduledOn} /> : null}
        {q.status !== 'rejected' && q.completedRemedy ? (
          <InfoRow label="补救方式" value={REMEDIES[q.completedRemedy]} />
        ) : null}
        {q.status === 'rejected' && q.rejectReason ? <InfoRow label="理由" value={q.rejectReason} /> : null}
      </View>

      <RequestAnswer request={q} onDone={setRequest} />

      {['completed', 'confirmed', 'disputed', 'rejected'].includes(q.status) ? null : (
        <View className="card">
          <ScopeHint scope={q.scope} audience="consumer" />
        </View>
      )}

      <Text className="section-title">处理记录</Text>
      <View className="card">
        <RequestEvents events={q.events} />
      </View>

      <Text className="section-title">申请内容</Text>
      <View className="card">
        <InfoRow label="召回">
          <Text className="link" onClick={goRecall}>
            {q.recallTitle}
          </Text>
        </InfoRow>
        <InfoRow label="召回编号" value={q.recallNo} />
        <InfoRow label="批次" value={q.batch ?? '未填写'} />
        <InfoRow label="生产日期" value={q.productionDate ?? '未填写'} />
        <InfoRow label="数量" value={`${q.quantity} 件`} />
        <InfoRow label="希望" value={REMEDIES[q.preferredRemedy]} />
        <InfoRow label="说明" value={q.note} />
        {q.labelPhotoUrl ? (
          <InfoRow label="标签照片">
            <Image
              className="rq-photo"
              src={thumbOf(q.labelPhotoUrl)}
              mode="aspectFill"
              onClick={() => void Taro.previewImage({ urls: [q.labelPhotoUrl ?? ''] }).catch(() => undefined)}
            />
          </InfoRow>
        ) : null}
      </View>

      <Text className="section-title">
        联系方式<Text className="section-title__hint">仅生产者客服可见</Text>
      </Text>
      <View className="card">
        <InfoRow label="姓名" value={q.contact.name} />
        <InfoRow label="电话" value={q.contact.phone} />
        <InfoRow label="地址" value={q.contact.address} />
      </View>
    </PageShell>
  );
}
