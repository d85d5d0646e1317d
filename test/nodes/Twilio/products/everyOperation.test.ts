import { catalog } from '../../../../nodes/Twilio/products';
import { operationCase, type Variant } from '../../../helpers/operationCases';
import { useTwilio } from '../../../helpers/twilio';

/**
 * Issue 15: every operation of the node runs through n8n-core against the emulator, once with
 * only what it needs and once with every parameter it shows filled. The request must be the
 * operation's (method, path with the records put in place, exactly the wire names set, with
 * Twilio's values), every output item paired with the input item, and the contract clean.
 */

const twilio = useTwilio();
const pairs = catalog().flatMap((resource) =>
	resource.operations.map(
		(operation) => [`${resource.value}.${operation.value}`, resource, operation] as const,
	),
);
const VARIANTS: Array<[string, Variant]> = [
	['required parameters only', 'required'],
	['every parameter filled', 'every'],
];

describe.each(VARIANTS)('%s', (_, variant) => {
	test(`runs all ${pairs.length} resource/operation pairs of the catalog`, () => {
		expect(pairs.length).toBeGreaterThan(200);
	});

	test.each(pairs)('%s', async (_name, resource, operation) => {
		const violations = twilio.emulator.contractViolations.length;
		const planned = await operationCase(twilio.emulator, resource, operation, variant);
		const before = twilio.emulator.requests.length;
		const { output, error } = await twilio.run({
			parameters: planned.parameters,
			items: [{ item: 'input' }],
		});
		const [request, ...more] = twilio.emulator.requests.slice(before);
		// Nothing sent: the node's own refusal says why.
		expect({
			method: request?.method,
			path: request?.path,
			refused: request ? undefined : error?.message,
		}).toEqual({
			method: planned.method,
			path: planned.path,
			refused: undefined,
		});
		const sent = { ...(planned.method === 'POST' ? request.form : request.query) };
		if (planned.pageSize !== undefined) {
			expect(sent.PageSize).toEqual([planned.pageSize]);
			delete sent.PageSize;
		}
		expect(sent).toEqual(planned.wire);
		if (planned.json) expect(request.json).toEqual(planned.json);
		expect(request.twilioHeaders).toEqual(planned.headers);
		if (operation.retired) {
			expect(error?.message).toMatch(/^Twilio retired "/);
			// Twilio answers a retired operation 404 Not Found, or 405 for a method it dropped.
			expect([404, 405]).toContain(request.status);
			return;
		}
		expect(error).toBeUndefined();
		expect(more.filter((extra) => extra.status! >= 400)).toEqual([]);
		if (!operation.list) expect(output.length).toBeGreaterThan(0);
		for (const item of output) expect(item.pairedItem).toEqual({ item: 0 });
		expect(twilio.emulator.contractViolations.slice(violations)).toEqual([]);
	});
});
