import { Form, Input, Select, Table, Typography } from 'antd';
import type { z } from '../../../shared/schemas/zod';
import type { ClosureInput, ClosureProposal } from '../../../shared/contract/workflow';
import { CLOSURE_ENTERPRISE_STATUSES, type ExitMethod } from '../../../shared/rules/closure';
import { EXIT_METHODS } from '../../../shared/entities/capacityLine';

export type ClosureValue = z.input<typeof ClosureInput>;
type Proposal = z.output<typeof ClosureProposal>;

export function closureFrom(proposal: Proposal): ClosureValue {
  return { enterpriseStatus: proposal.enterpriseStatus, lines: proposal.lines.map((l) => ({ lineId: l.lineId, exitMethod: l.exitMethod, exitDate: l.exitDate })) };
}

/**
 * What 依法关停 writes beside the case, confirmed or edited here: the enterprise's 生产状态 and
 * each line's 退出方式 and 退出日期, so the exit list and statistics count the closure.
 */
export function ClosureFields({ proposal, value, onChange }: { proposal: Proposal; value: ClosureValue; onChange(v: ClosureValue): void }) {
  const setLine = (lineId: number, patch: Partial<ClosureValue['lines'][number]>) =>
    onChange({ ...value, lines: value.lines.map((l) => (l.lineId === lineId ? { ...l, ...patch } : l)) });
  return (
    <div data-testid="closure-fields" style={{ marginBottom: 16 }}>
      <Form.Item label={`企业生产状态（现为：${proposal.currentEnterpriseStatus ?? '未填'}）`}>
        <Select
          aria-label="企业生产状态"
          value={value.enterpriseStatus}
          onChange={(enterpriseStatus) => onChange({ ...value, enterpriseStatus })}
          options={CLOSURE_ENTERPRISE_STATUSES.map((s) => ({ value: s, label: s }))}
          style={{ width: 200 }}
        />
      </Form.Item>
      {value.lines.length === 0 ? (
        <Typography.Text type="secondary">本企业没有待退出的设备（生产线）。</Typography.Text>
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey="lineId"
          dataSource={value.lines}
          columns={[
            { title: '设备（生产线）', key: 'name', render: (_: unknown, l) => { const p = proposal.lines.find((x) => x.lineId === l.lineId); return p ? `${p.name}${p.spec ? ` ${p.spec}` : ''}` : l.lineId; } },
            {
              title: '退出方式',
              key: 'exitMethod',
              width: 190,
              render: (_: unknown, l) => (
                <Select<ExitMethod> aria-label="退出方式" size="small" value={l.exitMethod} onChange={(exitMethod) => setLine(l.lineId, { exitMethod })} options={EXIT_METHODS.map((m) => ({ value: m, label: m }))} style={{ width: 180 }} />
              ),
            },
            {
              title: '退出日期',
              key: 'exitDate',
              width: 130,
              render: (_: unknown, l) => <Input aria-label="退出日期" size="small" value={l.exitDate} onChange={(e) => setLine(l.lineId, { exitDate: e.target.value })} />,
            },
          ]}
        />
      )}
    </div>
  );
}
