import { describe, expect, it } from 'vitest';
import { removeTypeDeclarations } from '../check/typecheck.ts';
import { extractCode } from './extract-code.ts';

const MODULE = 'export default function transform(input: Input): Output {\n  return { a: 1 };\n}';

describe('extractCode', () => {
  it('accepts structured output {code}, JSON text and fenced blocks', () => {
    expect(extractCode('', { code: MODULE })).toBe(`${MODULE}\n`);
    expect(extractCode(JSON.stringify({ code: MODULE }))).toBe(`${MODULE}\n`);
    expect(extractCode(`Sure!\n\n\`\`\`typescript\n${MODULE}\n\`\`\`\nThis handles it.`)).toBe(`${MODULE}\n`);
  });

  it('prefers the fenced block with the default export over other blocks', () => {
    const text = `Types:\n\`\`\`ts\ntype X = string;\n\`\`\`\nModule:\n\`\`\`ts\n${MODULE}\n\`\`\`\nUsage:\n\`\`\`json\n{"a": 1}\n\`\`\``;
    expect(extractCode(text)).toBe(`${MODULE}\n`);
  });

  it('takes an unterminated fence (a truncated answer) and bare code, and gives up on prose', () => {
    expect(extractCode(`\`\`\`ts\n${MODULE}\n`)).toBe(`${MODULE}\n`);
    expect(extractCode(MODULE)).toBe(`${MODULE}\n`);
    expect(extractCode('I am sorry, I cannot help with that.')).toBeNull();
  });
});

describe('removeTypeDeclarations', () => {
  it('drops a re-declared Input/Output but keeps other types', () => {
    const code = `interface Input { a: string }\nexport type Output = { b: number };\ntype Helper = string;\n${MODULE}\n`;
    const cleaned = removeTypeDeclarations(code, ['Input', 'Output']);
    expect(cleaned).not.toMatch(/interface Input|type Output/);
    expect(cleaned).toContain('type Helper = string;');
    expect(cleaned).toContain('export default function transform');
  });
});
