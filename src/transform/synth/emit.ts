/** Prints a learned program as a readable TypeScript module (default export `transform`). */
import { key } from './expr.ts';
import { helperSources, withDependencies } from './helper-source.ts';
import type { Node } from './structure.ts';

/** TypeScript for one node, read from the variable `root`. */
export function nodeCode(node: Node, root: string, indent: string): string {
  switch (node.kind) {
    case 'leaf':
      return node.expr.code(root);
    case 'unsolved':
      return 'null';
    case 'tuple':
      return `[${node.items.map((item) => nodeCode(item, root, indent)).join(', ')}]`;
    case 'object': {
      if (node.fields.length === 0) return '{}';
      const inner = indent + '  ';
      const lines = node.fields.map((f) => `${inner}${key(f.name)}: ${nodeCode(f.node, root, inner)},`);
      return `{\n${lines.join('\n')}\n${indent}}`;
    }
    case 'map': {
      const v = node.variable;
      const filter = node.filter ? `.filter((${v}) => ${node.filter.code(v)})` : '';
      const body = nodeCode(node.body, v, indent);
      // Copying split text element by element changes nothing, so the map is left out.
      if (node.array.strings && (body === v || body === `text(${v})`))
        return `${node.array.code(root)}${filter}`;
      const wrapped = node.body.kind === 'object' ? `(${body})` : body;
      return `${node.array.code(root)}${filter}.map((${v}) => ${wrapped})`;
    }
  }
}

/** Helper names a node's code calls. */
export function nodeHelpers(node: Node): string[] {
  switch (node.kind) {
    case 'leaf':
      return node.expr.helpers;
    case 'unsolved':
      return [];
    case 'tuple':
      return node.items.flatMap(nodeHelpers);
    case 'object':
      return node.fields.flatMap((f) => nodeHelpers(f.node));
    case 'map':
      return [...node.array.helpers, ...(node.filter?.helpers ?? []), ...nodeHelpers(node.body)];
  }
}

/**
 * The whole module. With `delegate`, the returned object first spreads `delegate(input)` (a function
 * the caller appends) and then the learned fields, so learned fields win.
 */
export function emitModule(node: Node, delegate?: string): string {
  let body: string;
  if (delegate && node.kind === 'object') {
    const inner = '    ';
    const lines = node.fields.map((f) => `${inner}${key(f.name)}: ${nodeCode(f.node, 'input', inner)},`);
    body = [
      `  // Fields the synthesizer could not learn come from ${delegate}().`,
      `  return {`,
      `${inner}...${delegate}(input),`,
      ...lines,
      `  } as Output;`,
    ].join('\n');
  } else {
    body = `  return ${nodeCode(node, 'input', '  ')};`;
  }
  const sources = helperSources();
  const helpers = withDependencies(nodeHelpers(node)).map((name) => sources.get(name)?.source ?? '');
  const main = `export default function transform(input: Input): Output {\n${body}\n}\n`;
  return helpers.length > 0 ? `${main}\n${helpers.join('\n\n')}\n` : main;
}
