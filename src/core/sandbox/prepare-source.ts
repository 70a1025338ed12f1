import { stripTypeScriptTypes } from 'node:module';
import { SandboxCompileError } from './errors.ts';
import { SourceMapLookup } from './source-map.ts';

/** JavaScript ready for the guest, and how to map its positions back to the submitted source. */
export interface PreparedSource {
  code: string;
  /** How types were removed: not at all (JS), blanked in place, or compiled by TypeScript. */
  method: 'none' | 'strip' | 'transpile';
  /** Maps a 1-based position in `code` to the submitted source (identity unless transpiled). */
  toSource(line: number, column: number): { line: number; column: number };
}

const identity = (line: number, column: number) => ({ line, column });

/**
 * Removes TypeScript from `source`. Type stripping blanks types with spaces, so positions stay
 * exact; only code with non-erasable syntax (enums, namespaces, parameter properties) falls
 * back to TypeScript's `transpileModule`, whose source map takes positions back.
 *
 * @throws SandboxCompileError when TypeScript reports a syntax error (with its position).
 */
export async function prepareSource(source: string, filename: string): Promise<PreparedSource> {
  if (/\.(m|c)?js$/i.test(filename)) return { code: source, method: 'none', toSource: identity };
  try {
    return { code: stripQuietly(source), method: 'strip', toSource: identity };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX' && code !== 'ERR_INVALID_TYPESCRIPT_SYNTAX') throw error;
    return transpile(source, filename, error);
  }
}

/** Node warns that stripTypeScriptTypes is experimental on first use; that is noise for users. */
function stripQuietly(source: string): string {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === 'string' ? warning : warning.message;
    if (text.includes('stripTypeScriptTypes')) return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return stripTypeScriptTypes(source, { mode: 'strip' });
  } finally {
    process.emitWarning = emitWarning;
  }
}

async function transpile(source: string, filename: string, stripError: unknown): Promise<PreparedSource> {
  const { default: ts } = await import('typescript');
  const output = ts.transpileModule(source, {
    fileName: filename,
    reportDiagnostics: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      sourceMap: true,
      inlineSources: false,
    },
  });
  const syntaxError = output.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (syntaxError) {
    const message = ts.flattenDiagnosticMessageText(syntaxError.messageText, '\n');
    const position =
      syntaxError.file && syntaxError.start !== undefined
        ? syntaxError.file.getLineAndCharacterOfPosition(syntaxError.start)
        : undefined;
    throw new SandboxCompileError(`SyntaxError: ${message}`, {
      filename,
      ...(position ? { line: position.line + 1, column: position.character + 1 } : {}),
      cause: stripError,
    });
  }
  const map = output.sourceMapText ? (JSON.parse(output.sourceMapText) as { mappings?: unknown }) : undefined;
  const lookup = typeof map?.mappings === 'string' ? new SourceMapLookup(map.mappings) : undefined;
  const code = output.outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  return {
    code,
    method: 'transpile',
    toSource: (line, column) => lookup?.original(line, column) ?? { line, column },
  };
}
