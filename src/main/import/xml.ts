/**
 * Just enough XML for the parts of an .xlsx this app reads. Spreadsheet XML is machine-written
 * and regular, so a scan with indexOf is both correct for it and several times faster than a
 * general parser building a tree. Element names may carry a namespace prefix (x:c) — some .NET
 * writers emit them — so every lookup ignores the prefix.
 */
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Resolves XML entities and OOXML's _xHHHH_ escapes (used for control characters such as _x000D_). */
export function decodeXmlText(s: string): string {
  if (s.indexOf('&') >= 0) {
    s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
      if (e[0] !== '#') return ENTITY[e]!;
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    });
  }
  if (s.indexOf('_x') >= 0) {
    s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
  return s;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * The value of attribute `name` inside the tag text xml[from, to), or null. A prefixed attribute
 * (r:id) matches its local name (id). The search never leaves the tag: an unbounded indexOf
 * would rescan the rest of a large sheet for every cell that lacks the attribute.
 */
export function attr(xml: string, from: number, to: number, name: string): string | null {
  const first = name.charCodeAt(0);
  const last = to - name.length - 2;
  for (let i = from; i <= last; i++) {
    if (xml.charCodeAt(i) !== first) continue;
    const before = xml.charCodeAt(i - 1);
    if (!(isSpace(before) || before === 58 /* : */)) continue;
    const j = i + name.length;
    if (xml.charCodeAt(j) !== 61 /* = */ || !xml.startsWith(name, i)) continue;
    const quote = xml.charCodeAt(j + 1);
    if (quote !== 34 && quote !== 39) continue;
    const end = xml.indexOf(quote === 34 ? '"' : "'", j + 2);
    if (end < 0 || end > to) return null;
    return decodeXmlText(xml.slice(j + 2, end));
  }
  return null;
}

/**
 * The '>' that ends the tag opened at `lt`, or -1. A '>' inside a quoted attribute value does
 * not end it (XML allows it there); taking the first one would misread or lose the cell.
 */
export function tagEnd(xml: string, lt: number): number {
  let gt = xml.indexOf('>', lt);
  while (gt >= 0) {
    let quote = 0;
    for (let k = lt; k < gt; k++) {
      const code = xml.charCodeAt(k);
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === 34 || code === 39) quote = code;
    }
    if (quote === 0) return gt;
    gt = xml.indexOf('>', gt + 1);
  }
  return -1;
}

/** Where the local name starts in the tag name xml[from, to): after its prefix, if any. */
export function localNameStart(xml: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (xml.charCodeAt(k) === 58 /* : */) return k + 1;
  return from;
}

/** Every start tag (open or self-closing) whose local name is `local`: [start, end) of its text. */
export function* startTags(xml: string, local: string): Generator<{ start: number; end: number }> {
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) return;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) return;
    i = gt + 1;
    let n = lt + 1;
    let e = n;
    while (e < gt && !isSpace(xml.charCodeAt(e)) && xml.charCodeAt(e) !== 47 /* / */) e++;
    n = localNameStart(xml, n, e);
    if (e - n === local.length && xml.startsWith(local, n)) yield { start: lt, end: gt + 1 };
  }
}

/** The text of every <t> inside xml[from, to), leaving out phonetic runs (<rPh>). */
export function richText(xml: string, from: number, to: number): string {
  let body = xml.slice(from, to);
  if (body.indexOf('rPh') >= 0) body = body.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, '');
  let out = '';
  const re = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
  for (let m = re.exec(body); m; m = re.exec(body)) out += m[1];
  return decodeXmlText(out);
}

/** Turns a relationship target into a zip path relative to the part that points to it. */
export function resolvePartPath(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${baseDir}${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
