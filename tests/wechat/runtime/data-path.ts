/**
 * setData's keys, as WeChat reads them: `root.cn.[0].v`, `list[2].name`, `a.b`. A bracketed
 * number is an array index; missing containers are created on the way.
 */
export function parsePath(key: string): Array<string | number> {
  const parts: Array<string | number> = [];
  for (const seg of key.split('.')) {
    const re = /([^[\]]+)|\[(\d+)\]/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(seg))) parts.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  }
  return parts;
}

type Container = Record<string | number, unknown>;

export function setPath(target: Container, key: string, value: unknown): void {
  const parts = parsePath(key);
  let cur = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i];
    let next = cur[part];
    if (next === null || typeof next !== 'object') {
      next = typeof parts[i + 1] === 'number' ? [] : {};
      cur[part] = next;
    }
    cur = next as Container;
  }
  cur[parts[parts.length - 1]] = value;
}

/** Top-level keys whose value is `undefined`: WeChat refuses them ("setData: data field is undefined"). */
export function undefinedKeys(patch: Record<string, unknown>): string[] {
  return Object.keys(patch).filter((k) => patch[k] === undefined);
}
