import { randomBytes } from 'node:crypto';

import { TwilioEmulator } from '../emulator';
import { getExpectedTwilioSignature } from 'twilio';
import { expectContractClean } from '../test/helpers/contract';
import {
	DEMO_NUMBER,
	emulatorCredential,
	EMULATOR_CREDENTIAL,
	isTriggeredByWebhook,
	loadExamples,
	PACKAGE_NAME,
	packageNodeTypes,
	provisionDemo,
	TRIGGER_TYPE,
	type ExampleWorkflow,
} from '../scripts/n8n/examples';
import { parseLog, type N8n } from '../scripts/n8n/instance';
import { createOwner, signIn, type EditorApi } from '../scripts/n8n/owner';
import type { ManagedProcess } from '../scripts/n8n/processes';
import { actionNode, mainTo, triggerNode } from '../scripts/n8n/workflowNodes';
import { complaintsAboutPackage, newN8n, until } from './helpers/n8n';

const REPORT_RECIPIENT = '+14155550199';
const MEDIA_HOOK = '3c9d1e7f-2a4b-4c6d-8e0f-1a2b3c4d5e6f';

/**
 * Download Media with a Respond to Webhook node answering: the trigger waits for the files a
 * bounded time only, then the workflow answers and texts what could not be downloaded.
 */
const mediaWorkflow: ExampleWorkflow = {
	id: 'twilioMediaInTime',
	name: "MMS media within Twilio's time",
	nodes: [
		triggerNode({
			id: 'm-trigger',
			name: 'MMS',
			webhookId: MEDIA_HOOK,
			parameters: {
				event: 'incomingMessage',
				webhookSetup: 'manual',
				responseMode: 'responseNode',
				options: { downloadMedia: true },
			},
		}),
		{
			id: 'm-respond',
			name: 'Respond to Webhook',
			type: 'n8n-nodes-base.respondToWebhook',
			// From version 1.1 the node refuses to answer unless one of n8n's own Webhook nodes comes
			// before it.
			typeVersion: 1,
			position: [240, 0],
			parameters: {
				respondWith: 'text',
				responseBody: '<Response><Message>Got your picture</Message></Response>',
				options: { responseHeaders: { entries: [{ name: 'Content-Type', value: 'text/xml' }] } },
			},
		},
		actionNode({
			id: 'm-report',
			name: 'Report',
			position: [480, 0],
			parameters: {
				resource: 'message',
				operation: 'send',
				from: DEMO_NUMBER,
				to: REPORT_RECIPIENT,
				body: "=Media report: {{ ($json.mediaDownloadErrors ?? ['none']).join('; ') }} / {{ Object.keys($binary ?? {}).join(',') || 'no files' }}",
			},
		}),
	],
	connections: { MMS: mainTo('Respond to Webhook'), 'Respond to Webhook': mainTo('Report') },
	settings: { executionOrder: 'v1' },
	active: false,
};
const hasTrigger = packageNodeTypes().includes(TRIGGER_TYPE);

/** The nightly report, but every 3 seconds, so that its Schedule Trigger fires during the test. */
function reportEverySeconds(examples: ExampleWorkflow[]): ExampleWorkflow {
	const report = structuredClone(examples.find((workflow) => workflow.id === 'twilioCallReport')!);
	const schedule = report.nodes.find((node) => node.type === 'n8n-nodes-base.scheduleTrigger')!;
	schedule.parameters.rule = { interval: [{ field: 'seconds', secondsInterval: 3 }] };
	return { ...report, id: 'twilioReportSoon', name: `${report.name} (every 3 s)` };
}

/** `n8n start` with the packed package, published workflows, webhooks and schedules. */
describe('the packed package in a running n8n', () => {
	let emulator: TwilioEmulator;
	let n8n: N8n;
	let server: ManagedProcess | undefined;
	let get: EditorApi;
	const examples = loadExamples();
	const soonReport = reportEverySeconds(examples);

	/**
	 * A form POST as Twilio sends a webhook, signed with the account's token unless another is given.
	 */
	const postSigned = (
		url: string,
		parameters: Record<string, string>,
		token = emulator.account.authToken,
	) =>
		fetch(url, {
			method: 'POST',
			// An object, as Twilio's library signs: it sorts the keys and joins each with its value.
			headers: {
				'Content-Type': 'application/x-www-form-urlencoded',
				'X-Twilio-Signature': getExpectedTwilioSignature(token, url, parameters),
			},
			body: new URLSearchParams(parameters),
		});

	const twilio = (path: string, form: Record<string, string>) =>
		fetch(`${emulator.url}/2010-04-01/Accounts/${emulator.account.sid}${path}`, {
			method: 'POST',
			headers: {
				Authorization: `Basic ${Buffer.from(`${emulator.account.sid}:${emulator.account.authToken}`).toString('base64')}`,
			},
			body: new URLSearchParams(form),
		}).then((response) => response.json() as Promise<Record<string, string>>);

	beforeAll(async () => {
		emulator = await TwilioEmulator.start();
		await provisionDemo(emulator.url);
		// Two calls for the report: one completed, one still queued.
		const call = { From: DEMO_NUMBER, Url: 'https://example.com/twiml/hello.xml' };
		const completed = await twilio('/Calls.json', { ...call, To: '+14155550111' });
		await twilio(`/Calls/${completed.sid}.json`, { Status: 'completed' });
		await twilio('/Calls.json', { ...call, To: '+14155550112' });

		n8n = await newN8n({ N8N_LOG_FORMAT: 'json' });
		await n8n.importCredentials([emulatorCredential(emulator.url, emulator.account)]);
		const media = hasTrigger ? [mediaWorkflow] : [];
		await n8n.importWorkflows([...examples, soonReport, ...media]);
		await Promise.all(
			[soonReport, ...media, ...examples.filter(isTriggeredByWebhook)].map((workflow) =>
				n8n.publish(workflow.id),
			),
		);
		server = await n8n.start();
		await createOwner(n8n.localUrl);
		get = await signIn(n8n.localUrl);
	});

	afterAll(async () => {
		await server?.stop();
		expectContractClean(emulator);
		await emulator.close();
	});

	test("n8n serves the package's node types and credential, and logs no warning about them", async () => {
		const nodeTypes = (await get('/types/nodes.json')) as Array<{ name: string }>;
		const credentialTypes = (await get('/types/credentials.json')) as Array<{ name: string }>;

		const ours = nodeTypes
			.map((type) => type.name)
			.filter((name) => name.startsWith(`${PACKAGE_NAME}.`));
		// n8n adds an AI-agent tool variant of each node that is usable as a tool.
		const tools = packageNodeTypes()
			.filter((type) => !type.endsWith('Trigger'))
			.map((type) => `${type}Tool`);
		expect(ours.sort()).toEqual([...packageNodeTypes(), ...tools].sort());
		expect(credentialTypes.map((type) => type.name)).toContain('twilioConnectorApi');
		const complaints = complaintsAboutPackage(parseLog(server!.output));
		expect(complaints).toEqual([]);
	});

	test('a Schedule Trigger starts the call report, which counts the calls and texts the result', async () => {
		const report = await until('the report message', () =>
			emulator.requests.find(
				(request) => request.method === 'POST' && request.form.To?.[0] === REPORT_RECIPIENT,
			),
		);

		expect(report.status).toBe(201);
		expect(report.form.Body[0]).toMatch(
			/^2 calls since \d{4}-\d\d-\d\d \d\d:\d\d: 1 completed, 1 not completed\.$/,
		);
		const listed = emulator.requests.find(
			(request) => request.method === 'GET' && request.path.endsWith('/Calls.json'),
		);
		expect(listed?.query['StartTime>']?.[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
	});

	(hasTrigger ? describe : describe.skip)(
		'the Twilio Connector Trigger (auto-reply example)',
		() => {
			const incomingSms = (body: string) =>
				fetch(`${emulator.url}/__emulator/incoming-message`, {
					method: 'POST',
					body: JSON.stringify({ from: '+14155550123', to: DEMO_NUMBER, body }),
				}).then(
					(response) =>
						response.json() as Promise<{
							status: number;
							contentType: string;
							body: string;
							url: string;
						}>,
				);
			const forwarded = (body: string) =>
				emulator.requests.filter(
					(request) =>
						request.method === 'POST' &&
						request.form.Body?.[0] === `New SMS from +14155550123: ${body}`,
				);
			const executions = async () =>
				(
					(await get('/rest/executions?filter={"workflowId":"twilioAutoReply01"}')) as {
						data: { count: number };
					}
				).data.count;

			test('a signed incoming SMS runs the workflow, and its TwiML reply goes back to Twilio', async () => {
				const answer = await incomingSms('Is my order on its way?');

				expect(answer).toMatchObject({
					status: 200,
					contentType: expect.stringContaining('text/xml'),
				});
				expect(answer.body).toContain(
					'<Message>Thanks for your message! We will get back to you within a day.</Message>',
				);
				expect(answer.url).toMatch(new RegExp(`^${n8n.url}/webhook/`));
				const sent = await until(
					'the forwarded message',
					() => forwarded('Is my order on its way?')[0],
				);
				expect(sent.status).toBe(201);
			});

			test('an Auth Token changed in n8n applies from the next delivery: the new signature passes, the old one no longer does', async () => {
				const { sid, authToken: oldToken } = emulator.account;
				const newToken = `${oldToken.slice(0, -4)}beef`;
				const { name, type, data } = emulatorCredential(emulator.url, { sid, authToken: newToken });
				const number = emulator.records(`/2010-04-01/Accounts/${sid}/IncomingPhoneNumbers`)[0];
				const smsUrl = String(number.sms_url);
				const signedWith = (token: string, body: string) =>
					postSigned(
						smsUrl,
						{
							AccountSid: sid,
							MessageSid: `SM${randomBytes(16).toString('hex')}`,
							From: '+14155550123',
							To: DEMO_NUMBER,
							Body: body,
						},
						token,
					);
				// The trigger now holds the credential in memory.
				expect((await signedWith(oldToken, 'Before the change')).status).toBe(200);

				// The token is rotated in Twilio and changed in n8n's credential.
				emulator.account.authToken = newToken;
				try {
					await get(`/rest/credentials/${EMULATOR_CREDENTIAL.id}`, {
						method: 'PATCH',
						body: { name, type, data },
					});
					expect((await signedWith(newToken, 'After the change')).status).toBe(200);
					expect((await signedWith(oldToken, 'Signed with the old token')).status).toBe(403);
				} finally {
					emulator.account.authToken = oldToken;
					await get(`/rest/credentials/${EMULATOR_CREDENTIAL.id}`, {
						method: 'PATCH',
						body: { name, type, data: { ...data, authToken: oldToken } },
					});
				}
				await until('the forwarded message', () => forwarded('After the change')[0]);
				expect(forwarded('Signed with the old token')).toEqual([]);
			});

			test("Download Media with a slow storage host: the workflow answers within Twilio's time, the late file is reported", async () => {
				const { urls } = (await (
					await fetch(`${emulator.url}/__emulator/message-media`, {
						method: 'POST',
						body: JSON.stringify({ count: 1 }),
					})
				).json()) as { urls: string[] };
				emulator.fileHost.latencyMs = 8000;
				const url = `${n8n.url}/webhook/${MEDIA_HOOK}/webhook`;
				const parameters: Record<string, string> = {
					AccountSid: emulator.account.sid,
					MessageSid: 'MM0123456789abcdef0123456789abcdef',
					From: '+14155550123',
					To: DEMO_NUMBER,
					Body: 'Picture',
					NumMedia: '1',
					MediaUrl0: urls[0],
					MediaContentType0: 'image/jpeg',
				};
				const started = Date.now();
				const answer = await postSigned(url, parameters);
				const elapsed = Date.now() - started;
				emulator.fileHost.latencyMs = 0;
				expect({ status: answer.status, body: await answer.text() }).toEqual({
					status: 200,
					body: '<Response><Message>Got your picture</Message></Response>',
				});
				// The trigger waited its 5 s for the file, well inside Twilio's 15 s, then let the workflow
				// answer.
				expect(elapsed).toBeGreaterThanOrEqual(5000);
				expect(elapsed).toBeLessThan(10_000);
				const report = await until('the media report', () =>
					emulator.requests.find(
						(request) =>
							request.method === 'POST' && request.form.Body?.[0]?.startsWith('Media report:'),
					),
				);
				expect(report.form.Body[0]).toBe(
					'Media report: MediaUrl0: not downloaded within 5 s / no files',
				);
			});

			test('an unsigned request is refused with 403 and runs nothing', async () => {
				const number = emulator.records(
					`/2010-04-01/Accounts/${emulator.account.sid}/IncomingPhoneNumbers`,
				)[0];
				const before = await until(
					'finished executions',
					async () => (await executions()) || undefined,
				);

				const response = await fetch(String(number.sms_url), {
					method: 'POST',
					headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
					body: new URLSearchParams({
						From: '+14155550123',
						To: DEMO_NUMBER,
						Body: 'Forged',
						AccountSid: emulator.account.sid,
					}),
				});

				expect(response.status).toBe(403);
				await new Promise((resolve) => setTimeout(resolve, 2000));
				expect(await executions()).toBe(before);
				expect(forwarded('Forged')).toEqual([]);
			});
		},
	);
});
