import { TwilioEmulator } from '../emulator';
import { expectContractClean } from '../test/helpers/contract';
import {
	DEMO_NUMBER,
	emulatorCredential,
	isTriggeredByWebhook,
	loadExamples,
	PACKAGE_NAME,
	packageNodeTypes,
	provisionDemoNumber,
	TRIGGER_TYPE,
	type ExampleWorkflow,
} from '../scripts/n8n/examples';
import { parseLog, type N8n } from '../scripts/n8n/instance';
import { createOwner, signIn } from '../scripts/n8n/owner';
import type { ManagedProcess } from '../scripts/n8n/processes';
import { complaintsAboutPackage, newN8n, until } from './helpers/n8n';

const REPORT_RECIPIENT = '+14155550199';
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
	let get: (path: string) => Promise<unknown>;
	const examples = loadExamples();
	const soonReport = reportEverySeconds(examples);

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
		await provisionDemoNumber(emulator.url, emulator.account);
		// Two calls for the report: one completed, one still queued.
		const call = { From: DEMO_NUMBER, Url: 'https://example.com/twiml/hello.xml' };
		const completed = await twilio('/Calls.json', { ...call, To: '+14155550111' });
		await twilio(`/Calls/${completed.sid}.json`, { Status: 'completed' });
		await twilio('/Calls.json', { ...call, To: '+14155550112' });

		n8n = await newN8n({ N8N_LOG_FORMAT: 'json' });
		await n8n.importCredentials([emulatorCredential(emulator.url, emulator.account)]);
		await n8n.importWorkflows([...examples, soonReport]);
		await Promise.all(
			[soonReport, ...examples.filter(isTriggeredByWebhook)].map((workflow) => n8n.publish(workflow.id)),
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

		const ours = nodeTypes.map((type) => type.name).filter((name) => name.startsWith(`${PACKAGE_NAME}.`));
		// n8n adds an AI-agent tool variant of each node that is usable as a tool.
		expect(ours.sort()).toEqual(
			[...packageNodeTypes(), `${PACKAGE_NAME}.twilioConnectorTool`].sort(),
		);
		expect(credentialTypes.map((type) => type.name)).toContain('twilioConnectorApi');
		const complaints = complaintsAboutPackage(parseLog(server!.output));
		expect(complaints).toEqual([]);
	});

	test('a Schedule Trigger starts the call report, which counts the calls and texts the result', async () => {
		const report = await until('the report message', () =>
			emulator.requests.find((request) => request.method === 'POST' && request.form.To?.[0] === REPORT_RECIPIENT),
		);

		expect(report.status).toBe(201);
		expect(report.form.Body[0]).toMatch(/^2 calls since \d{4}-\d\d-\d\d \d\d:\d\d: 1 completed, 1 not completed\.$/);
		const listed = emulator.requests.find((request) => request.method === 'GET' && request.path.endsWith('/Calls.json'));
		expect(listed?.query['StartTime>']?.[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
	});

	(hasTrigger ? describe : describe.skip)('the Twilio Connector Trigger (auto-reply example)', () => {
		const incomingSms = (body: string) =>
			fetch(`${emulator.url}/__emulator/incoming-message`, {
				method: 'POST',
				body: JSON.stringify({ from: '+14155550123', to: DEMO_NUMBER, body }),
			}).then((response) => response.json() as Promise<{ status: number; contentType: string; body: string; url: string }>);
		const forwarded = (body: string) =>
			emulator.requests.filter((request) => request.method === 'POST' && request.form.Body?.[0] === `New SMS from +14155550123: ${body}`);
		const executions = async () =>
			((await get('/rest/executions?filter={"workflowId":"twilioAutoReply01"}')) as { data: { count: number } }).data.count;

		test('a signed incoming SMS runs the workflow, and its TwiML reply goes back to Twilio', async () => {
			const answer = await incomingSms('Is my order on its way?');

			expect(answer).toMatchObject({ status: 200, contentType: expect.stringContaining('text/xml') });
			expect(answer.body).toContain('<Message>Thanks for your message! We will get back to you within a day.</Message>');
			expect(answer.url).toMatch(new RegExp(`^${n8n.url}/webhook/`));
			const sent = await until('the forwarded message', () => forwarded('Is my order on its way?')[0]);
			expect(sent.status).toBe(201);
		});

		test('an unsigned request is refused with 403 and runs nothing', async () => {
			const number = emulator.records(`/2010-04-01/Accounts/${emulator.account.sid}/IncomingPhoneNumbers`)[0];
			const before = await until('finished executions', async () => (await executions()) || undefined);

			const response = await fetch(String(number.sms_url), {
				method: 'POST',
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({ From: '+14155550123', To: DEMO_NUMBER, Body: 'Forged', AccountSid: emulator.account.sid }),
			});

			expect(response.status).toBe(403);
			await new Promise((resolve) => setTimeout(resolve, 2000));
			expect(await executions()).toBe(before);
			expect(forwarded('Forged')).toEqual([]);
		});
	});
});
