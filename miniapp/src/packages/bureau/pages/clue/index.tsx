import { ActionSheet } from '../../../../components/ActionSheet';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components';
import { CATEGORIES, CLUE_SOURCES, INJURY_LEVELS, type TMeResponse } from '@recall/shared';
import { ClueStatusTag } from '../../../../features/clues/components/ClueStatus';
import { ClueTimeline } from '../../../../features/clues/components/ClueTimeline';
import { InfoRow } from '../../../../components/InfoRow';
import { LoadState } from '../../../../components/LoadState';
import { PhotoGallery } from '../../../../components/PhotoGrid';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { subpage, url } from '../../../../constants/routes';
import { allowedActions, canOpenCase, useBureauClue, type ActionKind } from '../../../../features/clues/useBureauClue';
import { placeOf, useBureaus } from '../../../../features/clues/useBureaus';
import { displayGtin, formatShanghaiDate, formatShanghaiTime } from '../../../../utils/format';
import { idParam } from '../../../../utils/params';
import './index.css';

const ACTIONS: Record<ActionKind, { label: string; className: string; tone: string }> = {
  accept: { label: '受理核实', className: 'clue-accept', tone: 'btn--primary' },
  merge: { label: '合并', className: 'clue-merge', tone: 'btn--plain' },
  transfer: { label: '移送', className: 'clue-transfer', tone: 'btn--plain' },
  reject: { label: '不予受理', className: 'clue-reject', tone: 'btn--danger-line' },
};

export default function BureauCluePage() {
  return (
    <StaffGate
      className="bureau-clue-page"
      title="线索详情"
      allowed={(s) => s.canOpenBureau}
      deniedText="线索详情仅供市场监管部门工作人员查看。"
    >
      {(me) => <ClueScreen me={me} />}
    </StaffGate>
  );
}

function ClueScreen({ me }: { me: TMeResponse }) {
  const { params } = useRouter();
  const id = idParam(params.id);
  const b = useBureauClue(id);
  const bureaus = useBureaus(b.action === 'transfer');

  if (!b.clue) {
    return (
      <LoadState
        noun="线索"
        loading={b.loading}
        error={b.error}
        notFound={b.notFound}
        notFoundTitle="无法查看该线索"
        onReload={b.reload}
      />
    );
  }

  const c = b.clue;
  // A bureau the clue was only copied to reads it; the bureau it is routed to handles it.
  const handling = !me.org || me.org.code === c.routing.bureauCode;
  const actions = allowedActions(c, handling);
  const targets = (bureaus.data?.items ?? []).filter((x) => x.code !== c.routing.bureauCode);
  const targetIndex = targets.findIndex((t) => t.code === b.form.toBureauCode);

  return (
    <View className="bureau-clue">
      <View className="bc-head">
        <View className="bc-head__tags">
          <ClueStatusTag status={c.status} />
          <Text className="bc-head__source">{CLUE_SOURCES[c.source]}</Text>
          {!handling ? <Text className="bc-head__copied">抄送</Text> : null}
        </View>
        <Text className="bc-head__title">
          {c.brand} {c.productName}
          {c.model ? ` ${c.model}` : ''}
        </Text>
        <Text className="bc-head__meta">
          {c.receiptNo} · 线索编号 {c.id} · {formatShanghaiTime(c.createdAt)}
        </Text>
        {c.injury === 'serious' || c.injury === 'death' || c.fire ? (
          <View className="bc-head__grave">
            <Text>
              {[c.injury === 'serious' || c.injury === 'death' ? INJURY_LEVELS[c.injury] : '', c.fire ? '起火' : '']
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </View>
        ) : null}
      </View>

      {!handling ? (
        <View className="notice notice--info">
          <Text>本单位为抄送单位，仅供知悉。线索由 {c.routing.bureauName} 处理。</Text>
        </View>
      ) : null}

      <Text className="section-title">分派</Text>
      <View className="card">
        <InfoRow label="处理单位" value={c.routing.bureauName} />
        <InfoRow label="分派理由" value={c.routing.reason} />
        <InfoRow label="抄送" value={c.routing.copiedTo.join('、')} />
        {c.mergedInto ? <InfoRow label="已合并到" value={`线索编号 ${c.mergedInto}`} /> : null}
      </View>

      {canOpenCase(c, handling) ? (
        <View className="card bc-open-case">
          <View className="bc-open-case__body">
            <Text className="bc-open-case__title">立案调查</Text>
            <Text className="bc-muted">经核实可能存在缺陷的，立案后通知生产者开展调查分析。</Text>
          </View>
          <Button
            className="btn btn--primary btn--small clue-open-case"
            onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'openCase'), { clueId: c.id }) })}
          >
            立案
          </Button>
        </View>
      ) : null}

      <Text className="section-title">问题情况</Text>
      <View className="card">
        <Text className="bc-text">{c.description}</Text>
        <View className="bc-gap" />
        <InfoRow label="伤害情况" value={INJURY_LEVELS[c.injury]} />
        <InfoRow label="是否起火" value={c.fire ? '是' : '否'} />
        <InfoRow label="地区代码" value={c.regionCode} />
        <InfoRow label="购买渠道" value={c.purchaseChannel} />
      </View>

      <Text className="section-title">
        照片<Text className="section-title__hint">点按查看大图</Text>
      </Text>
      <View className="card">
        <PhotoGallery photos={c.photos} />
      </View>

      <Text className="section-title">产品与生产者</Text>
      <View className="card">
        <InfoRow label="产品类别" value={`${c.categoryCode} ${CATEGORIES[c.categoryCode]}`} />
        <InfoRow label="产品名称" value={c.productName} />
        <InfoRow label="品牌" value={c.brand} />
        <InfoRow label="型号规格" value={c.model} />
        <InfoRow label="商品条码" value={c.gtin ? displayGtin(c.gtin) : null} />
        <InfoRow label="批次" value={c.batch} />
        <InfoRow label="生产日期" value={c.productionDate} />
        <InfoRow label="生产者" value={c.producerName ?? '未填写'} />
        <InfoRow label="信用代码" value={c.producerUscc} />
      </View>

      <Text className="section-title">
        报告人<Text className="section-title__hint">个人信息保密，不得向生产者提供</Text>
      </Text>
      <View className="card">
        {c.contact ? (
          <>
            <InfoRow label="姓名" value={c.contact.name} />
            <InfoRow label="电话" value={c.contact.phone} />
            <InfoRow label="地址" value={c.contact.address} />
          </>
        ) : (
          <Text className="bc-muted">未留联系方式</Text>
        )}
      </View>

      <Text className="section-title">可能重复的线索</Text>
      <View className="card">
        {b.dupError ? (
          <Text className="bc-muted">{b.dupError}</Text>
        ) : b.duplicates.length === 0 ? (
          <Text className="bc-muted">未发现相似线索</Text>
        ) : (
          b.duplicates.map((d) => (
            <View key={d.id} className="bc-dup">
              <View className="bc-dup__body">
                <Text className="bc-dup__title">
                  {d.brand} {d.productName}
                  {d.model ? ` ${d.model}` : ''}
                </Text>
                <Text className="bc-dup__meta">
                  {d.receiptNo} · 编号 {d.id} · {formatShanghaiDate(d.createdAt)}
                </Text>
                <Text className="bc-dup__why">{d.why}</Text>
              </View>
              {actions.includes('merge') ? (
                <Text className="link bc-dup__merge" onClick={() => b.open('merge', { intoClueId: String(d.id) })}>
                  合并到此
                </Text>
              ) : null}
            </View>
          ))
        )}
      </View>

      <Text className="section-title">办理记录</Text>
      <View className="card">
        <ClueTimeline events={c.timeline} />
      </View>

      {actions.length ? (
        <View className="action-bar">
          {actions.map((k) => (
            <Button
              key={k}
              className={`btn btn--small ${ACTIONS[k].tone} ${ACTIONS[k].className} action-bar__btn`}
              onClick={() => b.open(k)}
            >
              {ACTIONS[k].label}
            </Button>
          ))}
        </View>
      ) : null}

      {b.action ? (
        <ActionSheet
          className="bc-sheet"
          panelClassName={`bc-sheet--${b.action}`}
          title={ACTIONS[b.action].label}
          error={b.errors.form}
          sending={b.sending}
          confirmLabel={`确认${ACTIONS[b.action].label}`}
          confirmClassName="bc-sheet__confirm"
          onClose={b.close}
          onConfirm={() => void b.confirm()}
        >
          {b.action === 'accept' ? (
            <Text className="sheet__hint">受理后线索进入核实，报告人会看到“受理核实”。</Text>
          ) : null}
          {b.action === 'reject' ? (
            <Text className="sheet__hint">理由会原样告知报告人，请写清楚为什么不予受理。</Text>
          ) : null}
          {b.action === 'merge' ? (
            <>
              <Text className="sheet__label">合并到线索编号</Text>
              <View className={`sheet__box ${b.errors.intoClueId ? 'sheet__box--error' : ''}`}>
                <Input
                  className="bc-sheet__input"
                  type="number"
                  value={b.form.intoClueId}
                  placeholder="从上方“可能重复的线索”选择，或输入编号"
                  placeholderClass="form-placeholder"
                  onInput={(e) => b.setField('intoClueId', e.detail.value)}
                />
              </View>
              {b.errors.intoClueId ? <Text className="field__error">{b.errors.intoClueId}</Text> : null}
            </>
          ) : null}
          {b.action === 'transfer' ? (
            <>
              <Text className="sheet__label">移送至</Text>
              <Picker
                mode="selector"
                range={targets.map((t) => placeOf(t.name) + (t.level === 'province' ? '（省局）' : ''))}
                value={Math.max(0, targetIndex)}
                disabled={targets.length === 0}
                onChange={(e) => b.setField('toBureauCode', targets[Number(e.detail.value)]?.code ?? '')}
              >
                <View className={`sheet__box bc-sheet__pick ${b.errors.toBureauCode ? 'sheet__box--error' : ''}`}>
                  <Text className={targetIndex >= 0 ? '' : 'form-placeholder'}>
                    {targetIndex >= 0
                      ? targets[targetIndex].name
                      : bureaus.error
                        ? '单位列表加载失败，点此重试'
                        : bureaus.data
                          ? '请选择市场监管局'
                          : '正在加载单位列表…'}
                  </Text>
                  <Text className="bc-sheet__caret">›</Text>
                </View>
              </Picker>
              {b.errors.toBureauCode ? <Text className="field__error">{b.errors.toBureauCode}</Text> : null}
            </>
          ) : null}
          {b.action === 'reject' || b.action === 'transfer' ? (
            <>
              <Text className="sheet__label">{b.action === 'reject' ? '不予受理的理由' : '移送理由'}</Text>
              <View className={`sheet__box sheet__area ${b.errors.reason ? 'sheet__box--error' : ''}`}>
                <Textarea
                  className="sheet__textarea"
                  value={b.form.reason}
                  maxlength={500}
                  placeholder={
                    b.action === 'reject'
                      ? '例如：所述问题属于产品质量纠纷，不属于缺陷线索，建议拨打 12315。'
                      : '例如：生产者登记地在南京市，属南京市局管辖。'
                  }
                  placeholderClass="form-placeholder"
                  onInput={(e) => b.setField('reason', e.detail.value)}
                />
              </View>
              {b.errors.reason ? <Text className="field__error">{b.errors.reason}</Text> : null}
            </>
          ) : (
            <>
              <Text className="sheet__label">说明（选填）</Text>
              <View className="sheet__box sheet__area">
                <Textarea
                  className="sheet__textarea"
                  value={b.form.note}
                  maxlength={500}
                  placeholder="报告人可以看到这段说明"
                  placeholderClass="form-placeholder"
                  onInput={(e) => b.setField('note', e.detail.value)}
                />
              </View>
            </>
          )}
        </ActionSheet>
      ) : null}
    </View>
  );
}
