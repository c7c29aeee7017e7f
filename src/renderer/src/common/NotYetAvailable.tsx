import { Empty } from 'antd';

/** A screen the navigation already names but a later version brings. */
export function NotYetAvailable({ title }: { title: string }) {
  return (
    <div className="page" style={{ justifyContent: 'center' }}>
      <Empty description={`「${title}」功能正在建设中，将在后续版本提供`} />
    </div>
  );
}
