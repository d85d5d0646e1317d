import { DateTime } from 'luxon';

import { seedProductRecord, seedRecord, seedStudioFlow, TwilioEmulator } from '../emulator';
import { seedConference } from '../emulator/products/api/behaviours/conferences';
import { catalog } from '../nodes/Twilio/products';
import { expectContractClean } from '../test/helpers/contract';
import {
	emulatorCredential,
	loadExamples,
	PACKAGE_NAME,
	packageNodeTypes,
	provisionDemo,
} from '../scripts/n8n/examples';
import type { N8n } from '../scripts/n8n/instance';
import { actionNode, mainTo } from '../scripts/n8n/workflowNodes';
import { complaintsAboutPackage, E2E_TIME_ZONE, newN8n, nodeOutput } from './helpers/n8n';
import { everyResourceWorkflow, pathPattern, TOUR_WORKFLOW_ID } from './workflows/everyResource';

const resources = catalog();

/**
 * A message scheduled for 9:00 on a day 10 days ahead, as n8n's date picker stores it: wall-clock
 * text without a zone.
 */
const SCHEDULE_WORKFLOW_ID = 'twilioScheduleAt';
const scheduleDay = DateTime.utc().plus({ days: 10 }).toISODate()!;
const scheduleWorkflow = {
	id: SCHEDULE_WORKFLOW_ID,
	name: 'Schedule a message at 9:00',
	nodes: [
		{
			id: 'schedule-start',
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		actionNode({
			id: 'schedule-send',
			name: 'Remind',
			parameters: {
				resource: 'message',
				operation: 'send',
				to: '+14155551234',
				body: 'Your appointment is at 10:00',
				additionalFields: {
					messagingServiceSid: 'MG0123456789abcdef0123456789abcdef',
					scheduleType: 'fixed',
					sendAt: `${scheduleDay}T09:00:00`,
				},
			},
		}),
	],
	connections: { Start: mainTo('Remind') },
	settings: { executionOrder: 'v1' },
	active: false,
};

/** `n8n execute --id`: workflows that start from a Manual Trigger, run by n8n's command line. */
describe('the packed package in n8n, run by n8n execute', () => {
	let emulator: TwilioEmulator;
	let n8n: N8n;
	const { workflow: tourWorkflow, tour } = everyResourceWorkflow();

	beforeAll(async () => {
		emulator = await TwilioEmulator.start();
		// Conferences come from TwiML, not the API: one for the tour's participant steps to list.
		seedConference(emulator, { status: 'completed' });
		// So do live calls and callers waiting in a queue, and Studio flows come from the Console.
		seedRecord(emulator, '/Accounts/{AccountSid}/Calls/{Sid}.json', {}, { status: 'in-progress' });
		const queue = seedRecord(emulator, '/Accounts/{AccountSid}/Queues/{Sid}.json');
		seedRecord(emulator, '/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}.json', {
			QueueSid: queue.sid,
		});
		seedStudioFlow(emulator);
		// An Event Streams sink for the tour's subscription (sinks are active from their creation).
		seedProductRecord(emulator, 'events', '/v1/Sinks/{Sid}', {}, { status: 'active' });
		// What the examples name (numbers, a Verify service, a Studio flow), as npm start puts it in
		// place.
		await provisionDemo(emulator.url);
		n8n = await newN8n({ N8N_LOG_LEVEL: 'debug' });
		await n8n.importCredentials([emulatorCredential(emulator.url, emulator.account)]);
		await n8n.importWorkflows([tourWorkflow, scheduleWorkflow, ...loadExamples()]);
	});

	afterAll(async () => {
		expectContractClean(emulator);
		await emulator.close();
	});

	test('one workflow runs an operation of every resource, and n8n loads the package without warnings', async () => {
		const { run, log } = await n8n.execute(TOUR_WORKFLOW_ID);

		expect(run.data.resultData.error).toBeUndefined();
		expect(run.status).toBe('success');
		expect(new Set(tour.map((step) => step.resource))).toEqual(
			new Set(resources.map((resource) => resource.value)),
		);
		for (const step of tour) {
			// nodeOutput throws when the node did not run or failed.
			const output = nodeOutput(run, step.name);
			const pattern = pathPattern(step.operation);
			const statuses = emulator.requests
				.filter(
					(request) =>
						request.method === step.operation.method && (!pattern || pattern.test(request.path)),
				)
				.map((request) => request.status!);
			if (step.operation.retired) {
				// Twilio answers a retired endpoint with an error, which the node explains.
				expect({ node: step.name, statuses }).toEqual({
					node: step.name,
					statuses: expect.arrayContaining([404]),
				});
				expect(output).toEqual([
					expect.objectContaining({ error: expect.stringMatching(/^Twilio retired/) }),
				]);
			} else {
				const answered = statuses.some((status) => status >= 200 && status < 300);
				expect({ node: step.name, answeredByTwilio: answered }).toEqual({
					node: step.name,
					answeredByTwilio: true,
				});
			}
		}
		const [sent] = nodeOutput(run, 'Message: Send');
		expect(nodeOutput(run, 'Message: Get')).toEqual([
			expect.objectContaining({ sid: sent.sid, body: 'Every resource: message' }),
		]);
		expect(nodeOutput(run, 'Call: Update')).toEqual([
			expect.objectContaining({ status: 'completed' }),
		]);

		// The loader's own account of the package, at debug level.
		expect(log).toContainEqual(
			expect.objectContaining({
				message: `Loaded all credentials and nodes from ${PACKAGE_NAME}`,
				metadata: expect.objectContaining({ credentials: 1, nodes: packageNodeTypes().length }),
			}),
		);
		const complaints = complaintsAboutPackage(log);
		expect(complaints).toEqual([]);
	});

	test("a Send At picked in the editor is read in n8n's time zone (GENERIC_TIMEZONE), not as UTC", async () => {
		const before = emulator.requests.length;
		const { run } = await n8n.execute(SCHEDULE_WORKFLOW_ID);
		expect(run.status).toBe('success');
		const [sent] = emulator.requests.slice(before).filter((request) => request.method === 'POST');
		expect(sent.form.SendAt).toEqual([
			DateTime.fromISO(`${scheduleDay}T09:00:00`, { zone: E2E_TIME_ZONE })
				.toUTC()
				.toISO({ suppressMilliseconds: true }),
		]);
		expect(sent.status).toBe(201);
	});

	// n8n execute starts at a Manual Trigger; the published examples and the scheduled report run in
	// n8n start (server.e2e.ts, verify.e2e.ts).
	const manual = loadExamples().filter((example) =>
		example.nodes.some((node) => node.type === 'n8n-nodes-base.manualTrigger'),
	);
	test.each(manual.map((example) => [example.name, example.id]))(
		'the example "%s" runs as shipped against the emulator',
		async (_name, id) => {
			const before = emulator.requests.length;
			const { run } = await n8n.execute(id);
			expect(run.status).toBe('success');
			const answers = emulator.requests.slice(before);
			expect(answers.length).toBeGreaterThan(0);
			expect(answers.filter((request) => (request.status ?? 500) >= 400)).toEqual([]);
		},
	);

	test('the "text a list" example sends one message per customer', async () => {
		const before = emulator.requests.length;
		const { run } = await n8n.execute('twilioSmsToAList');

		expect(run.status).toBe('success');
		const sent = emulator.requests.slice(before).filter((request) => request.method === 'POST');
		expect(sent.map((request) => [request.form.To, request.form.Body, request.status])).toEqual([
			[['+14155550101'], ['Hi Ada, your order has shipped.'], 201],
			[['+14155550102'], ['Hi Grace, your order has shipped.'], 201],
			[['+14155550103'], ['Hi Linus, your order has shipped.'], 201],
		]);
		expect(nodeOutput(run, 'Text each customer').map((item) => item.to)).toEqual([
			'+14155550101',
			'+14155550102',
			'+14155550103',
		]);
	});
});
