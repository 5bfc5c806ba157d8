import Taro, { useRouter } from '@tarojs/taro';
import { Button, Image, Text, View } from '@tarojs/components';
import { REMEDIES } from '@recall/shared';
import { InfoRow } from '../../../../components/InfoRow';
import { LoadState } from '../../../../components/LoadState';
import { thumbOf } from '../../../../components/PhotoGrid';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { REQUEST_STEPS, RequestStepSheet } from '../../../../features/participation/components/RequestStepSheet';
import {
  RequestEvents,
  RequestStatusTag,
  ScopeHint,
  ageText,
} from '../../../../features/participation/components/RequestStatus';
import {
  allowedSteps,
  stepBlockedReason,
  useProducerRequest,
} from '../../../../features/participation/useProducerRequests';
import { formatShanghaiTime } from '../../../../utils/format';
import { idParam } from '../../../../utils/params';
import '../../../../components/FormField/index.css';
import './index.css';

export default function ProducerRequestPage() {
  return (
    <StaffGate
      className="producer-request-page"
      title="召回申请"
      allowed={(s) => s.canOpenProducer}
      deniedText="召回申请仅供生产者客服人员处理。"
    >
      {() => <RequestScreen />}
    </StaffGate>
  );
}

function RequestScreen() {
  const { params } = useRouter();
  const id = idParam(params.id);
  const p = useProducerRequest(id);

  if (!p.request) {
    return (
      <LoadState
        noun="申请"
        loading={p.loading}
        error={p.error}
        notFound={p.notFound}
        notFoundTitle="无法查看该申请"
        onReload={p.reload}
      />
    );
  }

  const q = p.request;
  const steps = allowedSteps(q.status);
  const blockedNotes = steps.map((k) => stepBlockedReason(k, q)).filter((r): r is string => !!r);
  const call = () => void Taro.makePhoneCall({ phoneNumber: q.contact.phone }).catch(() => undefined);
  const copyAddress = () => void Taro.setClipboardData({ data: q.contact.address }).catch(() => undefined);

  return (
    <View className={`producer-request ${steps.length ? 'producer-request--actions' : ''}`}>
      <View className="prq-head">
        <View className="prq-head__tags">
          <RequestStatusTag status={q.status} label={q.statusLabel} />
          <Text className="prq-head__age">{ageText(q.createdAt)}提交</Text>
        </View>
        <Text className="prq-head__title">{q.productName}</Text>
        <Text className="prq-head__meta">
          {q.recallNo} · {q.recallTitle}
        </Text>
      </View>

      <View className="card">
        <ScopeHint scope={q.scope} audience="producer" />
      </View>

      <Text className="section-title">消费者</Text>
      <View className="card">
        <InfoRow label="姓名" value={q.contact.name} />
        <InfoRow label="电话">
          <View className="prq-phone">
            <Text>{q.contact.phone}</Text>
            <Button className="btn btn--primary btn--small prq-phone__call" onClick={call}>
              拨打
            </Button>
          </View>
        </InfoRow>
        <InfoRow label="地址">
          <Text onLongPress={copyAddress}>{q.contact.address}</Text>
        </InfoRow>
      </View>

      <Text className="section-title">产品</Text>
      <View className="card">
        <InfoRow label="批次" value={q.batch ?? '未填写'} />
        <InfoRow label="生产日期" value={q.productionDate ?? '未填写'} />
        <InfoRow label="数量" value={`${q.quantity} 件`} />
        <InfoRow label="希望补救" value={REMEDIES[q.preferredRemedy]} />
        <InfoRow label="说明" value={q.note} />
        <InfoRow label="提交时间" value={formatShanghaiTime(q.createdAt)} />
        {q.labelPhotoUrl ? (
          <InfoRow label="铭牌照片">
            <Image
              className="prq-photo"
              src={thumbOf(q.labelPhotoUrl)}
              mode="aspectFill"
              onClick={() => void Taro.previewImage({ urls: [q.labelPhotoUrl ?? ''] }).catch(() => undefined)}
            />
          </InfoRow>
        ) : (
          <InfoRow label="铭牌照片" value="未上传" />
        )}
      </View>

      {q.scheduledOn || q.completedRemedy || q.rejectReason ? (
        <>
          <Text className="section-title">处理结果</Text>
          <View className="card">
            <InfoRow label="处理日期" value={q.scheduledOn} />
            <InfoRow label="补救方式" value={q.completedRemedy ? REMEDIES[q.completedRemedy] : null} />
            <InfoRow label="不在范围" value={q.rejectReason} />
          </View>
        </>
      ) : null}

      <Text className="section-title">处理记录</Text>
      <View className="card">
        <RequestEvents events={q.events} />
      </View>

      {blockedNotes.length ? (
        <View className="card">
          {blockedNotes.map((reason) => (
            <Text key={reason} className="prq-blocked">
              {reason}
            </Text>
          ))}
        </View>
      ) : null}

      {steps.length ? (
        <View className="action-bar">
          {steps.map((k) => (
            <Button
              key={k}
              className={`btn btn--small ${REQUEST_STEPS[k].tone} request-action action-bar__btn`}
              data-action={k}
              disabled={!!stepBlockedReason(k, q)}
              onClick={() => p.open(k)}
            >
              {k === 'schedule' && q.status === 'scheduled' ? '改约' : REQUEST_STEPS[k].label}
            </Button>
          ))}
        </View>
      ) : null}

      <RequestStepSheet p={p} />
    </View>
  );
}
