// Closed schemas for messages: every field of every message is checked for its type and size, and an object
// with a key the schema does not name is refused. A compromised renderer can send anything through a content
// script's channel; nothing it sends reaches a handler unless it has exactly the shape the protocol promises.
// Objects are read by their own enumerable keys only (never `in`, never the prototype chain), and the value
// handed on is a fresh object holding only the checked keys, so `__proto__`, `constructor` and friends cannot
// travel.

export class SchemaError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path || 'message'}: ${problem}`);
  }
}

/** Checks `value` and returns the checked copy, or throws a SchemaError naming the path. */
export type Schema<T> = (value: unknown, path: string) => T;

export type Infer<S> = S extends Schema<infer T> ? T : never;

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

export function str(max: number): Schema<string> {
  return (v, path) => {
    if (typeof v !== 'string') throw new SchemaError(path, 'not a string');
    if (v.length > max) throw new SchemaError(path, `longer than ${max} characters`);
    return v;
  };
}

export function int(min: number, max: number): Schema<number> {
  return (v, path) => {
    if (typeof v !== 'number' || !Number.isInteger(v)) throw new SchemaError(path, 'not an integer');
    if (v < min || v > max) throw new SchemaError(path, `outside ${min}..${max}`);
    return v;
  };
}

export const bool: Schema<boolean> = (v, path) => {
  if (typeof v !== 'boolean') throw new SchemaError(path, 'not true or false');
  return v;
};

export function oneOf<T extends string>(values: readonly T[]): Schema<T> {
  return (v, path) => {
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v))
      throw new SchemaError(path, 'not one of the allowed values');
    return v as T;
  };
}

/** A value judged elsewhere by its own validator (settings values: lib/settings/validate). */
export const opaque: Schema<unknown> = (v) => v;

export function arr<T>(item: Schema<T>, max: number): Schema<T[]> {
  return (v, path) => {
    if (!Array.isArray(v)) throw new SchemaError(path, 'not a list');
    if (v.length > max) throw new SchemaError(path, `more than ${max} items`);
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) out.push(item(v[i], `${path}[${i}]`));
    return out;
  };
}

function plainObject(v: unknown, path: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new SchemaError(path, 'not an object');
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) throw new SchemaError(path, 'not a plain object');
  return v as Record<string, unknown>;
}

type Shape = Record<string, Schema<unknown>>;
type FromShape<R extends Shape, O extends Shape> = { [K in keyof R]: Infer<R[K]> } & {
  [K in keyof O]?: Infer<O[K]>;
};

/**
 * A closed object: every key of `required` must be there, keys of `optional` may be, and nothing else.
 * Keys are compared as own properties of the shape, so `toString` or `__proto__` never match a shape by
 * inheritance.
 */
export function obj<R extends Shape, O extends Shape = Record<never, never>>(
  required: R,
  optional?: O,
): Schema<FromShape<R, O>> {
  return (v, path) => {
    const o = plainObject(v, path);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(o)) {
      if (!own(required, key) && !(optional && own(optional, key)))
        throw new SchemaError(path, `unknown key ${JSON.stringify(key.slice(0, 40))}`);
    }
    for (const key of Object.keys(required)) {
      if (!own(o, key)) throw new SchemaError(path, `missing ${key}`);
      out[key] = required[key]!(o[key], path ? `${path}.${key}` : key);
    }
    if (optional) {
      for (const key of Object.keys(optional)) {
        if (own(o, key)) out[key] = optional[key]!(o[key], path ? `${path}.${key}` : key);
      }
    }
    return out as FromShape<R, O>;
  };
}

/** Runs a schema without throwing. */
export function check<T>(schema: Schema<T>, value: unknown): { ok: true; value: T } | { ok: false; error: string } {
  try {
    return { ok: true, value: schema(value, '') };
  } catch (err) {
    if (err instanceof SchemaError) return { ok: false, error: err.message };
    throw err;
  }
}
