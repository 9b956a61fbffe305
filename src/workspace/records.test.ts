import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../report/types';
import {
  applyReplace,
  contentHash,
  isCounted,
  isRecord,
  replacedIds,
  type WorkspaceRecord,
  workspaceReportId,
} from './records';

const parsed = (agency: string | null): ParseResult => ({
  report: { source: 'x', layout: '2021', agency, year: 2024, published: null, cells: {}, findings: [] },
  details: { rawText: {}, indexNo: null, title: null, format: 'text', encoding: 'utf-8' },
});

const record = (id: string, over: Partial<WorkspaceRecord> = {}): WorkspaceRecord => ({
  id,
  name: `${id}.txt`,
  size: 1,
  addedAt: '2026-12-06T00:00:00Z',
  parserVersion: '1',
  parsed: parsed('某局'),
  agencyId: 'a',
  agencyName: null,
  choice: 'counted',
  conflicts: [],
  ...over,
});

describe('contentHash', () => {
  it('is the SHA-256 of the bytes, text as UTF-8 (the dataset’s reports.sha256)', async () => {
    const text = '莆田市林业局 2024';
    const expected = createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
    expect(await contentHash(text)).toBe(expected);
    expect(await contentHash(new TextEncoder().encode(text))).toBe(expected);
  });
});

describe('workspaceReportId', () => {
  it('is local-, the file stem and the hash prefix', () => {
    expect(workspaceReportId({ id: 'abcdef0123456789', name: '莆田 林业局.2024.pdf' })).toBe(
      'local-莆田_林业局.2024-abcdef01',
    );
  });
});

describe('isCounted', () => {
  it('counts decided, named reports only', () => {
    expect(isCounted(record('a'))).toBe(true);
    expect(isCounted(record('a', { choice: 'replace' }))).toBe(true);
    expect(isCounted(record('a', { choice: 'pending' }))).toBe(false);
    expect(isCounted(record('a', { choice: 'second' }))).toBe(false);
    expect(isCounted(record('a', { parsed: parsed(null) }))).toBe(false);
    expect(isCounted(record('a', { parsed: parsed(null), agencyName: '用户填写的局' }))).toBe(true);
  });
});

describe('applyReplace', () => {
  it('makes the chosen report count and its kept rivals second versions: one per agency-year', () => {
    const older = record('old');
    const chosen = record('new', { choice: 'pending', conflicts: ['ds-1', 'ws:old'] });
    const other = record('other');
    const next = applyReplace([older, chosen, other], chosen);
    expect(next.map((r) => r.choice)).toEqual(['second', 'replace', 'counted']);
    expect(next.filter(isCounted).map((r) => r.id)).toEqual(['new', 'other']);
    expect(replacedIds(next)).toEqual(['ds-1']);
  });
  it('hides nothing while the replacing report is not counted', () => {
    expect(replacedIds([record('x', { choice: 'replace', conflicts: ['ds-1'], parsed: parsed(null) })])).toEqual([]);
  });
});

describe('isRecord', () => {
  it('accepts a stored record and refuses damaged entries', () => {
    expect(isRecord(record('a'))).toBe(true);
    expect(isRecord(null)).toBe(false);
    expect(isRecord({ id: 'a' })).toBe(false);
    expect(isRecord({ ...record('a'), choice: 'maybe' })).toBe(false);
  });
});
