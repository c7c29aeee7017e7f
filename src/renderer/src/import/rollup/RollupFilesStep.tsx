import { Alert, Button, List, Space, Spin, Tag, Upload } from 'antd';
import { FolderOpenOutlined, InboxOutlined } from '@ant-design/icons';

export interface ChosenFile {
  name: string;
  state: 'reading' | 'read' | 'refused';
  counties: string[];
  reason: string | null;
}

interface Props {
  files: ChosenFile[];
  loading: string | null;
  onFile(file: File): void;
  onClear(): void;
  onNext(): void;
}

function stateTag(f: ChosenFile) {
  if (f.state === 'reading') return <Tag>读取中</Tag>;
  if (f.state === 'refused') return <Tag color="red">拒收</Tag>;
  return <Tag color="blue">{f.counties.join('、')}</Tag>;
}

/** Step 1: the counties' files — several at once, a whole folder, or dropped onto the area. */
export function RollupFilesStep({ files, loading, onFile, onClear, onNext }: Props) {
  const take = (file: File) => {
    onFile(file);
    return false;
  };
  const reading = files.some((f) => f.state === 'reading');
  const readable = files.some((f) => f.state === 'read');
  return (
    <Spin spinning={loading !== null} description={loading ?? undefined}>
      <div className="import-step">
        <Upload.Dragger accept=".xlsx,.xls" multiple showUploadList={false} beforeUpload={take} className={files.length ? 'import-drop import-drop-small' : 'import-drop'} data-testid="rollup-drop">
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击选择各县的报送包（可多选），或将文件拖到这里</p>
          {files.length === 0 && (
            <p className="ant-upload-hint">
              各县在「报表 → 报送包」导出的 .xlsx；不用本软件的县报来的已填好的上级模板（.xlsx、.xls）也可一并汇总，县名取自「县（市、区）」列或文件名。
            </p>
          )}
        </Upload.Dragger>
        <Space>
          <Upload directory multiple showUploadList={false} beforeUpload={take}>
            <Button icon={<FolderOpenOutlined />}>选择文件夹</Button>
          </Upload>
          <span className="muted">U 盘或邮件附件所在的文件夹：其中的 .xlsx、.xls 文件都会读取</span>
        </Space>
        {files.length > 0 && (
          <>
            <List
              size="small"
              bordered
              header={<strong>已选 {files.length} 个文件</strong>}
              dataSource={files}
              data-testid="rollup-files"
              renderItem={(f) => (
                <List.Item>
                  <Space orientation="vertical" size={0}>
                    <Space>
                      {stateTag(f)}
                      <span>{f.name}</span>
                    </Space>
                    {f.reason && <span className="rollup-reason">{f.reason}</span>}
                  </Space>
                </List.Item>
              )}
            />
            {!readable && !reading && <Alert type="warning" showIcon title="所选文件都已拒收，请选择各县导出的报送包" />}
            <div className="import-actions">
              <Button onClick={onClear}>重新选择</Button>
              <Button type="primary" disabled={reading || !readable} onClick={onNext}>
                下一步：预览
              </Button>
            </div>
          </>
        )}
      </div>
    </Spin>
  );
}
