import { Button, Input, Select, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useEffect, useMemo, useState } from 'react';
import type { DeadlineRow } from '../../../shared/contract/workflow';
import { DIMENSIONS } from '../../../shared/domain/dimensions';
import { api, errorMessage } from '../api';
import { useStatus } from '../common/status';
import { CardBadge, CountdownTag, DimensionTag, type Band } from '../cases/badges';
import { RegisterCaseDialog } from './RegisterCaseDialog';
import { PrintButton } from '../print/PrintButton';

const BAND_OPTIONS: { value: Band | 'none'; label: string }[] = [
  { value: 'overdue', label: '已逾期' },
  { value: 'soon', label: '临近到期' },
  { value: 'near', label: '即将到期' },
  { value: 'later', label: '期限较远' },
  { value: 'none', label: '无期限/已办结' },
];

/**
 * A plain list of every case with its countdown and card, filterable by dimension, band and
 * card. It stands in until the 整改事项 grid opens the same panel from its rows.
 */
export function CaseListTab({ version, onOpenCase }: { version: number; onOpenCase(id: number): void }) {
  const { setStatus } = useStatus();
  const [rows, setRows] = useState<DeadlineRow[]>([]);
  const [dimension, setDimension] = useState<string | undefined>();
  const [band, setBand] = useState<Band | 'none' | undefined>();
  const [card, setCard] = useState<'yellow' | 'red' | undefined>();
  const [search, setSearch] = useState('');
  const [registering, setRegistering] = useState(false);

  useEffect(() => {
    api.call('cases:deadlines', { scope: 'all' }).then(
      (r) => setRows(r.rows),
      (err) => setStatus({ kind: 'error', text: `读取整改事项失败：${errorMessage(err)}` }),
    );
  }, [version, setStatus]);

  const shown = useMemo(
    () =>
      rows.filter(
        (r) =>
          (!dimension || r.dimension === dimension) &&
          (!band || (band === 'none' ? r.band === null : r.band === band)) &&
          (!card || r.card === card) &&
          (!search || r.enterpriseName.includes(search.trim())),
      ),
    [rows, dimension, band, card, search],
  );

  return (
    <div className="tab-page">
      <Space wrap style={{ marginBottom: 8 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
          登记整改事项
        </Button>
        <Input.Search aria-label="按企业名称查找" placeholder="企业名称" allowClear style={{ width: 200 }} onSearch={setSearch} onChange={(e) => !e.target.value && setSearch('')} />
        <Select aria-label="维度筛选" allowClear placeholder="维度" style={{ width: 110 }} value={dimension} onChange={setDimension} options={DIMENSIONS.map((d) => ({ value: d, label: d }))} />
        <Select aria-label="倒计时筛选" allowClear placeholder="倒计时" style={{ width: 140 }} value={band} onChange={setBand} options={BAND_OPTIONS} />
        <Select
          aria-label="黄牌红牌筛选"
          allowClear
          placeholder="黄牌/红牌"
          style={{ width: 120 }}
          value={card}
          onChange={setCard}
          options={[
            { value: 'yellow', label: '黄牌' },
            { value: 'red', label: '红牌' },
          ]}
        />
        <span style={{ color: '#6b7280' }}>共 {shown.length} 件</span>
        <PrintButton
          sheet={() => ({
            title: '整改事项倒计时',
            measure: '件',
            filter:
              [
                search && `企业「${search.trim()}」`,
                dimension && `维度：${dimension}`,
                band && `倒计时：${BAND_OPTIONS.find((o) => o.value === band)?.label ?? ''}`,
                card && (card === 'red' ? '红牌' : '黄牌'),
              ]
                .filter(Boolean)
                .join('；') || '全部',
            columns: ['编号', '企业', '乡镇（街道）', '维度', '状态', '期限届满日', '倒计时', '黄牌/红牌'],
            rows: shown.map((r) => [String(r.id), r.enterpriseName, r.town ?? '', r.dimension, r.statusLabel, r.deadline ?? '', r.text ?? '', r.card === 'red' ? '红牌' : r.card === 'yellow' ? '黄牌' : '']),
          })}
        />
      </Space>
      <Table<DeadlineRow>
        size="small"
        data-testid="case-list"
        rowKey="id"
        dataSource={shown}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        onRow={(r) => ({ onClick: () => onOpenCase(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: '编号', dataIndex: 'id', width: 70 },
          { title: '企业', dataIndex: 'enterpriseName' },
          { title: '乡镇（街道）', dataIndex: 'town', width: 110 },
          { title: '维度', dataIndex: 'dimension', width: 80, render: (d: string) => <DimensionTag dimension={d} /> },
          { title: '状态', dataIndex: 'statusLabel', width: 160 },
          { title: '期限届满日', dataIndex: 'deadline', width: 110, render: (d: string | null, r) => d ?? (r.missingYear ? `待录入${r.missingYear}年节假日` : '') },
          { title: '倒计时', key: 'countdown', width: 110, render: (_: unknown, r) => <CountdownTag band={r.band} text={r.text} /> },
          { title: '黄牌/红牌', dataIndex: 'card', width: 90, render: (c: DeadlineRow['card']) => <CardBadge card={c} /> },
        ]}
      />
      <RegisterCaseDialog
        open={registering}
        onClose={() => setRegistering(false)}
        onRegistered={(id) => {
          setRegistering(false);
          setStatus({ kind: 'saved', text: '已登记整改事项' });
          onOpenCase(id);
        }}
      />
    </div>
  );
}
