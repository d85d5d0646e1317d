/**
 * Writes README.md's "Migrating from the Mule connector" table from the catalog: one row per Mule
 * operation, each attribute with the n8n parameter that holds it. Run after changing an operation:
 * `npm run docs:migration`. The coverage test checks the table against the built node.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { operationOption } from '../nodes/Twilio/editor/description';
import type { OperationDefinition, ResourceDefinition } from '../nodes/Twilio/engine/types';
import { findOperation, catalog } from '../nodes/Twilio/products';
import { MULE_REPLACEMENTS } from './muleMigration';

const resources = catalog();

interface MuleOperation {
	slug: string;
	attributes: Array<{ name: string }>;
}

const root = path.join(__dirname, '..', '..');
const README = path.join(root, 'README.md');
const START = '<!-- migration-table:start -->';
const END = '<!-- migration-table:end -->';

/** Where an operation keeps the parameter: its top-level name, or `collection.name`. */
function parameterPath(operation: OperationDefinition, name: string): string | undefined {
	if (operation.fields?.some((field) => field.property.name === name)) return name;
	const optional = operation.optionalFields;
	if (optional?.fields.some((field) => field.property.name === name))
		return `${optional.collection}.${name}`;
	if ((operation.options ?? []).some((field) => field.property.name === name))
		return `options.${name}`;
	return undefined;
}

function row(mule: MuleOperation): string {
	const replacement = MULE_REPLACEMENTS[mule.slug];
	const operation = replacement && findOperation(replacement.resource, replacement.operation);
	if (!operation) throw new Error(`No operation replaces twilio:${mule.slug}`);
	const resource: ResourceDefinition = resources.find(
		(candidate) => candidate.value === replacement.resource,
	)!;
	const attributes = mule.attributes.map(({ name }) => {
		const target = parameterPath(operation, replacement.attributes?.[name] ?? name);
		if (!target) throw new Error(`twilio:${mule.slug} attribute ${name} has no parameter`);
		return `\`${name}\` → \`${target}\``;
	});
	return `| \`twilio:${mule.slug}\` | ${resource.name} (\`${resource.value}\`) | ${operationOption(operation).name} (\`${operation.value}\`) | ${attributes.join(', ')} |`;
}

const seed = JSON.parse(
	readFileSync(path.join(root, 'test', 'fixtures', 'seed-operations.json'), 'utf8'),
) as {
	operations: MuleOperation[];
};
const table = [
	'| Mule operation | Resource | Operation | Attributes → n8n parameters |',
	'|---|---|---|---|',
	...seed.operations.map(row),
].join('\n');
const readme = readFileSync(README, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
writeFileSync(README, `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`);
console.log(`Wrote ${seed.operations.length} rows to README.md`);
