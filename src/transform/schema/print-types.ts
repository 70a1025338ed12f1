import { isPlainObject } from './json-schema.ts';
import type { JsonSchema } from './json-schema.ts';

/** Options of the JSON Schema → TypeScript printer. */
export interface PrintTypeOptions {
  /** Prefix for the names of `$defs` aliases, so Input and Output definitions never collide. */
  definitionPrefix?: string;
}

/**
 * Prints `export type <name> = …` for a JSON Schema, plus one alias per `$defs` entry. Covers the
 * keywords that decide a shape (type, properties, required, additionalProperties, items,
 * prefixItems, enum, const, anyOf, oneOf, allOf, $ref to local definitions); descriptions and
 * formats become TSDoc so a reader sees them beside the field.
 */
export function printTypeDeclaration(name: string, schema: unknown, options: PrintTypeOptions = {}): string {
  const prefix = options.definitionPrefix ?? name;
  const printer = new TypePrinter(prefix);
  const out: string[] = [];
  const doc = docComment(schema, '');
  out.push(`${doc}export type ${name} = ${printer.print(schema, '')};`);
  const defs = isPlainObject(schema) ? (schema['$defs'] ?? schema['definitions']) : undefined;
  if (isPlainObject(defs)) {
    for (const [defName, defSchema] of Object.entries(defs)) {
      out.push(
        `${docComment(defSchema, '')}type ${printer.aliasName(defName)} = ${printer.print(defSchema, '')};`,
      );
    }
  }
  return out.join('\n\n');
}

class TypePrinter {
  private readonly prefix: string;

  constructor(prefix: string) {
    this.prefix = prefix;
  }

  aliasName(definition: string): string {
    const cleaned = definition.replace(/[^A-Za-z0-9_$]/g, '_');
    return `${this.prefix}_${/^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned}`;
  }

  print(schema: unknown, indent: string): string {
    if (schema === true || schema === undefined) return 'unknown';
    if (schema === false) return 'never';
    if (!isPlainObject(schema)) return 'unknown';

    if (typeof schema['$ref'] === 'string') {
      const match = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(schema['$ref']);
      return match?.[1] ? this.aliasName(decodeURIComponent(match[1])) : 'unknown';
    }
    if ('const' in schema) return literal(schema['const']);
    if (Array.isArray(schema['enum'])) {
      return schema['enum'].length === 0 ? 'never' : union(schema['enum'].map(literal));
    }
    const combinators: string[] = [];
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      const branches = schema[keyword];
      if (Array.isArray(branches) && branches.length > 0) {
        combinators.push(union(branches.map((branch) => this.print(branch, indent))));
      }
    }
    const allOf = schema['allOf'];
    if (Array.isArray(allOf) && allOf.length > 0) {
      combinators.push(allOf.map((branch) => wrap(this.print(branch, indent))).join(' & '));
    }
    const own = this.printOwnType(schema, indent);
    if (combinators.length === 0) return own ?? 'unknown';
    const parts = own === null ? combinators : [own, ...combinators];
    return parts.length === 1 ? (parts[0] ?? 'unknown') : parts.map(wrap).join(' & ');
  }

  /** The type from `type` and its companions, or null when the schema says nothing about it. */
  private printOwnType(schema: JsonSchema, indent: string): string | null {
    let types: string[];
    const declared = schema['type'];
    if (typeof declared === 'string') types = [declared];
    else if (Array.isArray(declared)) types = declared.filter((t): t is string => typeof t === 'string');
    else if ('properties' in schema || 'additionalProperties' in schema || 'required' in schema)
      types = ['object'];
    else if ('items' in schema || 'prefixItems' in schema) types = ['array'];
    else return null;
    const printed = types.map((type) => {
      switch (type) {
        case 'string':
          return 'string';
        case 'integer':
        case 'number':
          return 'number';
        case 'boolean':
          return 'boolean';
        case 'null':
          return 'null';
        case 'array':
          return this.printArray(schema, indent);
        case 'object':
          return this.printObject(schema, indent);
        default:
          return 'unknown';
      }
    });
    return union([...new Set(printed)]);
  }

  private printArray(schema: JsonSchema, indent: string): string {
    const prefixItems = schema['prefixItems'];
    if (Array.isArray(prefixItems)) {
      const items = prefixItems.map((item) => this.print(item, indent));
      if (schema['items'] !== false) items.push(`...${wrap(this.print(schema['items'], indent))}[]`);
      return `[${items.join(', ')}]`;
    }
    return `${wrap(this.print(schema['items'], indent))}[]`;
  }

  private printObject(schema: JsonSchema, indent: string): string {
    const properties = isPlainObject(schema['properties']) ? schema['properties'] : {};
    const required = new Set(
      Array.isArray(schema['required']) ? schema['required'].filter((k) => typeof k === 'string') : [],
    );
    const inner = `${indent}  `;
    const lines: string[] = [];
    for (const [key, propertySchema] of Object.entries(properties)) {
      const optional = required.has(key) ? '' : '?';
      lines.push(
        `${docComment(propertySchema, inner)}${inner}${propertyKey(key)}${optional}: ${this.print(propertySchema, inner)};`,
      );
    }
    for (const key of required) {
      if (!(key in properties)) lines.push(`${inner}${propertyKey(key)}: unknown;`);
    }
    const additional = schema['additionalProperties'];
    if (additional !== false) {
      // Declared properties must fit the index signature, so it is `unknown` unless there are none.
      const valueType =
        Object.keys(properties).length === 0 && isPlainObject(additional)
          ? this.print(additional, inner)
          : 'unknown';
      lines.push(`${inner}[key: string]: ${valueType};`);
    }
    if (lines.length === 0) return 'Record<string, never>';
    return `{\n${lines.join('\n')}\n${indent}}`;
  }
}

function docComment(schema: unknown, indent: string): string {
  if (!isPlainObject(schema)) return '';
  const notes: string[] = [];
  if (typeof schema['description'] === 'string') notes.push(schema['description'].replace(/\*\//g, '*\\/'));
  if (typeof schema['format'] === 'string') notes.push(`format: ${schema['format']}`);
  if (typeof schema['pattern'] === 'string')
    notes.push(`pattern: ${schema['pattern'].replace(/\*\//g, '*\\/')}`);
  if (notes.length === 0) return '';
  return `${indent}/** ${notes.join('; ').replace(/\n/g, ' ')} */\n`;
}

function propertyKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
}

function literal(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return JSON.stringify(value);
  }
  return 'unknown';
}

function union(parts: string[]): string {
  const unique = [...new Set(parts)];
  if (unique.includes('unknown')) return 'unknown';
  return unique.length === 0 ? 'never' : unique.join(' | ');
}

/** Parenthesises unions and intersections where they sit inside `T[]` or `A & B`. */
function wrap(type: string): string {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < type.length; i++) {
    const ch = type[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"') quote = ch;
    else if (ch === '{' || ch === '[' || ch === '(' || ch === '<') depth++;
    else if (ch === '}' || ch === ']' || ch === ')' || ch === '>') depth--;
    else if (depth === 0 && (ch === '|' || ch === '&')) return `(${type})`;
  }
  return type;
}
