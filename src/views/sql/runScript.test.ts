import { describe, expect, it } from 'vitest';
import { type RunQuery, runScript, ScriptError } from './runScript';

const ok = (name: string) => ({ columns: [{ name, type: 'INTEGER' }], rows: [{ [name]: 1 }] });

describe('runScript', () => {
  it('runs every statement and returns the last result', async () => {
    const ran: string[] = [];
    const run: RunQuery = async (sql) => {
      ran.push(sql.trim());
      return ok(sql.trim().split(' ').pop()!);
    };
    const outcome = await runScript('select a; select b', 0, run);
    expect(ran).toEqual(['select a', 'select b']);
    expect(outcome.result.columns[0].name).toBe('b');
    expect(outcome.statements).toBe(2);
    expect(outcome.schemaChanged).toBe(false);
  });

  it('notices statements that change the schema', async () => {
    const run: RunQuery = async () => ok('x');
    expect((await runScript('-- note\ncreate table t as select 1', 0, run)).schemaChanged).toBe(true);
    expect((await runScript('/* x */ with a as (select 1) select * from a', 0, run)).schemaChanged).toBe(false);
  });

  it('says so when a statement failed after one that changed a table (the change is there)', async () => {
    const run: RunQuery = async (sql) => {
      if (sql.includes('nosuch')) throw new Error('Catalog Error: Table with name nosuch does not exist!');
      return ok('x');
    };
    const afterDelete = await runScript('delete from cells; select * from nosuch', 0, run).catch((e: unknown) => e);
    expect((afterDelete as ScriptError).schemaChanged).toBe(true);
    const readOnly = await runScript('select 1; select * from nosuch', 0, run).catch((e: unknown) => e);
    expect((readOnly as ScriptError).schemaChanged).toBe(false);
  });

  it('places an error of a later statement in the editor text', async () => {
    const doc = 'select 1;\nselect yeer\nfrom reports';
    const run: RunQuery = async (sql) => {
      if (sql.includes('yeer')) {
        throw new Error('Binder Error: Referenced column "yeer" not found\n\nLINE 2: select yeer\n               ^');
      }
      return ok('x');
    };
    const error = await runScript(doc, 0, run).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScriptError);
    expect((error as ScriptError).offset).toBe(doc.indexOf('yeer'));
    // The same script run as a selection that starts later in the editor.
    const shifted = await runScript(doc, 100, run).catch((e: unknown) => e);
    expect((shifted as ScriptError).offset).toBe(100 + doc.indexOf('yeer'));
  });

  it('passes a cancellation through untouched', async () => {
    const controller = new AbortController();
    const abort = new DOMException('cancelled', 'AbortError');
    const run: RunQuery = async () => {
      controller.abort(abort);
      throw abort;
    };
    await expect(runScript('select 1', 0, run, controller.signal)).rejects.toBe(abort);
  });

  it('rejects an empty script', async () => {
    await expect(runScript(' -- nothing ', 0, async () => ok('x'))).rejects.toThrow('empty');
  });
});
