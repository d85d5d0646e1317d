import { duplicateCheck } from '../../../../nodes/Twilio/engine/duplicateCheck';
import type { OperationDefinition } from '../../../../nodes/Twilio/engine/types';
import type { ItemRequest } from '../../../../nodes/Twilio/engine/values';
import { catalog as buildCatalog } from '../../../../nodes/Twilio/products';

const resources = buildCatalog();

const SENT_AT = new Date('2026-05-04T10:00:30Z');

const catalog = resources.flatMap((resource) =>
	resource.operations.map((operation) => ({
		resource,
		operation,
		label: `${resource.name} → ${operation.name}`,
	})),
);
const creates = catalog.filter(({ operation }) => operation.retry === 'creates');

/** Where an operation sends: its path, or its first spec operation's where the values choose it. */
const pathOf = (operation: OperationDefinition) =>
	typeof operation.path === 'string' ? operation.path : operation.spec[0]?.path;

/** An item that gave every non-path field of the create a recognisable value. */
function itemFor(operation: OperationDefinition): ItemRequest {
	const fields = [...(operation.fields ?? []), ...(operation.optionalFields?.fields ?? [])].filter(
		(field) => field.location !== 'path',
	);
	return {
		values: Object.fromEntries(
			fields.map((field) => [field.property.name, `<${field.twilioName}>`]),
		),
		parameters: fields.map((field) => ({ field, value: `<${field.twilioName}>` })),
	};
}

test('the catalog declares creates', () => {
	expect(creates.map(({ label }) => label)).toEqual(
		expect.arrayContaining(['Message → Send', 'Call → Make']),
	);
});

describe.each(creates)('$label', ({ operation, label }) => {
	const check = duplicateCheck(resources, operation, itemFor(operation), SENT_AT);
	const listing = catalog.find(
		(candidate) =>
			candidate.operation.list &&
			candidate.operation.method === 'GET' &&
			candidate.operation.product === operation.product &&
			pathOf(candidate.operation) === pathOf(operation),
	);

	test('names the operation and why it was not repeated', () => {
		expect(check).toMatch(
			new RegExp(
				`^${label} creates something at Twilio, and running it again could create it twice\\. `,
			),
		);
	});

	test('points to the list of the same collection, filtered by what the item sent', () => {
		if (!listing) {
			expect(check).toMatch(
				/Check in the Twilio Console whether it was created before running the item again\.$/,
			);
			return;
		}
		expect(check).toContain(`look for it with ${listing.label}`);
		const filterFields = [
			...(listing.operation.fields ?? []),
			...(listing.operation.optionalFields?.fields ?? []),
		];
		const conditions = [...check.matchAll(/([^(,]+?) = ([^,)]+)/g)];
		const sent = new Set(itemFor(operation).parameters.map(({ field }) => field.twilioName));
		const filterable = filterFields.some(
			(field) =>
				field.location !== 'path' && (sent.has(field.twilioName) || field.twilioName.endsWith('>')),
		);
		expect(conditions.length > 0).toBe(filterable);
		for (const [, name, value] of conditions) {
			expect(filterFields.map((candidate) => candidate.property.displayName)).toContain(
				name.trim(),
			);
			const field = filterFields.find(
				(candidate) => candidate.property.displayName === name.trim(),
			)!;
			if (field.twilioName.endsWith('>')) {
				expect(value).toBe('2026-05-04T09:55:00Z');
			} else {
				expect([...sent]).toContain(field.twilioName);
				expect(value).toBe(`<${field.twilioName}>`);
			}
		}
	});
});
