import { readFileSync } from 'node:fs';
import path from 'node:path';

import { NodeHelpers, type INodeProperties, type INodePropertyOptions } from 'n8n-workflow';

import { TwilioConnector } from '../../nodes/TwilioConnector/TwilioConnector.node';

/**
 * The README's migration table against the node as n8n sees it: every Mule operation maps to an
 * existing resource/operation pair, and every attribute to a parameter shown for exactly that pair.
 */
const root = path.join(__dirname, '..', '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const seed = JSON.parse(
	readFileSync(path.join(root, 'test', 'fixtures', 'seed-operations.json'), 'utf8'),
) as {
	operations: Array<{ slug: string; attributes: Array<{ name: string }> }>;
};
const properties = new TwilioConnector().description.properties;

const ROW = /^\| `twilio:([a-z-]+)` \| (.+?) \(`(\w+)`\) \| (.+?) \(`(\w+)`\) \| (.+) \|$/;
const MAPPING = /^`(\w+)` → `(\w+)(?:\.(\w+))?`$/;

interface Row {
	mule: string;
	resourceName: string;
	resource: string;
	operationName: string;
	operation: string;
	attributes: Array<{ attribute: string; parameter: string; field?: string }>;
}

const rows: Row[] = readme
	.split('\n')
	.map((line) => ROW.exec(line))
	.filter((match): match is RegExpExecArray => match !== null)
	.map(([, mule, resourceName, resource, operationName, operation, cells]) => ({
		mule,
		resourceName,
		resource,
		operationName,
		operation,
		attributes: cells.split(', ').map((cell) => {
			const mapping = MAPPING.exec(cell);
			if (!mapping) throw new Error(`Unreadable cell "${cell}" in the row of twilio:${mule}`);
			return { attribute: mapping[1], parameter: mapping[2], field: mapping[3] };
		}),
	}));

const description = new TwilioConnector().description;

/** True when n8n's editor shows the property for this pair (n8n's own display rules decide). */
function shownFor(property: INodeProperties, resource: string, operation: string): boolean {
	return NodeHelpers.displayParameter(
		{ resource, operation },
		property,
		{ typeVersion: 1 },
		description,
	);
}

test('the table has one row per Mule operation of the reference, in its shape', () => {
	expect(seed.operations).toHaveLength(50);
	expect(rows.map((row) => row.mule)).toEqual(seed.operations.map((operation) => operation.slug));
});

describe.each(seed.operations.map((operation) => [operation.slug, operation] as const))(
	'twilio:%s',
	(slug, mule) => {
		const row = rows.find((candidate) => candidate.mule === slug)!;

		test('maps to a resource and operation of the node, by value and display name', () => {
			const resource = properties.find((property) => property.name === 'resource')!;
			expect(resource.options).toContainEqual(
				expect.objectContaining({ name: row.resourceName, value: row.resource }),
			);
			const operations = properties.find(
				(property) =>
					property.name === 'operation' &&
					property.displayOptions?.show?.resource?.[0] === row.resource,
			)!;
			const option = (operations.options as INodePropertyOptions[]).find(
				(candidate) => candidate.value === row.operation,
			);
			expect(option?.name).toBe(row.operationName);
		});

		test('lists every attribute, each shown by n8n for this resource and operation', () => {
			expect(row.attributes.map((mapping) => mapping.attribute)).toEqual(
				mule.attributes.map((attribute) => attribute.name),
			);
			for (const { attribute, parameter, field } of row.attributes) {
				const candidates = properties.filter(
					(property) =>
						property.name === parameter && shownFor(property, row.resource, row.operation),
				);
				expect({ attribute, found: candidates.length }).toEqual({ attribute, found: 1 });
				if (field) {
					const inside = (candidates[0].options as INodeProperties[]).map((option) => option.name);
					expect({
						attribute,
						collection: candidates[0].type,
						inside: inside.includes(field),
					}).toEqual({
						attribute,
						collection: 'collection',
						inside: true,
					});
				} else {
					expect({ attribute, type: candidates[0].type }).not.toEqual({
						attribute,
						type: 'collection',
					});
				}
			}
		});
	},
);

test('all 229 attributes are covered, each Mule operation by a pair of its own that the node has', () => {
	expect(rows.reduce((count, row) => count + row.attributes.length, 0)).toBe(229);
	const pairs = properties
		.filter((property) => property.name === 'operation')
		.flatMap((property) =>
			(property.options as INodePropertyOptions[]).map(
				(option) => `${property.displayOptions!.show!.resource![0]}.${option.value}`,
			),
		);
	const replaced = rows.map((row) => `${row.resource}.${row.operation}`);
	expect(new Set(replaced).size).toBe(50);
	expect(pairs).toEqual(expect.arrayContaining(replaced));
});
