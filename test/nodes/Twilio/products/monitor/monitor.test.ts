import type { INodeParameters } from 'n8n-workflow';

import { seedProductRecord } from '../../../../../emulator';
import { useTwilio } from '../../../../helpers/twilio';

/**
 * Twilio Monitor through n8n against the emulator: alerts and audit events, which Twilio writes on
 * its own, listed newest first with their filters, and read one by one.
 */
const twilio = useTwilio();

const run = (resource: string, operation: string, parameters: INodeParameters = {}) =>
	twilio.run({ parameters: { resource, operation, ...parameters } });
const id = (value: string) => ({ __rl: true, mode: 'id', value });

function seedAlert(fields: Record<string, unknown>) {
	return seedProductRecord(twilio.emulator, 'monitor', '/v1/Alerts/{Sid}', {}, fields);
}

describe('Alert', () => {
	test('Get Many lists alerts newest first, by log level and from a time read in the workflow time zone', async () => {
		const old = seedAlert({ log_level: 'error', date_generated: '2026-12-01T08:00:00Z' });
		const warning = seedAlert({ log_level: 'warning', date_generated: '2026-12-02T08:00:00Z' });
		const recent = seedAlert({ log_level: 'error', date_generated: '2026-12-03T08:00:00Z' });
		const all = await run('alert', 'getMany', { returnAll: true });
		expect(all.output.map((item) => item.json.sid)).toEqual([recent.sid, warning.sid, old.sid]);

		// 09:00 in Berlin (the tests' workflow time zone) is 08:00 UTC: the 08:00Z alert of that day
		// is included.
		const { output } = await run('alert', 'getMany', {
			returnAll: true,
			filters: { logLevel: 'error', startDate: '2026-12-03T09:00:00' },
		});
		expect(output.map((item) => item.json.sid)).toEqual([recent.sid]);
		const sent = twilio.emulator.requests.at(-1)!;
		expect([sent.path, sent.query.LogLevel, sent.query.StartDate]).toEqual([
			'/v1/Alerts',
			['error'],
			['2026-12-03T08:00:00Z'],
		]);
	});

	test('Log Level offers the levels Twilio lists, and Get reads one alert by its SID', async () => {
		const alert = seedAlert({ log_level: 'error', error_code: '11200' });
		const { output, error } = await run('alert', 'get', { sid: id(String(alert.sid)) });
		expect(error).toBeUndefined();
		expect(output[0].json).toMatchObject({ sid: alert.sid, error_code: '11200' });
		expect(twilio.emulator.requests.at(-1)!.path).toBe(`/v1/Alerts/${String(alert.sid)}`);
		const refused = await run('alert', 'getMany', { filters: { logLevel: 'fatal' } });
		expect(refused.error?.message).toMatch(/^Log Level/);
	});
});

describe('Event', () => {
	test('Get Many filters on the record an event is about; a value that is not a SID is refused before sending', async () => {
		const about = 'PN0123456789abcdef0123456789abcdef';
		const template = '/v1/Events/{Sid}';
		const mine = seedProductRecord(
			twilio.emulator,
			'monitor',
			template,
			{},
			{
				resource_sid: about,
			},
		);
		seedProductRecord(
			twilio.emulator,
			'monitor',
			template,
			{},
			{
				resource_sid: 'AP0123456789abcdef0123456789abcdef',
			},
		);
		const { output } = await run('event', 'getMany', {
			returnAll: true,
			filters: { resourceSid: about },
		});
		expect(output.map((item) => item.json.sid)).toEqual([mine.sid]);
		const before = twilio.emulator.requests.length;
		const { error } = await run('event', 'getMany', { filters: { resourceSid: 'my number' } });
		expect(error?.message).toMatch(/^Resource SID/);
		expect(twilio.emulator.requests).toHaveLength(before);
	});
});
