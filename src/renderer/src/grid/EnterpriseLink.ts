import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community';
import type { GridContext } from './gridContext';

/** antd's ExportOutlined as its icon component draws it, kept as markup: a cell then needs no React. */
const ICON =
  '<span role="img" aria-hidden="true" class="anticon anticon-export"><svg fill-rule="evenodd" viewBox="64 64 896 896" focusable="false" width="1em" height="1em" fill="currentColor">' +
  '<path d="M880 912H144c-17.7 0-32-14.3-32-32V144c0-17.7 14.3-32 32-32h360c4.4 0 8 3.6 8 8v56c0 4.4-3.6 8-8 8H184v656h656V520c0-4.4 3.6-8 8-8h56c4.4 0 8 3.6 8 8v360c0 17.7-14.3 32-32 32zM770.87 199.13l-52.2-52.2a8.01 8.01 0 014.7-13.6l179.4-21c5.1-.6 9.5 3.7 8.9 8.9l-21 179.4c-.8 6.6-8.9 9.4-13.6 4.7l-52.4-52.4-256.2 256.2a8.03 8.03 0 01-11.3 0l-42.4-42.4a8.03 8.03 0 010-11.3l256.1-256.3z"/></svg></span>';

let icon: HTMLTemplateElement | null = null;
function iconNode(): Node {
  if (!icon) {
    icon = document.createElement('template');
    icon.innerHTML = ICON;
  }
  return icon.content.firstChild!.cloneNode(true);
}

type Params = ICellRendererParams & { idField?: 'id' | 'enterpriseId' };

/**
 * The enterprise's name with a small button that opens its page (lines, cases, history). The
 * button is separate from the text so that clicking the cell still just selects it for editing.
 * Plain DOM rather than a React component: the name column is on every row drawn, and a sort
 * draws every visible row again (a React renderer with antd's icon made that the costliest cell).
 */
export class EnterpriseLink implements ICellRendererComp {
  private readonly gui = document.createElement('span');
  private readonly text = document.createElement('span');
  private button: HTMLButtonElement | null = null;
  private open: (() => void) | null = null;

  init(p: Params): void {
    this.gui.className = 'link-cell';
    this.text.className = 'link-cell-text';
    this.gui.append(this.text);
    this.show(p);
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  refresh(p: Params): boolean {
    this.show(p);
    return true;
  }

  private show(p: Params): void {
    const id = (p.data as Record<string, unknown> | undefined)?.[p.idField ?? 'enterpriseId'];
    const openEnterprise = (p.context as GridContext | undefined)?.openEnterprise;
    const text = p.valueFormatted ?? (p.value === null || p.value === undefined ? '' : String(p.value));
    this.text.textContent = text;
    if (typeof id !== 'number' || id <= 0 || !openEnterprise) {
      this.button?.remove();
      this.button = null;
      return;
    }
    this.open = () => openEnterprise(id);
    if (!this.button) {
      const button = (this.button = document.createElement('button'));
      button.type = 'button';
      button.className = 'link-cell-button';
      button.title = '打开企业页（设备、整改事项、历史）';
      button.tabIndex = -1;
      button.append(iconNode());
      button.addEventListener('click', (e) => {
        e.stopPropagation();
        this.open?.();
      });
      this.gui.append(button);
    }
    this.button.setAttribute('aria-label', `打开企业「${text}」`);
  }
}
