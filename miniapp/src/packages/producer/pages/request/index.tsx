import { ActionSheet } from '../../../../components/ActionSheet';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Image, Text, Textarea, View } from '@tarojs/components';
import { REMEDIES, todayInShanghai } from '@recall/shared';
import { DateField } from '../../../../components/DateField';
import { InfoRow } from '../../../../components/InfoRow';
import { LoadState } from '../../../../components/LoadState';
import { thumbOf } from '../../../../components/PhotoGrid';
import { RemedyChips } from '../../../../features/participation/components/RemedyChips';
import {
  RequestEvents,
  RequestStatusTag,
  ScopeHint,
  ageText,
} from '../../../../features/participation/components/RequestStatus';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import {
  allowedSteps,
  useProducerRequest,
  type StepKind,
} from '../../../../features/participation/useProducerRequests';
import { formatShanghaiTime } from '../../../../utils/format';
import { idParam } from '../../../../utils/params';
import '../../../../components/FormField/index.css';
import './index.css';

const STEPS: Record<StepKind, { label: string; tone: string; hint: string }> = {
  accept: {
    label: '受理',
    tone: 'btn--primary',
    hint: '受理后请尽快按消费者留下的电话联系，约定处理方式。消费者会看到“生产者已受理”。',
  },
  reject: {
    label: '不在召回范围',
    tone: 'btn--danger-line',
    hint: '理由会原样告知消费者。请写清楚核对了什么（如铭牌上的批次、生产日期）。',
  },
  schedule: {
    label: '安排处理',
    tone: 'btn--plain',
    hint: '约定的上门、寄回或到店日期和方式，消费者会看到这段说明。',
  },
  complete: {
    label: '完成召回',
    tone: 'btn--primary',
    hint: '选择实际采取的补救方式。完成后计入本次召回的完成数量。',
  },
};

const NOTE_LABEL: Record<StepKind, string> = {
  accept: '说明（选填）',
  reject: '不在召回范围的理由',
  schedule: '安排说明',
  complete: '说明（选填）',
};

const NOTE_PLACEHOLDER: Record<StepKind, string> = {
  accept: '例如：已电话联系，消费者方便周末上门。',
  reject: '例如：铭牌批次为 20230101B，不在本次召回的批次范围内。',
  schedule: '例如：售后人员上门更换，上午 9:00–12:00。',
  complete: '例如：已上门更换新充电器，旧件已回收。',
};

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

      {steps.length ? (
        <View className="action-bar">
          {steps.map((k) => (
            <Button
              key={k}
              className={`btn btn--small ${STEPS[k].tone} request-action action-bar__btn`}
              data-action={k}
              onClick={() => p.open(k)}
            >
              {k === 'schedule' && q.status === 'scheduled' ? '改约' : STEPS[k].label}
            </Button>
          ))}
        </View>
      ) : null}

      {p.step ? (
        <ActionSheet
          className="prq-sheet"
          panelClassName={`prq-sheet__panel prq-sheet--${p.step}`}
          title={STEPS[p.step].label}
          error={p.errors.form}
          sending={p.sending}
          confirmLabel={`确认${STEPS[p.step].label}`}
          confirmClassName="action-confirm"
          onClose={p.close}
          onConfirm={() => void p.confirm()}
        >
          <Text className="sheet__hint">{STEPS[p.step].hint}</Text>

          {p.step === 'schedule' ? (
            <>
              <Text className="sheet__label">处理日期</Text>
              <View className={`sheet__box action-date ${p.errors.scheduledOn ? 'sheet__box--error' : ''}`}>
                <DateField
                  value={p.form.scheduledOn}
                  onChange={(v) => p.setField('scheduledOn', v)}
                  placeholder="请选择处理日期"
                  start={todayInShanghai()}
                />
              </View>
              {p.errors.scheduledOn ? <Text className="field__error">{p.errors.scheduledOn}</Text> : null}
            </>
          ) : null}

          {p.step === 'complete' ? (
            <>
              <Text className="sheet__label">实际补救方式</Text>
              <RemedyChips value={p.form.remedy} onChange={(v) => p.setField('remedy', v)} />
              {p.errors.remedy ? <Text className="field__error">{p.errors.remedy}</Text> : null}
            </>
          ) : null}

          <Text className="sheet__label">{NOTE_LABEL[p.step]}</Text>
          <View className={`sheet__box sheet__area ${p.errors.note ? 'sheet__box--error' : ''}`}>
            <Textarea
              className="sheet__textarea action-note"
              value={p.form.note}
              maxlength={500}
              placeholder={NOTE_PLACEHOLDER[p.step]}
              placeholderClass="form-placeholder"
              onInput={(e) => p.setField('note', e.detail.value)}
            />
          </View>
          {p.errors.note ? <Text className="field__error">{p.errors.note}</Text> : null}
        </ActionSheet>
      ) : null}
    </View>
  );
}
