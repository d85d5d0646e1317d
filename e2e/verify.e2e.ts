import { TwilioEmulator, verificationCode } from '../emulator';
import { emulatorCredential } from '../scripts/n8n/examples';
import type { N8n } from '../scripts/n8n/instance';
import type { ManagedProcess } from '../scripts/n8n/processes';
import { expectContractClean } from '../test/helpers/contract';
import { newN8n, until } from './helpers/n8n';
import { CHECK_PATH, checkWorkflow, START_PATH, startWorkflow } from './workflows/verifyRoundTrip';

/** Every digit moved by one: a code of the same length that is surely not the one sent. */
const wrongCode = (code: string) => code.replace(/\d/g, (digit) => String((Number(digit) + 1) % 10));

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
	const productRequests = (operationId: string) => emulator.requests.filter((request) => request.operationId === operationId);

	beforeAll(async () => {
		emulator = await TwilioEmulator.start();
		n8n = await newN8n();
		await n8n.importCredentials([emulatorCredential(emulator.url, emulator.account)]);
		await n8n.importWorkflows([startWorkflow, checkWorkflow]);
		await Promise.all([startWorkflow, checkWorkflow].map((workflow) => n8n.publish(workflow.id)));
		server = await n8n.start();
		// A published workflow's webhooks answer a moment after n8n serves its editor. A CORS preflight
		// for POST gets 404 until n8n has the webhook, and runs nothing.
		const registered = (path: string) =>
			fetch(`${n8n.url}/webhook/${path}`, { method: 'OPTIONS', headers: { Origin: n8n.url, 'Access-Control-Request-Method': 'POST' } }).then(
				(response) => response.status === 204,
				() => false,
			);
		await until('the published webhooks', async () => ((await registered(START_PATH)) && (await registered(CHECK_PATH))) || undefined);
	});

	beforeEach(() => emulator.reset());

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
		expect(lookup).toMatchObject({ product: 'lookups', path: '/v2/PhoneNumbers/4155552673', query: { Fields: ['line_type_intelligence'] }, status: 200 });
		const [send] = productRequests('CreateVerification');
		expect(send).toMatchObject({ product: 'verify', path: `/v2/Services/${String(sent.json.serviceSid)}/Verifications`, status: 201 });
		expect(send.form).toEqual({ To: ['+14155552673'], Channel: ['sms'] });

		const code = verificationCode(emulator, { sid: String(sent.json.verificationSid) })!;
		const attempt = (entered: string) => post(CHECK_PATH, { serviceSid: String(sent.json.serviceSid), to: '+14155552673', code: entered });

		const wrong = await attempt(wrongCode(code));
		expect(wrong.status).toBe(200);
		expect(wrong.json).toMatchObject({ approved: false, status: 'pending', to: '+14155552673' });

		const right = await attempt(code);
		expect(right.status).toBe(200);
		expect(right.json).toMatchObject({ approved: true, status: 'approved', valid: true, sid: sent.json.verificationSid });

		// One request per step: no send or check was repeated, and each fits its product's description.
		expect(productRequests('CreateService')).toHaveLength(1);
		expect(productRequests('CreateVerification')).toHaveLength(1);
		expect(productRequests('CreateVerificationCheck').map((request) => [request.form.Code, request.status])).toEqual([
			[[wrongCode(code)], 200],
			[[code], 200],
		]);
		expect(emulator.contractViolations).toEqual([]);
	});

	test('a landline gets no code: the workflow answers without creating a service or sending', async () => {
		const answer = await post(START_PATH, { phone: '+14155552671' });

		expect(answer).toEqual({ status: 200, json: { to: '+14155552671', lineType: 'landline', status: 'not sent' } });
		expect(emulator.requests.map((request) => request.operationId)).toEqual(['FetchPhoneNumber']);
	});
});
