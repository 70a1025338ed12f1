import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { NoSchemaProposedError, acceptSchema } from './accept-schema.ts';
import { serviceLayout } from './service/layout.ts';
import { makeServiceDir, removeServiceDirs } from './testing/fixtures.ts';

afterAll(removeServiceDirs);

describe('acceptSchema', () => {
  it('promotes the proposed schema and keeps the previous one', async () => {
    const dir = await makeServiceDir({ 'schema.json': { type: 'object' } });
    const layout = serviceLayout(dir);
    const proposed = '{"type": "object", "required": ["a"]}\n';
    await mkdir(layout.internal, { recursive: true });
    await writeFile(layout.proposedSchema, proposed);
    const result = await acceptSchema(dir);
    expect(result.schemaPath).toBe(layout.schema);
    expect(await readFile(layout.schema, 'utf8')).toBe(proposed);
    expect(JSON.parse(await readFile(result.previousPath ?? '', 'utf8'))).toEqual({ type: 'object' });
    expect(existsSync(layout.proposedSchema)).toBe(false);
  });

  it('refuses when nothing is proposed, and an invalid proposal, changing nothing', async () => {
    const dir = await makeServiceDir({ 'schema.json': { type: 'object' } });
    const layout = serviceLayout(dir);
    await expect(acceptSchema(dir)).rejects.toBeInstanceOf(NoSchemaProposedError);
    await mkdir(layout.internal, { recursive: true });
    await writeFile(layout.proposedSchema, '{"type": "no-such-type"}');
    await expect(acceptSchema(dir)).rejects.toThrow();
    expect(JSON.parse(await readFile(layout.schema, 'utf8'))).toEqual({ type: 'object' });
  });
});
