import type ts from 'typescript';
import { typescript } from '../typescript.ts';

/** A compiler diagnostic, positioned in the checked source (1-based). */
export interface TypeDiagnostic {
  message: string;
  line: number;
  column: number;
  code: number;
}

/** Built on first use: the enum values live in the lazily loaded compiler. */
function compilerOptions(tsc: typeof ts): ts.CompilerOptions {
  return {
    strict: true,
    target: tsc.ScriptTarget.ES2022,
    module: tsc.ModuleKind.ESNext,
    moduleResolution: tsc.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts'],
    noEmit: true,
    types: [],
    skipLibCheck: true,
    allowImportingTsExtensions: true,
    isolatedModules: true,
    noFallthroughCasesInSwitch: true,
  };
}

const FILE_NAME = '/codify-virtual/transform.ts';

// Parsing the standard library is most of the cost of a check: parse each lib file once per process.
const libCache = new Map<string, ts.SourceFile | undefined>();

/**
 * Type-checks one TypeScript module in memory with the strict compiler settings codify uses for
 * generated transforms. No file is written; only the standard library is read from disk. The module
 * may not import anything: a transform is a pure function of its input.
 */
export function typecheckModule(source: string): TypeDiagnostic[] {
  const tsc = typescript();
  const options = compilerOptions(tsc);
  const defaultHost = tsc.createCompilerHost(options, true);
  const sourceFile = tsc.createSourceFile(FILE_NAME, source, tsc.ScriptTarget.ES2022, true);
  const host: ts.CompilerHost = {
    ...defaultHost,
    getSourceFile(fileName, languageVersion, onError) {
      if (fileName === FILE_NAME) return sourceFile;
      if (!libCache.has(fileName)) {
        libCache.set(fileName, defaultHost.getSourceFile(fileName, languageVersion, onError));
      }
      return libCache.get(fileName);
    },
    fileExists: (fileName) => fileName === FILE_NAME || defaultHost.fileExists(fileName),
    readFile: (fileName) => (fileName === FILE_NAME ? source : defaultHost.readFile(fileName)),
    writeFile: () => {},
  };
  const program = tsc.createProgram({ rootNames: [FILE_NAME], options, host });
  const diagnostics = [
    ...program.getSyntacticDiagnostics(sourceFile),
    ...program.getSemanticDiagnostics(sourceFile),
  ];
  const found: TypeDiagnostic[] = diagnostics.map((diagnostic) => {
    const position =
      diagnostic.file && diagnostic.start !== undefined
        ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
        : { line: 0, character: 0 };
    return {
      message: tsc.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
      line: position.line + 1,
      column: position.character + 1,
      code: diagnostic.code,
    };
  });
  found.push(...findImports(sourceFile));
  return found;
}

function findImports(sourceFile: ts.SourceFile): TypeDiagnostic[] {
  const tsc = typescript();
  const found: TypeDiagnostic[] = [];
  for (const statement of sourceFile.statements) {
    if (tsc.isImportDeclaration(statement) || tsc.isImportEqualsDeclaration(statement)) {
      const position = sourceFile.getLineAndCharacterOfPosition(statement.getStart());
      found.push({
        message: 'A transform may not import modules: it must be a self-contained pure function.',
        line: position.line + 1,
        column: position.character + 1,
        code: 0,
      });
    }
  }
  return found;
}

/**
 * Removes top-level declarations of the given type names (a model sometimes re-declares `Input`
 * or `Output`; codify owns those, derived from the examples and schema).
 */
export function removeTypeDeclarations(source: string, names: readonly string[]): string {
  const tsc = typescript();
  const sourceFile = tsc.createSourceFile('candidate.ts', source, tsc.ScriptTarget.ES2022, true);
  const ranges: [number, number][] = [];
  for (const statement of sourceFile.statements) {
    if (
      (tsc.isTypeAliasDeclaration(statement) || tsc.isInterfaceDeclaration(statement)) &&
      names.includes(statement.name.text)
    ) {
      ranges.push([statement.getFullStart(), statement.getEnd()]);
    }
  }
  let result = source;
  for (const [start, end] of ranges.reverse()) result = result.slice(0, start) + result.slice(end);
  return result.replace(/^\s*\n/, '');
}

/** Whether the module has `export default function` (or `export default` of some value). */
export function hasDefaultExport(source: string): boolean {
  const tsc = typescript();
  const sourceFile = tsc.createSourceFile('candidate.ts', source, tsc.ScriptTarget.ES2022, false);
  return sourceFile.statements.some(
    (statement) =>
      tsc.isExportAssignment(statement) ||
      (tsc.isFunctionDeclaration(statement) &&
        (tsc.getCombinedModifierFlags(statement) & tsc.ModifierFlags.ExportDefault) ===
          tsc.ModifierFlags.ExportDefault),
  );
}
