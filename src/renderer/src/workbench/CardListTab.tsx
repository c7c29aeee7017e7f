import { Segmented, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { CardEnterprise } from '../../../shared/contract/workflow';
import { OVERDUE_UNRECTIFIED, PUBLIC_LIST_LABELS, PUBLIC_LISTS, type PublicList } from '../../../shared/rules/cards';
import { api, errorMessage } from '../api';
import { useStatus } from '../common/status';
import { PrintButton } from '../print/PrintButton';
import { COUNTY_FIELD } from '../../../shared/entities/county';
import { useCityLedger } from '../common/ledgerLevel';
import type { PrintSheet } from '../print/printSheet';

type CardKind = PublicList;

// The plans' own words (鲁经信产〔2017〕481号 四（四）).
const DEFINITIONS: Record<CardKind, string> = {
  yellow: '黄牌名单：不达标应限期整改的企业；期限已过仍未整改达标、也未依法关闭的，标注“逾期未整改”。',
  red: '红牌名单：经整改仍不达标、已依法关闭的企业。环保事项列入超标排放企业名单，不列入黄牌、红牌。',
  'over-limit': '超标排放企业名单：环保事项尚未整改达标或已责令停业、关闭的企业。',
  'over-limit-serious': '超标排放情节严重企业名单：在整改事项中标记为“情节严重”的超标排放企业。',
};

const caseWords = (c: CardEnterprise['cases'][number]) =>
  `${c.dimension} · ${c.statusLabel}${c.closedDate ? ` ${c.closedDate}` : c.deadline ? ` 期限 ${c.deadline}` : ''}${c.overdue ? ` · ${OVERDUE_UNRECTIFIED}` : ''}`;

function cardSheet(title: string, rows: readonly CardEnterprise[], city: boolean): PrintSheet {
  const county = (r: CardEnterprise) => (city ? [r.county] : []);
  return {
    title,
    filter: '全部',
    measure: '家',
    columns: ['序号', ...(city ? [COUNTY_FIELD.label] : []), '企业名称', '统一社会信用代码', '乡镇（街道）', '行业', '整改事项'],
    rows: rows.map((r, i) => [String(i + 1), ...county(r), r.enterpriseName, r.uscc ?? '', r.town ?? '', r.industry ?? '', r.cases.map(caseWords).join('；')]),
  };
}

/** The public lists: enterprises by the worst card of their cases, or on the 超标排放 lists; a case opens on click. */
export function CardListTab({ version, card, onCardChange, onOpenCase }: { version: number; card: CardKind; onCardChange(card: CardKind): void; onOpenCase(id: number): void }) {
  const { setStatus } = useStatus();
  const [rows, setRows] = useState<CardEnterprise[]>([]);
  // A city's lists come county by county (deadlineList.ts) with the county as their second column.
  const city = useCityLedger();

  useEffect(() => {
    api.call('cards:list', { card }).then(setRows, (err) => setStatus({ kind: 'error', text: `读取${PUBLIC_LIST_LABELS[card]}失败：${errorMessage(err)}` }));
  }, [card, version, setStatus]);

  return (
    <div className="tab-page">
      <Segmented<CardKind>
        value={card}
        onChange={onCardChange}
        options={PUBLIC_LISTS.map((l) => ({ value: l, label: PUBLIC_LIST_LABELS[l] }))}
      />
      <div style={{ color: '#6b7280', margin: '8px 0', display: 'flex', alignItems: 'center', gap: 12 }}>
        <span style={{ flex: 1 }}>
          {DEFINITIONS[card]}共 {rows.length} 家。
        </span>
        <PrintButton sheet={() => cardSheet(PUBLIC_LIST_LABELS[card], rows, city)} />
      </div>
      <Table<CardEnterprise>
        size="small"
        rowKey="enterpriseId"
        dataSource={rows}
        pagination={false}
        data-testid={`card-list-${card}`}
        columns={[
          { title: '序号', key: 'n', width: 60, render: (_: unknown, __, i) => i + 1 },
          ...(city ? [{ title: COUNTY_FIELD.label, dataIndex: 'county', key: 'county', width: 110 }] : []),
          { title: '企业名称', dataIndex: 'enterpriseName' },
          { title: '统一社会信用代码', dataIndex: 'uscc', width: 190 },
          { title: '乡镇（街道）', dataIndex: 'town', width: 110 },
          { title: '行业', dataIndex: 'industry', width: 90 },
          {
            title: '整改事项',
            key: 'cases',
            render: (_: unknown, r) =>
              r.cases.map((c) => (
                <Tag key={c.id} color={c.overdue ? 'red' : undefined} style={{ cursor: 'pointer' }} onClick={() => onOpenCase(c.id)}>
                  {caseWords(c)}
                </Tag>
              )),
          },
        ]}
      />
    </div>
  );
}
