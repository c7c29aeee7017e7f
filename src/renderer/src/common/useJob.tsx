import { Button, Modal, Progress } from 'antd';
import { useCallback, useRef, useState } from 'react';
import type { JobStatus } from '../../../shared/contract/jobs';
import { api } from '../api';

interface Running {
  title: string;
  status: JobStatus | null;
}

/**
 * Runs a job started in main and shows its progress in a modal with a 取消 button. Resolves with
 * the final status: done, failed (with the Chinese reason) or cancelled (nothing changed).
 */
export function useJob() {
  const [running, setRunning] = useState<Running | null>(null);
  const jobId = useRef<string | null>(null);

  const run = useCallback(async (title: string, start: () => Promise<{ jobId: string }>): Promise<JobStatus> => {
    setRunning({ title, status: null });
    try {
      const { jobId: id } = await start();
      jobId.current = id;
      for (;;) {
        const status = await api.call('jobs:status', { id });
        setRunning({ title, status });
        if (status.state !== 'running') return status;
        await new Promise((r) => setTimeout(r, 150));
      }
    } finally {
      jobId.current = null;
      setRunning(null);
    }
  }, []);

  const cancel = () => {
    if (jobId.current) void api.call('jobs:cancel', { id: jobId.current });
  };

  const s = running?.status;
  const percent = s && s.total > 0 ? Math.floor((s.done / s.total) * 100) : 0;
  const modal = (
    <Modal
      open={running !== null}
      title={running?.title}
      closable={false}
      maskClosable={false}
      footer={<Button onClick={cancel}>取消</Button>}
    >
      <Progress percent={percent} status="active" />
      <div style={{ color: '#6b7280', marginTop: 8 }}>{s?.message ?? '正在准备…'}</div>
    </Modal>
  );
  return { run, modal };
}
