import Taro from '@tarojs/taro';
import { Cell, CellGroup } from '../../../../components/Cell';
import { Workspace } from '../../../../components/Workspace';
import { BUREAU_IMPORT, url } from '../../../../constants/routes';

export default function BureauInbox() {
  return (
    <Workspace
      title="市场监管局工作台"
      allowed={(s) => s.canOpenBureau}
      deniedText="此工作台仅供市场监管部门工作人员使用。"
      listTitle="待处理线索"
      emptyTitle="暂无线索"
      emptyText="分派给本单位的缺陷线索会显示在这里，受理期限按法定工作日计算。"
      tools={
        <CellGroup title="召回信息">
          <Cell
            className="ws-entry-import"
            badge="导"
            title="导入召回信息"
            description="上传 .jsonl 文件，批量发布或更新召回信息"
            onClick={() => void Taro.navigateTo({ url: url(BUREAU_IMPORT) })}
          />
        </CellGroup>
      }
    />
  );
}
