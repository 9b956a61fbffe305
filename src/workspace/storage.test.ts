import { describe, expect, it } from 'vitest';
import { storageFailure, WorkspaceStorageError } from './storage';
import { sheetName } from './workbook';

describe('storageFailure', () => {
  it('names quota, private mode and a damaged store from the IndexedDB error names', () => {
    expect(storageFailure(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(storageFailure(new DOMException('no', 'SecurityError'))).toBe('unavailable');
    expect(storageFailure(new DOMException('old', 'VersionError'))).toBe('damaged');
    expect(storageFailure(new DOMException('?', 'UnknownError'))).toBe('damaged');
    expect(storageFailure(new WorkspaceStorageError('unavailable', 'x'))).toBe('unavailable');
    expect(storageFailure(new Error('other'))).toBe('unknown');
  });
});

describe('sheetName', () => {
  it('keeps Excel’s rules: 31 characters, no []:*?/\\, unique', () => {
    const taken = new Set<string>();
    expect(sheetName('整改清单-某局/某处', taken)).toBe('整改清单-某局_某处');
    const long = `整改清单-${'很长的机关名称'.repeat(6)}`;
    const first = sheetName(long, taken);
    const second = sheetName(long, taken);
    expect(first).toHaveLength(31);
    expect(second).toHaveLength(31);
    expect(second.endsWith('(2)')).toBe(true);
  });
});
