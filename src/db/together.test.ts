import { describe, expect, it } from 'vitest';
import { together } from './together';

/** A promise settled by hand, and whether it has. */
function later<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settledSoon = async (p: Promise<unknown>) => {
  let settled = false;
  p.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let i = 0; i < 20; i++) await Promise.resolve();
  return settled;
};

describe('together', () => {
  it('resolves the reads of one task only when all of them have answered, each with its own result', async () => {
    const a = later<string>();
    const b = later<number>();
    const ra = together(a.promise);
    const rb = together(b.promise);
    a.resolve('a');
    expect(await settledSoon(ra)).toBe(false);
    b.resolve(2);
    expect(await ra).toBe('a');
    expect(await rb).toBe(2);
  });

  it('gives a failed read its own error without failing the others', async () => {
    const a = later<string>();
    const b = later<string>();
    const ra = together(a.promise);
    const rb = together(b.promise);
    b.reject(new Error('no such table'));
    expect(await settledSoon(rb)).toBe(false);
    a.resolve('a');
    await expect(rb).rejects.toThrow('no such table');
    expect(await ra).toBe('a');
  });

  it('answers a read of a later task without waiting for an earlier batch', async () => {
    const slow = later<string>();
    const first = together(slow.promise);
    await new Promise((r) => setTimeout(r, 5));
    expect(await together(Promise.resolve('later'))).toBe('later');
    slow.resolve('slow');
    expect(await first).toBe('slow');
  });
});
