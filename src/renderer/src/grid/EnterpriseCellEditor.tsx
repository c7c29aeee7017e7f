import { Select, type RefSelectProps } from 'antd';
import type { CustomCellEditorProps } from 'ag-grid-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { enterpriseChoices, loadEnterpriseChoices } from './enterpriseDirectory';
import { matches, queryWords } from './search';

/**
 * Picks a line's or case's enterprise by name, credit code or pinyin initials (xdzz). The cell
 * holds the name; the service resolves it to the enterprise (a pasted credit code works too).
 */
export function EnterpriseCellEditor(props: CustomCellEditorProps) {
  const [choices, setChoices] = useState(enterpriseChoices);
  const printable = typeof props.eventKey === 'string' && props.eventKey.length === 1 ? props.eventKey : '';
  const [search, setSearch] = useState(printable);
  const select = useRef<RefSelectProps>(null);
  // The grid moves focus into its popup after mounting the editor; take it once it has.
  useEffect(() => {
    const t = setTimeout(() => select.current?.focus(), 0);
    return () => clearTimeout(t);
  }, []);
  useEffect(() => {
    void loadEnterpriseChoices().then(setChoices);
  }, []);
  const options = useMemo(() => choices.map((c) => ({ value: c.name, label: c.uscc ? `${c.name}（${c.uscc}）` : c.name, search: c.key })), [choices]);

  return (
    <div className="enterprise-editor" style={{ width: 420 }}>
      <Select
        ref={select}
        autoFocus
        open
        showSearch={{
          searchValue: search,
          onSearch: setSearch,
          filterOption: (input, option) => matches(String(option?.search ?? ''), queryWords(input)),
        }}
        value={typeof props.value === 'string' && props.value ? props.value : undefined}
        placeholder="输入企业名称、信用代码或拼音首字母"
        options={options}
        style={{ width: '100%' }}
        getPopupContainer={(trigger: HTMLElement) => trigger.parentElement ?? document.body}
        notFoundContent="没有匹配的企业，请先在企业名录中登记"
        onChange={(value: string) => {
          props.onValueChange(value);
          props.stopEditing();
        }}
      />
    </div>
  );
}
