/** The live schema and function names, reloaded after the user adds or changes a table. */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { query } from '../../db/client';
import { useDataGeneration, useDataset } from '../../db/hooks';
import { buildSchema, FUNCTIONS_SQL, SCHEMA_SQL, type SchemaRow, type SchemaTable } from './schema';

export interface LiveSchema {
  tables: SchemaTable[];
  functions: string[];
  /** Call after something may have created, dropped or altered a table. */
  refresh: () => void;
}

export function useSchema(): LiveSchema {
  const status = useDataset();
  const version = status.phase === 'ready' ? status.version : null;
  const dataGeneration = useDataGeneration();
  const [generation, setGeneration] = useState(0);
  const schema = useQuery({
    queryKey: ['sql', version, dataGeneration, 'sql.schema', generation],
    queryFn: ({ signal }) => query<SchemaRow>(SCHEMA_SQL, [], { signal }),
    enabled: version !== null,
    staleTime: Infinity,
    retry: false,
    networkMode: 'always',
  });
  const functions = useQuery({
    queryKey: ['sql', version, 'sql.functions'],
    queryFn: ({ signal }) => query<{ function_name: string }>(FUNCTIONS_SQL, [], { signal }),
    enabled: version !== null,
    staleTime: Infinity,
    retry: false,
    networkMode: 'always',
  });
  const tables = useMemo(() => buildSchema(schema.data?.rows ?? []), [schema.data]);
  const names = useMemo(() => (functions.data?.rows ?? []).map((r) => r.function_name), [functions.data]);
  return { tables, functions: names, refresh: () => setGeneration((g) => g + 1) };
}
