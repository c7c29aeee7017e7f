import { describe, expect, it } from 'vitest';
import { clipboardHandlers } from '../../../src/main/shell/clipboardChannels';

describe('the shell’s clipboard channels', () => {
  function fake(initial = '') {
    const board = { text: initial };
    return { board, handlers: clipboardHandlers({ readText: async () => board.text, writeText: async (t) => void (board.text = t) }) };
  }

  it('reads the system clipboard for the grid menu’s 粘贴: a WPS block as TSV', async () => {
    const { handlers } = fake('鑫达铸造有限公司\t城关镇\r\n华通水泥有限责任公司\t柳林镇\r\n');
    expect(await handlers['clipboard:readText']({})).toEqual({ ok: true, value: '鑫达铸造有限公司\t城关镇\r\n华通水泥有限责任公司\t柳林镇\r\n' });
  });

  it('writes the 复制 text to the system clipboard', async () => {
    const { board, handlers } = fake();
    expect(await handlers['clipboard:writeText']({ text: '赵建国\n李明' })).toEqual({ ok: true, value: { written: true } });
    expect(board.text).toBe('赵建国\n李明');
  });

  it('refuses a malformed request in Chinese and leaves the clipboard alone', async () => {
    const { board, handlers } = fake('原内容');
    for (const bad of [null, { text: 1 }, { text: 'x', extra: true }, 'text']) {
      const r = await handlers['clipboard:writeText'](bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatchObject({ code: 'BAD_REQUEST', message: '剪贴板请求格式不正确，已拒绝' });
    }
    expect((await handlers['clipboard:readText']({ extra: 1 })).ok).toBe(false);
    expect(board.text).toBe('原内容');
  });
});
