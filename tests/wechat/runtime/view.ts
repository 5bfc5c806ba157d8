import fs from 'fs';
import path from 'path';
import vm from 'vm';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { wxmlToJs } = require('miniprogram-compiler') as { wxmlToJs: (root: string, opts: object) => string };

/**
 * The view layer: every WXML compiled once by WeChat's own wcc, rendered from the data the logic
 * layer last sent, custom components (Taro's recursive `comp`) expanded with their own instance.
 */
export interface VNode {
  tag: string;
  attr: Record<string, unknown>;
  children: VNode[];
  text?: string;
  parent?: VNode;
  /** The page or component instance whose template holds this node: its methods handle events. */
  owner: Owner;
}

export interface Owner {
  instance: Record<string, unknown>;
  /** Directory-less path of its template, e.g. `pages/index/index` or `comp`. */
  template: string;
  usingComponents: Record<string, string>;
  /** Data as the view last received it. */
  viewData(): Record<string, unknown>;
  /** The instance of a custom component used in this template, made on first render. */
  child(name: string, key: string, props: Record<string, unknown>): Owner;
}

interface RawNode {
  tag: string;
  attr?: Record<string, unknown>;
  children?: Array<RawNode | string | number>;
}

type Gwx = (file: string) => (data: unknown, env: object, global: object) => RawNode;

export class View {
  private gwx: Gwx;
  /** Data enters the view realm as JSON, as it crosses from the logic thread in WeChat. */
  private toView: (json: string) => unknown;

  constructor(root: string) {
    const src = wxmlToJs(root, { maxBuffer: 256 * 1024 * 1024 });
    const warnings: string[] = [];
    const sandbox: Record<string, unknown> = {
      console: { log() {}, info() {}, warn: (m: string) => warnings.push(m), error: (m: string) => warnings.push(m) },
    };
    sandbox.window = sandbox;
    vm.createContext(sandbox);
    this.gwx = vm.runInContext(`(function (global) { ${src} })`, sandbox)(sandbox) as Gwx;
    this.toView = vm.runInContext('(s) => JSON.parse(s)', sandbox) as (json: string) => unknown;
  }

  render(owner: Owner): VNode {
    const page: VNode = { tag: 'wx-page', attr: {}, children: [], owner };
    page.children = this.renderInto(owner, page);
    return page;
  }

  /** A component rendered on its own beside the page (WeChat's custom tab bar), as a `tag` node. */
  renderComponent(owner: Owner, tag: string, parent: VNode): VNode {
    const node: VNode = { tag, attr: {}, children: [], parent, owner };
    node.children = this.renderInto(owner, node);
    return node;
  }

  private renderInto(owner: Owner, parent: VNode): VNode[] {
    const data = this.toView(JSON.stringify(owner.viewData()));
    const raw = this.gwx(`${owner.template}.wxml`)(data, {}, {});
    return (raw.children ?? []).map((c, i) => this.convert(c, owner, parent, String(i)));
  }

  private convert(raw: RawNode | string | number, owner: Owner, parent: VNode, key: string): VNode {
    if (typeof raw !== 'object') return { tag: '#text', attr: {}, children: [], text: String(raw), parent, owner };
    const node: VNode = { tag: raw.tag, attr: raw.attr ?? {}, children: [], parent, owner };
    const name = raw.tag.replace(/^wx-/, '');
    if (owner.usingComponents[name]) {
      const i = node.attr.i as { sid?: string } | undefined;
      const child = owner.child(name, i?.sid ?? key, node.attr);
      node.children = this.renderInto(child, node);
    } else {
      node.children = (raw.children ?? []).map((c, n) => this.convert(c, owner, node, `${key}.${n}`));
    }
    return node;
  }
}

/** The text a person reads in a subtree, whitespace folded. */
export function textOf(node: VNode): string {
  if (node.tag === '#text') return node.text ?? '';
  return node.children.map(textOf).join('');
}

export function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function* walk(node: VNode): Generator<VNode> {
  yield node;
  for (const c of node.children) yield* walk(c);
}

function classes(node: VNode): string[] {
  return String(node.attr.class ?? '')
    .split(/\s+/)
    .filter(Boolean);
}

/** One simple selector: `tag`, `.a.b`, `#id`, `tag.a`, `[placeholder=…]`. */
function matchesOne(node: VNode, sel: string): boolean {
  if (node.tag === '#text') return false;
  const attr = /\[([\w-]+)(?:=["']?([^\]"']*)["']?)?\]/g;
  let m: RegExpExecArray | null;
  while ((m = attr.exec(sel))) {
    const v = node.attr[m[1]];
    if (v === undefined || (m[2] !== undefined && String(v) !== m[2])) return false;
  }
  const rest = sel.replace(attr, '');
  const tag = rest.match(/^[a-z][\w-]*/)?.[0];
  if (tag && node.tag !== `wx-${tag}` && node.tag !== tag) return false;
  const id = rest.match(/#([\w-]+)/)?.[1];
  if (id && node.attr.id !== id) return false;
  const need = [...rest.matchAll(/\.([\w-]+)/g)].map((x) => x[1]);
  const has = classes(node);
  return need.every((c) => has.includes(c));
}

/** Descendant selectors (`.a .b`) over the rendered tree, in document order. */
export function queryAll(root: VNode, selector: string): VNode[] {
  const parts = selector.trim().split(/\s+/);
  const last = parts.pop() as string;
  return [...walk(root)].filter((n) => {
    if (!matchesOne(n, last)) return false;
    let i = parts.length - 1;
    for (let p = n.parent; p && i >= 0; p = p.parent) if (matchesOne(p, parts[i])) i--;
    return i < 0;
  });
}

/** The innermost elements whose text contains `text` (what a finger would land on). */
export function byText(root: VNode, text: string): VNode[] {
  const want = normalize(text);
  const hits = [...walk(root)].filter((n) => n.tag !== '#text' && normalize(textOf(n)).includes(want));
  const innermost = hits.filter((n) => !n.children.some((c) => hits.includes(c)));
  // A label that reads exactly so (a button's) before a sentence that merely mentions it.
  return [
    ...innermost.filter((n) => normalize(textOf(n)) === want),
    ...innermost.filter((n) => normalize(textOf(n)) !== want),
  ];
}

/** A readable dump of the page (tags, classes and text), saved with each flow's artifacts. */
export function outline(node: VNode, depth = 0): string {
  if (node.tag === '#text') return node.text?.trim() ? `${'  '.repeat(depth)}"${node.text.trim()}"\n` : '';
  const cls = classes(node).join('.');
  const head = `${'  '.repeat(depth)}${node.tag}${cls ? `.${cls}` : ''}\n`;
  return head + node.children.map((c) => outline(c, depth + 1)).join('');
}

export function saveJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2));
}
