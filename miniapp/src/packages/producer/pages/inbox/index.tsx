import { Workspace } from '../../../../components/Workspace';

export default function ProducerInbox() {
  return (
    <Workspace
      title="生产者工作台"
      allowed={(s) => s.canOpenProducer}
      deniedText="此工作台仅供生产者客服人员使用。"
      listTitle="监管部门通知"
      emptyTitle="暂无通知"
      emptyText="市场监管部门发给本企业的缺陷线索核实、召回相关通知会显示在这里。"
    />
  );
}
