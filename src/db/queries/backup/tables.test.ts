import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../../schema/index.ts';
import { backupTableNames, notBackedUp } from './tables.ts';

describe('backup coverage', () => {
  it('backs up every table of the schema, or says why not', () => {
    const all = Object.values(schema).filter((x) => is(x, PgTable)).map((t) => getTableName(t as PgTable)).sort();
    const covered = [...backupTableNames, ...Object.keys(notBackedUp)].sort();
    assert.deepEqual(covered, all);
  });
});
