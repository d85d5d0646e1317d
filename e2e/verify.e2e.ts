import { DEMO, TwilioEmulator, verificationCode } from '../emulator';
import {
	emulatorCredential,
	loadExamples,
	provisionDemo,
	type ExampleWorkflow,
} from '../scripts/n8n/examples';
import type { N8n } from '../scripts/n8n/instance';
import type { ManagedProcess } from '../scripts/n8n/processes';
import { expectContractClean } from '../test/helpers/contract';
import { newN8n, until } from './helpers/n8n';
import { CHECK_PATH, checkWorkflow, START_PATH, startWorkflow } from './workflows/verifyRoundTrip';

const EXAMPLE_ID = 'twilioVerifyPhone1';
const EXAMPLE_SEND_PATH = 'verify-phone/send';
const EXAMPLE_CHECK_PATH = 'verify-phone/check';

/**
 * The example as shipped: it picks the Verify service of the emulator's demo account (`npm
 * start`'s) from its list.
 */
const example = (): ExampleWorkflow =>
	loadExamples().find((workflow) => workflow.id === EXAMPLE_ID)!;

/** Every digit moved by one: a code of the same length that is surely not the one sent. */
const wrongCode = (code: string) =>
	code.replace(/\d/g, (digit) => String((Number(digit) + 1) % 10));

/**
 * Lookup and Verify in a running n8n: a number is looked up and sent a code by one published
 * workflow, the code Twilio sent (read from the emulator, as the person would read their SMS) is
 * checked by another.
 */
describe('the Verify round trip in a running n8n', () => {
	let emulator: TwilioEmulator;
	let n8n: N8n;
	let server: ManagedProcess | undefined;

	const post = async (path: string, body: Record<string, string>) => {
		const response = await fetch(`${n8n.url}/webhook/${path}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
		});
		return { status: response.status, json: (await response.json()) as Record<string, unknown> };
	};
	// The emulator keeps every request of the file: each test reads those after its start.
	let firstRequest = 0;
	const productRequests = (operationId: string) =>
		emulator.requests.slice(firstRequest).filter((request) => request.operationId === operationId);
	beforeAll(async () => {
		emulator = await TwilioEmulator.start();
		await provisionDemo(emulator.url);
		n8n = await newN8n();
		await n8n.importCredentials([emulatorCredential(emulator.url, emulator.account)]);
		const workflows = [startWorkflow, checkWorkflow, example()];
		await n8n.importWorkflows(workflows);
		await Promise.all(workflows.map((workflow) => n8n.publish(workflow.id)));
		server = await n8n.start();
		// A published workflow's webhooks answer a moment after n8n serves its editor. A CORS preflight
		// for POST gets 404 until n8n has the webhook, and runs nothing.
		const registered = (path: string) =>
			fetch(`${n8n.url}/webhook/${path}`, {
				method: 'OPTIONS',
				headers: { Origin: n8n.url, 'Access-Control-Request-Method': 'POST' },
			}).then(
				(response) => response.status === 204,
				() => false,
			);
		const paths = [START_PATH, CHECK_PATH, EXAMPLE_SEND_PATH, EXAMPLE_CHECK_PATH];
		await until(
			'the published webhooks',
			async () => (await Promise.all(paths.map(registered))).every(Boolean) || undefined,
		);
	});

	beforeEach(() => {
		firstRequest = emulator.requests.length;
	});

	afterAll(async () => {
		await server?.stop();
		expectContractClean(emulator);
		await emulator.close();
	});

	test('a mobile number is looked up and sent a code; a wrong code is not approved, the right one is', async () => {
		const sent = await post(START_PATH, { phone: '(415) 555-2673' });

		expect(sent.status).toBe(200);
		expect(sent.json).toEqual({
			to: '+14155552673',
			lineType: 'mobile',
			serviceSid: expect.stringMatching(/^VA[0-9a-f]{32}$/),
			verificationSid: expect.stringMatching(/^VE[0-9a-f]{32}$/),
			status: 'pending',
		});
		const [lookup] = productRequests('FetchPhoneNumber');
		expect(lookup).toMatchObject({
			product: 'lookups',
			path: '/v2/PhoneNumbers/4155552673',
			query: { Fields: ['line_type_intelligence'] },
			status: 200,
		});
		const [send] = productRequests('CreateVerification');
		expect(send).toMatchObject({
			product: 'verify',
			path: `/v2/Services/${String(sent.json.serviceSid)}/Verifications`,
			status: 201,
		});
		expect(send.form).toEqual({ To: ['+14155552673'], Channel: ['sms'] });

		const code = verificationCode(emulator, { sid: String(sent.json.verificationSid) })!;
		const attempt = (entered: string) =>
			post(CHECK_PATH, {
				serviceSid: String(sent.json.serviceSid),
				to: '+14155552673',
				code: entered,
			});

		const wrong = await attempt(wrongCode(code));
		expect(wrong.status).toBe(200);
		expect(wrong.json).toMatchObject({ approved: false, status: 'pending', to: '+14155552673' });

		const right = await attempt(code);
		expect(right.status).toBe(200);
		expect(right.json).toMatchObject({
			approved: true,
			status: 'approved',
			valid: true,
			sid: sent.json.verificationSid,
		});

		// One request per step: no send or check was repeated, and each fits its product's description.
		expect(productRequests('CreateService')).toHaveLength(1);
		expect(productRequests('CreateVerification')).toHaveLength(1);
		expect(
			productRequests('CreateVerificationCheck').map((request) => [
				request.form.Code,
				request.status,
			]),
		).toEqual([
			[[wrongCode(code)], 200],
			[[code], 200],
		]);
		expect(emulator.contractViolations).toEqual([]);
	});

	test('a landline gets no code: the workflow answers without creating a service or sending', async () => {
		const answer = await post(START_PATH, { phone: '+14155552671' });

		expect(answer).toEqual({
			status: 200,
			json: { to: '+14155552671', lineType: 'landline', status: 'not sent' },
		});
		expect(emulator.requests.slice(firstRequest).map((request) => request.operationId)).toEqual([
			'FetchPhoneNumber',
		]);
	});

	test("the README's example runs as shipped: it verifies a number with the Verify service it picks", async () => {
		const sent = await post(EXAMPLE_SEND_PATH, { phone: '+14155552674' });

		expect(sent).toEqual({ status: 200, json: { to: '+14155552674', status: 'pending' } });
		const [send] = productRequests('CreateVerification');
		expect(send.path).toBe(`/v2/Services/${DEMO.verifyService.sid}/Verifications`);
		const code = verificationCode(emulator, { to: '+14155552674' })!;

		const wrong = await post(EXAMPLE_CHECK_PATH, { phone: '+14155552674', code: wrongCode(code) });
		const right = await post(EXAMPLE_CHECK_PATH, { phone: '+14155552674', code });

		expect(wrong).toEqual({ status: 200, json: { to: '+14155552674', approved: false } });
		expect(right).toEqual({ status: 200, json: { to: '+14155552674', approved: true } });
		expect(productRequests('CreateVerificationCheck').map((request) => request.status)).toEqual([
			200, 200,
		]);
	});
});
