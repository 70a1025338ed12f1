/**
 * Type-checks a generated transform module the way the transform service will see it: with
 * `type Input = …; type Output = …;` prepended, under `strict` and `noUncheckedIndexedAccess`.
 */
import ts from 'typescript';

/** A TypeScript type describing every JSON value given (a union where they differ). */
export function inferType(values: unknown[]): string {
  const present = values.filter((v) => v !== undefined);
  const parts = new Set<string>();
  const objects = present.filter(
    (v): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v),
  );
  const arrays = present.filter(Array.isArray);
  for (const v of present) {
    if (v === null) parts.add('null');
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') parts.add(typeof v);
  }
  if (arrays.length > 0) {
    const items = arrays.flat();
    parts.add(items.length === 0 ? 'never[]' : `(${inferType(items)})[]`);
  }
  if (objects.length > 0) {
    const keys: string[] = [];
    for (const o of objects) for (const k of Object.keys(o)) if (!keys.includes(k)) keys.push(k);
    const fields = keys.map((k) => {
      const optional = objects.some((o) => !(k in o));
      return `${JSON.stringify(k)}${optional ? '?' : ''}: ${inferType(objects.map((o) => o[k]))}`;
    });
    parts.add(`{ ${fields.join('; ')} }`);
  }
  return parts.size === 0 ? 'unknown' : [...parts].join(' | ');
}

/** Compiler diagnostics per module (as text); a module that type-checks maps to an empty list. */
export function typeCheck(modules: string[]): string[][] {
  const files = new Map(modules.map((text, i) => [`/virtual/transform${i}.ts`, text]));
  const options: ts.CompilerOptions = {
    strict: true,
    noUncheckedIndexedAccess: true,
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.ESNext,
    lib: ['lib.es2023.d.ts'],
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  host.fileExists = (name) => files.has(name) || ts.sys.fileExists(name);
  host.getSourceFile = (name, version, onError, create) => {
    const text = files.get(name);
    return text === undefined
      ? getSourceFile(name, version, onError, create)
      : ts.createSourceFile(name, text, version, true);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return [...files.keys()].map((name) =>
    ts
      .getPreEmitDiagnostics(program, program.getSourceFile(name))
      .map((d) => `${d.start ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`),
  );
}

/** Prepends `type Input`/`type Output` inferred from the examples, as the transform service does. */
export function withDeclaredTypes(code: string, inputs: unknown[], outputs: unknown[], extra = ''): string {
  return `type Input = ${inferType(inputs)};\ntype Output = ${inferType(outputs)};\n${extra}\n${code}`;
}
