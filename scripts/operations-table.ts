/**
 * Writes README.md's table of resources and operations from the catalog. Run after changing a
 * resource: `npm run docs:operations`. `test/docs/operations.test.ts` checks the table against the
 * node.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { catalog } from '../nodes/Twilio/products';
import { operationsTable, TABLE_END, TABLE_START } from './operationsTable';

const README = path.join(__dirname, '..', '..', 'README.md');
const readme = readFileSync(README, 'utf8');
const start = readme.indexOf(TABLE_START);
const end = readme.indexOf(TABLE_END);
if (start < 0 || end < start)
	throw new Error(`README.md has no ${TABLE_START} … ${TABLE_END} block`);
const resources = catalog();
writeFileSync(
	README,
	`${readme.slice(0, start + TABLE_START.length)}\n${operationsTable()}\n${readme.slice(end)}`,
);
const operations = resources.reduce((count, resource) => count + resource.operations.length, 0);
console.log(`Wrote ${resources.length} resources, ${operations} operations to README.md`);
