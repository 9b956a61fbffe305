/**
 * The committed public/data metadata: manifest.json describes the files as they are,
 * datapackage.json matches the dictionary, and the README's example queries run.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES } from '../dataset/dictionary';
import { type Engine, openNodeEngine } from '../dataset/engines';
import { parseCsv } from '../dataset/readCsv';
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

describe('the sources of the dataset', () => {
  const files = parseCsv(readFileSync('data/reports/manifest.csv', 'utf8'), 'manifest.csv').map((r) => r.file);
  const readme = readFileSync(`${DATA}/README.md`, 'utf8').split('\n');

  it('README.md and datapackage.json list every report of data/reports/manifest.csv', () => {
    expect(files.length).toBeGreaterThanOrEqual(87);
    const titles = json('datapackage.json').sources.map((s: { title: string }) => s.title);
    for (const file of files) {
      expect(
        readme.filter((l) => l.startsWith('- ') && l.includes(` · ${file}`)),
        file,
      ).toHaveLength(1);
      expect(
        titles.filter((t: string) => t.endsWith(` · ${file}`)),
        file,
      ).toHaveLength(1);
    }
  });

  it('links a source page where the manifest has one (莆田 380: the archived city report)', () => {
    const line = readme.find((l) => l.includes(' · 380.txt'));
    expect(line).toMatch(
      /^- \[莆田市人民政府 · 2019 · 380\.txt\]\(https:\/\/github\.com\/changwu\/putian-policy-opening-html\/blob\/358db25e/,
    );
  });
});
