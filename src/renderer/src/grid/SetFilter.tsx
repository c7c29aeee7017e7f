import type { ColumnFilter, DoesFilterPassParams, IRowNode } from 'ag-grid-community';
import { useGridFilterDisplay, type CustomFilterDisplayProps } from 'ag-grid-react';
import { Button, Checkbox, Input } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { toHalfWidth } from '../../../shared/normalise/text';
import { loadPinyin, matches, pinyinReady, queryWords, searchKey } from './search';
import './setFilter.css';
import { BLANK_LABEL, countValues, setValueOf, toggled, toggledAll, type SetFilterModel, type ValueCount } from './setFilterModel';

/** More values than anyone scrolls through: the search box narrows them. */
const MAX_SHOWN = 500;

// One lookup set per model: the grid asks once per row, 100,000 times per change.
const keptSets = new WeakMap<SetFilterModel, Set<string>>();
function keptOf(model: SetFilterModel): Set<string> {
  let kept = keptSets.get(model);
  if (!kept) keptSets.set(model, (kept = new Set(model.values)));
  return kept;
}

/**
 * The column filter of an option column (the grid runs with enableFilterHandlers): passing a row
 * reads the model it is given, so a model set by 筛选此值 or a restored layout filters at once,
 * before the list has ever been opened.
 */
export const setFilter: ColumnFilter<unknown, unknown, unknown, SetFilterModel> = {
  component: SetFilter,
  doesFilterPass: ({ model, node, handlerParams }: DoesFilterPassParams<unknown, unknown, SetFilterModel>) =>
    !model || keptOf(model).has(setValueOf(handlerParams.getValue(node))),
};

/** Whether a column's filter is the set filter (AG Grid hands back a copy of the colDef's object). */
export const isSetFilter = (filter: unknown): boolean =>
  typeof filter === 'object' && filter !== null && (filter as { component?: unknown }).component === SetFilter;

/**
 * The filter of an option column: its values with check boxes and counts (of the rows the other
 * filters leave), a search box that also takes pinyin initials (cgz finds 城关镇), 全选 and 清除.
 * A tick filters at once, as WPS does. AG Grid Community has no set filter, so this is one.
 */
function SetFilter(props: CustomFilterDisplayProps<unknown, unknown, SetFilterModel>) {
  const { model, onModelChange, getValue, api, doesRowPassOtherFilter } = props;
  const [counts, setCounts] = useState<ValueCount[]>([]);
  const [query, setQuery] = useState('');
  const [pinyin, setPinyin] = useState(pinyinReady());
  const search = useRef<HTMLInputElement>(null);
  const kept = model ? keptOf(model) : null;

  // Counted when the list opens: the rows the other filters and the search box leave.
  const afterGuiAttached = useCallback(() => {
    const cells: unknown[] = [];
    api.forEachLeafNode((n: IRowNode) => {
      if (doesRowPassOtherFilter(n)) cells.push(getValue(n));
    });
    setCounts(countValues(cells));
    if (!pinyinReady()) void loadPinyin().then(() => setPinyin(true));
    setTimeout(() => search.current?.focus());
  }, [api, doesRowPassOtherFilter, getValue]);

  useGridFilterDisplay({ afterGuiAttached });

  // A kept value no row holds any more (a saved filter, a renamed town) still shows, to untick.
  const listed = useMemo(() => {
    const present = new Set(counts.map((c) => c.value));
    const gone = (model?.values ?? []).filter((v) => !present.has(v)).map((value) => ({ value, count: 0 }));
    return [...counts, ...gone];
  }, [counts, model]);
  const all = useMemo(() => listed.map((c) => c.value), [listed]);
  const shown = useMemo(() => {
    const words = queryWords(query);
    if (!words.length) return listed;
    const key = (v: string) => (pinyin ? searchKey([v || BLANK_LABEL]) : toHalfWidth(v || BLANK_LABEL).toLowerCase());
    return listed.filter((c) => matches(key(c.value), words));
  }, [listed, query, pinyin]);
  const shownValues = shown.map((c) => c.value);

  return (
    <div className="set-filter" data-testid="set-filter">
      <Input
        ref={(el) => {
          search.current = el?.input ?? null;
        }}
        size="small"
        allowClear
        placeholder="搜索（可输入拼音首字母）"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="set-filter-actions">
        <Button size="small" onClick={() => onModelChange(toggledAll(model, all, shownValues, true))}>
          全选
        </Button>
        <Button size="small" onClick={() => onModelChange(toggledAll(model, all, shownValues, false))}>
          清除
        </Button>
      </div>
      <div className="set-filter-list" role="list">
        {shown.slice(0, MAX_SHOWN).map((c) => (
          <div key={c.value} role="listitem" className="set-filter-item">
            <Checkbox checked={!kept || kept.has(c.value)} onChange={(e) => onModelChange(toggled(model, all, c.value, e.target.checked))}>
              <span className="set-filter-value">{c.value === '' ? BLANK_LABEL : c.value}</span>
            </Checkbox>
            <span className="set-filter-count">{c.count}</span>
          </div>
        ))}
        {shown.length === 0 && <div className="set-filter-empty">没有匹配的值</div>}
        {shown.length > MAX_SHOWN && <div className="set-filter-empty">还有 {shown.length - MAX_SHOWN} 项，请输入文字缩小范围</div>}
      </div>
    </div>
  );
}
