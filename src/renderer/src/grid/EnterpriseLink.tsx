import { ExportOutlined } from '@ant-design/icons';
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { GridContext } from './gridContext';

/**
 * The enterprise's name with a small button that opens its page (lines, cases, history). The
 * button is separate from the text so that clicking the cell still just selects it for editing.
 */
export function EnterpriseLink(props: CustomCellRendererProps & { idField?: 'id' | 'enterpriseId' }) {
  const data = props.data as Record<string, unknown> | undefined;
  const id = data?.[props.idField ?? 'enterpriseId'];
  const context = props.context as GridContext | undefined;
  const text = props.valueFormatted ?? (props.value === null || props.value === undefined ? '' : String(props.value));
  const openable = typeof id === 'number' && id > 0 && context?.openEnterprise;
  return (
    <span className="link-cell">
      <span className="link-cell-text">{text}</span>
      {openable && (
        <button
          type="button"
          className="link-cell-button"
          title="打开企业页（设备、整改事项、历史）"
          aria-label={`打开企业「${text}」`}
          tabIndex={-1}
          onClick={(e) => {
            e.stopPropagation();
            context.openEnterprise!(id);
          }}
        >
          <ExportOutlined />
        </button>
      )}
    </span>
  );
}
