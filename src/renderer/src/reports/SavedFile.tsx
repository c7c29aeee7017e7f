import { Alert, Button, Space } from 'antd';
import { FileOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { api, errorMessage } from '../api';
import { useStatus } from '../common/status';

/** After an export: where the file went, and buttons to open it or show it in its folder. */
export function SavedFile({ file, rows, onClose }: { file: string; rows: number | null; onClose(): void }) {
  const { setStatus } = useStatus();
  const act = (channel: 'reports:showInFolder' | 'reports:openFile') => () => {
    api.call(channel, { file }).catch((err) => setStatus({ kind: 'error', text: errorMessage(err) }));
  };
  return (
    <Alert
      type="success"
      showIcon
      closable={{ onClose }}
      title={`已保存${rows === null ? '' : `（${rows} 行）`}`}
      description={<span className="saved-file" data-testid="saved-file">{file}</span>}
      action={
        <Space orientation="vertical">
          <Button size="small" icon={<FolderOpenOutlined />} onClick={act('reports:showInFolder')}>
            打开文件夹
          </Button>
          <Button size="small" icon={<FileOutlined />} onClick={act('reports:openFile')}>
            打开文件
          </Button>
        </Space>
      }
    />
  );
}
