import { findOperation } from '../../../../nodes/Twilio/products';
import { pollEvents } from '../../../../nodes/Twilio/trigger/pollEvents';
import { listedRecord, rawParameter } from '../../../helpers/specFile';

/**
 * The polling trigger's events against Twilio's descriptions, read from the spec files: the time
 * that makes a record new is a field of the listed record, the "on or after" filter and the
 * options' filters are query parameters of the list, and the statuses that make a record ready
 * are statuses Twilio gives it, with at least one left for records still being made. A status
 * the spec does not know would hold the trigger back for ever; a missing one would emit a
 * recording that is still in progress.
 */
describe.each(pollEvents.map((event) => [event.name, event] as const))('%s', (_name, event) => {
	const operation = findOperation(event.list.resource, event.list.operation)!;
	const [spec] = operation.spec;
	const record = listedRecord(spec.product, spec.id, operation.list!.key)!;

	test('its list is a list operation of the catalog whose records Twilio describes', () => {
		expect(operation.list).toBeDefined();
		expect(Object.keys(record).length).toBeGreaterThan(3);
	});

	test('the time that makes a record new is a date-time field of the record', () => {
		expect(record[event.timeField]).toMatchObject({ format: expect.stringMatching(/^date-time/) });
	});

	test('its filters are query parameters of the list', () => {
		const parameters = [
			...(event.since ? [event.since.parameter] : []),
			...Object.values(event.filters ?? {}),
		];
		for (const name of parameters) {
			expect([name, rawParameter(spec.product, spec.id, name)?.name]).toEqual([name, name]);
		}
	});
});

describe.each(
	pollEvents.flatMap((event) =>
		event.readyWhen ? [[event.name, event.readyWhen, event] as const] : [],
	),
)('%s waits for', (_name, readyWhen, event) => {
	test('statuses that Twilio gives the record, leaving some for records still being made', () => {
		const operation = findOperation(event.list.resource, event.list.operation)!;
		const [spec] = operation.spec;
		const record = listedRecord(spec.product, spec.id, operation.list!.key)!;
		const statuses = record[readyWhen.field].enum ?? [];
		expect(statuses.length).toBeGreaterThan(readyWhen.in.length);
		expect(readyWhen.in.filter((status) => !statuses.includes(status))).toEqual([]);
	});
});
