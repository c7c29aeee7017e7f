import { Button, Card, Descriptions, Steps, Typography } from 'antd';
import type { AppInfo } from '../../../shared/contract/app';
import { useNavigation } from '../navigation';
import { ShortcutTable } from './ShortcutsDialog';
import { SHORTCUT_GROUPS } from './shortcuts';
import './help.css';

/** The year's work as the work plans lay it out (工信部联产业〔2017〕30号 and the provinces' plans). */
const YEAR_STEPS = [
  { title: '排查摸底', description: '在「导入」中导入各乡镇报来的排查表，或在「企业名录」「落后设备」中逐条录入；导入前可先下载导入模板。' },
  { title: '制定工作方案', description: '在「重点工作」中「采用上级方案」，生成本县的重点工作与职责分工，再按本县情况修改。' },
  { title: '限期整改', description: '在「整改事项」中对每个问题「办理」：下达整改通知后，软件按法定期限和节假日算出期限届满日并倒计时。' },
  { title: '依法处置', description: '逾期或复查不达标的，按维度的法定路径依法关停退出；黄牌、红牌和超标排放名单由软件自动生成。' },
  { title: '报送与总结', description: '在「报表」中生成上级模板的报表、公示名单和年度总结；「工作台」提示到期的时间节点。' },
  { title: '备份', description: '软件每天首次启动和退出时自动备份；年末请在「备份与恢复」中另存一份到U盘。' },
];

/** 帮助 → 使用说明: the yearly workflow, the grids' keys and where the files are. */
export function HelpPage({ info, onShortcuts }: { info: AppInfo | null; onShortcuts(): void }) {
  const { navigate } = useNavigation();
  return (
    <div className="page help-page" data-testid="help-page">
      <div className="page-toolbar">
        <h2>使用说明</h2>
        <Button onClick={onShortcuts}>快捷键（F1）</Button>
      </div>
      <div className="help-body">
        <Card size="small" title="一年的工作">
          <Steps direction="vertical" size="small" items={YEAR_STEPS.map((s) => ({ ...s, status: 'process' as const }))} />
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            第一次使用：先在「设置」中填写县名、年度和操作人，然后
            <a onClick={() => navigate('import')}>导入已有台账</a>或<a onClick={() => navigate('tasks')}>从上级方案开始</a>。
          </Typography.Paragraph>
        </Card>
        <Card size="small" title="表格的按键">
          {SHORTCUT_GROUPS.map((g) => (
            <ShortcutTable key={g.title} title={g.title} items={g.items} />
          ))}
        </Card>
        <Card size="small" title="文件存放位置">
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="数据文件">{info?.dbPath ?? ''}</Descriptions.Item>
            <Descriptions.Item label="自动备份">{info?.folders.backups ?? ''}</Descriptions.Item>
            <Descriptions.Item label="佐证材料（照片、文件）">{info?.folders.evidence ?? ''}</Descriptions.Item>
            <Descriptions.Item label="导出的报表、名单、错误行">保存时由您选择位置，（浏览器模式下保存到启动时提示的「导出文件」文件夹）</Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            换电脑时，复制数据文件所在的整个文件夹即可；软件不联网，数据只保存在本机。
          </Typography.Paragraph>
        </Card>
      </div>
    </div>
  );
}
