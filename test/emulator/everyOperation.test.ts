import { ContractChecker } from '../../emulator/contract';
import {
	sidPrefix,
	specIndex,
	type Schema,
	type OpenApiOperation,
} from '../../emulator/engine/spec';
import { seedRecord } from '../../emulator';
import type { TwilioEmulator } from '../../emulator';
import { useEmulator } from '../helpers/emulator';
import { seedPath, sidOfKind } from '../helpers/seedPath';

/**
 * Every operation of Twilio's OpenAPI description, driven from the description itself: a request
 * built from the operation's own parameter schemas, with what it acts on put in place first, must
 * get a successful answer whose body passes the answer check (the schema, and exactly its fields).
 */

const suite = useEmulator();
const spec = specIndex();
let checker: ContractChecker;

beforeAll(async () => {
	checker = await ContractChecker.load();
});

/**
 * Values Twilio's rules need beyond what a parameter's schema says: a message needs a sender and a
 * body, a call a TwiML source, a SIP password 12 characters with a digit and mixed case, and a
 * number to buy must be one for sale. Each is a value a user would send.
 */
const OVERRIDES: Record<string, Record<string, string>> = {
	CreateMessage: { From: '+15005550006', Body: 'Hello' },
	UpdateMessage: { Body: '' },
	CreateCall: { To: '+14155551234', From: '+15005550006', Url: 'https://example.com/twiml' },
	CreateParticipant: { To: '+14155551234', From: '+15005550006' },
	CreateIncomingPhoneNumber: { PhoneNumber: '+14155550100' },
	CreateIncomingPhoneNumberLocal: { PhoneNumber: '+14155550101' },
	CreateIncomingPhoneNumberTollFree: { PhoneNumber: '+18005550100' },
	CreateIncomingPhoneNumberMobile: { PhoneNumber: '+447700900123' },
	CreateValidationRequest: { PhoneNumber: '+14155559876' },
	CreateSipCredential: { Username: 'alice', Password: 'IWasAtSignal2018' },
	CreateSipIpAddress: { FriendlyName: 'Office', IpAddress: '203.0.113.10' },
	CreateSipDomain: { DomainName: 'emulated.sip.twilio.com' },
	CreateUserDefinedMessage: { Content: '{"greeting":"hello"}' },
	CreateUsageTrigger: {
		CallbackUrl: 'https://example.com/usage',
		TriggerValue: '100',
		UsageCategory: 'sms',
	},
	UpdateCallRecording: { Status: 'paused' },
	UpdateConferenceRecording: { Status: 'paused' },
	UpdatePayments: {
		IdempotencyKey: 'second',
		StatusCallback: 'https://example.com/pay',
		Capture: 'payment-card-number',
	},
	CreateAddress: {
		CustomerName: 'Ada',
		Street: '1 Main St',
		City: 'San Francisco',
		Region: 'CA',
		PostalCode: '94103',
		IsoCountry: 'US',
	},
};

/** Twilio's 20009: a call is deleted once it has ended. */
const TARGET_FIELDS: Record<string, Record<string, string>> = {
	DeleteCall: { status: 'completed' },
};

/** The path of a request for the operation, with every record it names in place. */
const pathFor = (emulator: TwilioEmulator, operation: OpenApiOperation) =>
	seedPath(emulator, operation.template, TARGET_FIELDS[operation.operationId]).path;

/** A value of a required parameter, from its schema. */
function valueFor(emulator: TwilioEmulator, name: string, schema: Schema): string {
	const prefix = sidPrefix(schema);
	if (prefix) return sidOfKind(emulator, prefix);
	if (schema.enum) return schema.enum[0];
	if (schema.format === 'uri') return 'https://example.com/callback';
	if (schema.format === 'phone-number' || schema.format === 'endpoint') return '+14155551234';
	if (schema.type === 'integer' || schema.type === 'number')
		return String(Math.max(schema.minimum ?? 1, 1));
	if (schema.type === 'boolean') return 'true';
	return `Test ${name}`;
}

/**
 * Numbers for sale of the types the fixed pool lacks are put in place, one for the list to show.
 */
const FOR_SALE = /^ListAvailablePhoneNumber(Mobile|National|SharedCost|Voip|MachineToMachine)$/;

async function send(
	emulator: TwilioEmulator,
	operation: OpenApiOperation,
): Promise<{ status: number; body: unknown }> {
	if (FOR_SALE.test(operation.operationId))
		seedRecord(emulator, operation.template, { CountryCode: 'US' });
	const path = pathFor(emulator, operation);
	const form = new URLSearchParams();
	const overrides = OVERRIDES[operation.operationId] ?? {};
	for (const name of operation.body.required) {
		if (!(name in overrides))
			form.set(name, valueFor(emulator, name, operation.body.properties[name]));
	}
	for (const [name, value] of Object.entries(overrides)) form.set(name, value);
	const { url, account } = emulator;
	const response = await fetch(`${url}${path}`, {
		method: operation.method,
		redirect: 'manual',
		headers: {
			Authorization: `Basic ${Buffer.from(`${account.sid}:${account.authToken}`).toString('base64')}`,
			...(operation.method === 'POST'
				? { 'Content-Type': 'application/x-www-form-urlencoded' }
				: {}),
		},
		body: operation.method === 'POST' ? form.toString() : undefined,
	});
	const text = await response.text();
	return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

test('the description has 197 operations, and the emulator serves each one', () => {
	expect(spec.operations).toHaveLength(197);
});

describe.each(spec.operations.map((operation) => [operation.operationId, operation] as const))(
	'%s',
	(_, operation) => {
		test(`answers ${operation.status} with a body the answer check accepts`, async () => {
			const { emulator } = suite;
			const before = emulator.contractViolations.length;
			const { status, body } = await send(emulator, operation);
			expect({ status, body: status >= 400 ? body : undefined }).toEqual({
				status: operation.status,
				body: undefined,
			});
			if (status !== 204)
				expect(checker.checkResponse(operation.operationId, status, body)).toEqual([]);
			expect(emulator.contractViolations.slice(before)).toEqual([]);
		});
	},
);
