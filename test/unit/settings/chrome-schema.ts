// A checker for the JSON-schema subset Chrome accepts in an extension's managed_schema, and a validator of values
// against it. The rules follow Chromium's components/policy/core/common/schema.cc (allowed attributes per type,
// enum only on string/integer, minimum/maximum only on integer, arrays need items, `required` names declared
// properties) and developer.chrome.com "Manifest for managed storage" (top level: type object, no
// additionalProperties). Stricter than Chrome where Chrome would silently ignore something: unknown attributes are
// errors here, and one node may carry only one kind of restriction (Chrome keeps just the first it finds).

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, unknown>;

const COMMON = ['type', 'title', 'description', 'id', 'sensitiveValue'];
const ATTRIBUTES: Record<string, string[]> = {
  array: [...COMMON, 'items'],
  boolean: COMMON,
  integer: [...COMMON, 'enum', 'minimum', 'maximum'],
  number: COMMON,
  object: [...COMMON, 'properties', 'patternProperties', 'additionalProperties', 'required'],
  string: [...COMMON, 'enum', 'pattern'],
};

function isObject(v: unknown): v is Schema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function chromeSchemaErrors(schema: unknown, path = '', topLevel = true): string[] {
  if (!isObject(schema)) return [`${path || 'schema'}: must be an object`];
  const at = path || '(top)';
  if ('$ref' in schema) return topLevel ? [`${at}: the top level cannot be a $ref`] : [];
  const type = schema.type;
  if (typeof type !== 'string' || !(type in ATTRIBUTES)) return [`${at}: missing or unknown type`];
  const errors: string[] = [];
  for (const key of Object.keys(schema)) {
    if (!ATTRIBUTES[type]?.includes(key)) errors.push(`${at}: attribute "${key}" is not allowed on ${type}`);
  }
  for (const key of ['title', 'description', 'id', 'pattern']) {
    if (key in schema && typeof schema[key] !== 'string') errors.push(`${at}: ${key} must be a string`);
  }
  const restrictions = ['enum', 'pattern', 'minimum'].filter(
    (k) => k in schema || (k === 'minimum' && 'maximum' in schema),
  );
  if (restrictions.length > 1) errors.push(`${at}: only one of enum, pattern, minimum/maximum may be used`);
  if ('enum' in schema) {
    const values = schema.enum;
    const ok = type === 'string' ? (v: unknown) => typeof v === 'string' : (v: unknown) => Number.isInteger(v);
    if (!Array.isArray(values) || values.length === 0 || !values.every(ok)) {
      errors.push(`${at}: enum must be a non-empty list of ${type} values`);
    }
  }
  for (const key of ['minimum', 'maximum']) {
    if (key in schema && typeof schema[key] !== 'number') errors.push(`${at}: ${key} must be a number`);
  }
  if (typeof schema.minimum === 'number' && typeof schema.maximum === 'number' && schema.minimum > schema.maximum) {
    errors.push(`${at}: minimum is above maximum`);
  }
  if (type === 'array') {
    if (!('items' in schema)) errors.push(`${at}: an array needs items`);
    else errors.push(...chromeSchemaErrors(schema.items, `${path}[]`, false));
  }
  if (type === 'object') {
    if (topLevel && 'additionalProperties' in schema)
      errors.push(`${at}: the top level cannot have additionalProperties`);
    if (topLevel && 'patternProperties' in schema) errors.push(`${at}: keep patternProperties off the top level`);
    for (const group of ['properties', 'patternProperties'] as const) {
      if (!(group in schema)) continue;
      const props = schema[group];
      if (!isObject(props)) errors.push(`${at}: ${group} must be an object`);
      else
        for (const [name, sub] of Object.entries(props))
          errors.push(...chromeSchemaErrors(sub, path ? `${path}.${name}` : name, false));
    }
    if ('additionalProperties' in schema)
      errors.push(...chromeSchemaErrors(schema.additionalProperties, `${path}.*`, false));
    if ('required' in schema) {
      const required = schema.required;
      const props = isObject(schema.properties) ? schema.properties : {};
      if (!Array.isArray(required) || !required.every((r) => typeof r === 'string' && r in props)) {
        errors.push(`${at}: required must list declared properties`);
      }
    }
  }
  if (topLevel && type !== 'object') errors.push(`${at}: the top level must be an object`);
  return errors;
}

/** Errors of a value against a schema of that subset; unknown object keys are errors (examples should have none). */
export function valueErrors(value: Json | undefined, schema: Schema, path = '(value)'): string[] {
  const type = schema.type;
  const typeOk =
    type === 'integer'
      ? Number.isInteger(value)
      : type === 'number'
        ? typeof value === 'number'
        : type === 'array'
          ? Array.isArray(value)
          : type === 'object'
            ? isObject(value)
            : typeof value === type;
  if (!typeOk) return [`${path}: expected ${String(type)}`];
  const errors: string[] = [];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: not one of the allowed values`);
  if (typeof schema.minimum === 'number' && (value as number) < schema.minimum) errors.push(`${path}: below minimum`);
  if (typeof schema.maximum === 'number' && (value as number) > schema.maximum) errors.push(`${path}: above maximum`);
  if (Array.isArray(value))
    value.forEach((item, i) => errors.push(...valueErrors(item, schema.items as Schema, `${path}[${i}]`)));
  if (isObject(value)) {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const [key, item] of Object.entries(value)) {
      const sub = props[key];
      if (!sub) errors.push(`${path}.${key}: not declared in the schema`);
      else errors.push(...valueErrors(item as Json, sub, `${path}.${key}`));
    }
    for (const key of (schema.required ?? []) as string[]) if (!(key in value)) errors.push(`${path}.${key}: missing`);
  }
  return errors;
}
