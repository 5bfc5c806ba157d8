import type { ReactNode } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import type { TCaseActionOption, TCaseView } from '@recall/shared/staff';
import { subpage, url } from '../../../../constants/routes';
import { isDirectAction, useCase } from '../../useCase';
import { idParam } from '../../../../utils/params';
import { LoadState } from '../../../../components/LoadState';
import { CaseDetail } from '../CaseDetail';
import { ChannelCounts } from '../ChannelCounts';

/**
 * The case page of a workspace (`?id=`): the case, reloaded when the page shows again; actions
 * with forms open case-form, the others are confirmed and sent here; the producer confirms
 * receipts and keeps its other-channel counts. `below`: what the workspace adds under the case
 * (the bureau's 记录 section, the producer's 约谈和处理措施; code of its own subpackage).
 */
export function CaseScreen({
  variant,
  below,
}: {
  variant: 'bureau' | 'producer';
  below?: (view: TCaseView) => ReactNode;
}) {
  const { params } = useRouter();
  const id = idParam(params.id);
  const c = useCase(id);
  const formPage = subpage(variant, 'caseForm');

  if (!c.view) {
    return (
      <LoadState
        noun="案件"
        loading={c.loading}
        error={c.error}
        notFound={c.notFound}
        notFoundTitle="无法查看该案件"
        onReload={c.reload}
      />
    );
  }

  const view = c.view;
  const onAction = (o: TCaseActionOption) => {
    if (isDirectAction(o)) void c.runDirect(o);
    else void Taro.navigateTo({ url: url(formPage, { id: view.id, action: o.action }) });
  };
  const detail = (
    <CaseDetail
      view={view}
      variant={variant}
      busyAction={c.busyAction}
      onAction={onAction}
      onConfirmReceipt={(docId) => void Taro.navigateTo({ url: url(formPage, { id: view.id, receipt: docId }) })}
      completionExtra={
        variant === 'producer' && view.completion ? (
          <ChannelCounts view={view} onSaved={(completion) => c.setView({ ...view, completion })} />
        ) : null
      }
    />
  );
  if (!below) return detail;
  return (
    <>
      {detail}
      {below(view)}
    </>
  );
}
