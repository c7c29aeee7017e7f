import { Segmented, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { CardEnterprise } from '../../../shared/contract/workflow';
import { api, errorMessage } from '../api';
import { useStatus } from '../common/status';

type CardKind = 'yellow' | 'red';

const DEFINITIONS: Record<CardKind, string> = {
  yellow: '黄牌名单：不达标、应在期限内整改的企业（整改期限内）。',
  red: '红牌名单：经整改仍不达标、已依法关闭的企业。',
};

/** 黄牌名单 / 红牌名单: enterprises by the worst card of their cases; a case opens on click. */
export function CardListTab({ version, card, onCardChange, onOpenCase }: { version: number; card: CardKind; onCardChange(card: CardKind): void; onOpenCase(id: number): void }) {
  const { setStatus } = useStatus();
  const [rows, setRows] = useState<CardEnterprise[]>([]);

  useEffect(() => {
    api.call('cards:list', { card }).then(setRows, (err) => setStatus({ kind: 'error', text: `读取${card === 'red' ? '红牌' : '黄牌'}名单失败：${errorMessage(err)}` }));
  }, [card, version, setStatus]);

  return (
    <div className="tab-page">
      <Segmented<CardKind>
        value={card}
        onChange={onCardChange}
        options={[
          { value: 'yellow', label: '黄牌名单' },
          { value: 'red', label: '红牌名单' },
        ]}
      />
      <div style={{ color: '#6b7280', margin: '8px 0' }}>
        {DEFINITIONS[card]}共 {rows.length} 家。
      </div>
      <Table<CardEnterprise>
        size="small"
        rowKey="enterpriseId"
        dataSource={rows}
        pagination={false}
        data-testid={`card-list-${card}`}
        columns={[
          { title: '序号', key: 'n', width: 60, render: (_: unknown, __, i) => i + 1 },
          { title: '企业名称', dataIndex: 'enterpriseName' },
          { title: '统一社会信用代码', dataIndex: 'uscc', width: 190 },
          { title: '乡镇（街道）', dataIndex: 'town', width: 110 },
          { title: '行业', dataIndex: 'industry', width: 90 },
          {
            title: '整改事项',
            key: 'cases',
            render: (_: unknown, r) =>
              r.cases.map((c) => (
                <Tag key={c.id} style={{ cursor: 'pointer' }} onClick={() => onOpenCase(c.id)}>
                  {c.dimension} · {c.statusLabel}
                  {card === 'red' ? (c.closedDate ? ` ${c.closedDate}` : '') : c.deadline ? ` 期限 ${c.deadline}` : ''}
                </Tag>
              )),
          },
        ]}
      />
    </div>
  );
}
