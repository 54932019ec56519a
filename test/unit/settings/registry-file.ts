// Reads a Windows .reg file into the policy value Chrome would build from it: keys become objects, numbered values
// or numbered subkeys become lists, REG_DWORD becomes a boolean or an integer, and a REG_SZ holding JSON fills a list
// or object, following the schema the way Chromium's registry_dict.cc (ConvertRegistryValue) does.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, unknown>;
type RegValue = { kind: 'sz'; text: string } | { kind: 'dword'; n: number };
interface RegKey {
  values: Map<string, RegValue>;
  keys: Map<string, RegKey>;
}

const emptyKey = (): RegKey => ({ values: new Map(), keys: new Map() });

function unquote(s: string): string {
  return s.slice(1, -1).replace(/\\(["\\])/g, '$1');
}

export function readRegFile(text: string): RegKey {
  const root = emptyKey();
  let current: RegKey | null = null;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n/);
  if (lines[0] !== 'Windows Registry Editor Version 5.00') throw new Error('not a version 5.00 .reg file');
  for (const line of lines.slice(1)) {
    if (line === '' || line.startsWith(';')) continue;
    const section = /^\[([^\]]+)\]$/.exec(line);
    if (section) {
      current = root;
      for (const part of (section[1] ?? '').split('\\')) {
        const next: RegKey = current.keys.get(part) ?? emptyKey();
        current.keys.set(part, next);
        current = next;
      }
      continue;
    }
    const value = /^("(?:[^"\\]|\\.)*")=(?:("(?:[^"\\]|\\.)*")|dword:([0-9a-f]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`unreadable line: ${line}`);
    const [, name = '', sz, dword] = value;
    current.values.set(
      unquote(name),
      sz !== undefined ? { kind: 'sz', text: unquote(sz) } : { kind: 'dword', n: parseInt(dword ?? '', 16) },
    );
  }
  return root;
}

export function regKeyAt(root: RegKey, path: string): RegKey | undefined {
  let k: RegKey | undefined = root;
  for (const part of path.split('\\')) k = k?.keys.get(part);
  return k;
}

export function regValue(v: RegValue, schema: Schema): Json {
  switch (schema.type) {
    case 'boolean':
      return v.kind === 'dword' ? v.n !== 0 : null;
    case 'integer':
      return v.kind === 'dword' ? v.n : null;
    case 'array':
    case 'object':
      return v.kind === 'sz' ? (JSON.parse(v.text) as Json) : null;
    default:
      return v.kind === 'sz' ? v.text : null;
  }
}

export function regKeyToJson(key: RegKey, schema: Schema): Json {
  if (schema.type === 'array') {
    const items = schema.items as Schema;
    const numbered = [...key.values.entries(), ...key.keys.entries()]
      .filter(([name]) => /^\d+$/.test(name))
      .sort(([a], [b]) => Number(a) - Number(b));
    return numbered.map(([, v]) => ('kind' in v ? regValue(v, items) : regKeyToJson(v, items)));
  }
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const out: Record<string, Json> = {};
  for (const [name, v] of key.values)
    out[name] = props[name] ? regValue(v, props[name]) : v.kind === 'sz' ? v.text : v.n;
  for (const [name, k] of key.keys) out[name] = regKeyToJson(k, props[name] ?? { type: 'object' });
  return out;
}
