/**
 * The committed public/data metadata: manifest.json describes the files as they are,
 * datapackage.json matches the dictionary, and the README's example queries run.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES } from '../dataset/dictionary';
import { type Engine, openNodeEngine } from '../dataset/engines';
import { EXAMPLE_QUERIES } from './dataReadme';
import type { DatasetManifest } from './datasetManifest';

const DATA = 'public/data';
const json = (name: string) => JSON.parse(readFileSync(`${DATA}/${name}`, 'utf8'));
const manifest = json('manifest.json') as DatasetManifest;

describe('manifest.json', () => {
  it('lists every table file with its real size and hash', () => {
    expect(manifest.files.map((f) => [f.name, f.table])).toEqual(TABLES.map((t) => [t.file, t.name]));
    for (const f of manifest.files) {
      const bytes = readFileSync(`${DATA}/${f.name}`);
      expect(f.bytes, f.name).toBe(statSync(`${DATA}/${f.name}`).size);
      expect(f.sha256, f.name).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(manifest.version).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('datapackage.json', () => {
  const pkg = json('datapackage.json');

  it('has one resource per table with the dictionary fields, CC BY 4.0 and a source per report', () => {
    expect(pkg.version).toBe(manifest.version);
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
    expect(pkg.sources.length).toBe(manifest.files.find((f) => f.table === 'reports')!.rows);
    for (const spec of TABLES) {
      const resource = pkg.resources.find((r: { name: string }) => r.name === spec.name);
      expect(resource.path).toBe(spec.file);
      expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(spec.columns.map((c) => c.name));
      for (const field of resource.schema.fields) {
        expect(field.description, `${spec.name}.${field.name}`).toBeTruthy();
        expect(field.description_zh, `${spec.name}.${field.name}`).toBeTruthy();
      }
    }
  });
});

describe('README example queries', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await openNodeEngine(DATA);
  });
  afterAll(() => engine?.close());

  it.each(EXAMPLE_QUERIES.map((q) => [q.comment.split('\n')[0], q.sql]))('%s', async (_, sql) => {
    expect((await engine.query(sql)).length).toBeGreaterThan(0);
  });

  it('is the README that ships', () => {
    const readme = readFileSync(`${DATA}/README.md`, 'utf8');
    for (const q of EXAMPLE_QUERIES) expect(readme).toContain(q.sql);
  });
});
