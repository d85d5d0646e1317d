import { ContractChecker } from '../../emulator/contract';
import { kindOf } from '../../emulator/generic/engine';
import { sidPrefix, specIndex, snakeCase, type Schema, type SpecOperation } from '../../emulator/generic/spec';
import { seedRecord } from '../../emulator/generic';
import { newSid } from '../../emulator/random';
import type { TwilioEmulator } from '../../emulator';
import { useEmulator } from '../helpers/emulator';

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
	CreateUsageTrigger: { CallbackUrl: 'https://example.com/usage', TriggerValue: '100', UsageCategory: 'sms' },
	UpdateCallRecording: { Status: 'paused' },
	UpdateConferenceRecording: { Status: 'paused' },
	UpdatePayments: { IdempotencyKey: 'second', StatusCallback: 'https://example.com/pay', Capture: 'payment-card-number' },
	CreateAddress: { CustomerName: 'Ada', Street: '1 Main St', City: 'San Francisco', Region: 'CA', PostalCode: '94103', IsoCountry: 'US' },
};

/**
 * Records put in place are live, as the realtime operations on them need: a call in progress
 * (Twilio's 21220 otherwise), a conference going on, a recording running. An operation that needs
 * its record in another state says so.
 */
const LIVE: Record<string, Record<string, string>> = {
	'/2010-04-01/Accounts/{}/Calls/{}.json': { status: 'in-progress' },
	'/2010-04-01/Accounts/{}/Conferences/{}.json': { status: 'in-progress' },
	'/2010-04-01/Accounts/{}/Calls/{}/Recordings/{}.json': { status: 'in-progress' },
	'/2010-04-01/Accounts/{}/Conferences/{}/Recordings/{}.json': { status: 'in-progress' },
};
const TARGET_FIELDS: Record<string, Record<string, string>> = {
	// Twilio's 20009: a call is deleted once it has ended.
	DeleteCall: { status: 'completed' },
};

/** The shape of a path: placeholders as `{}`. */
const shape = (template: string) => template.replace(/\{\w+\}/g, '{}');

/** The description's instance path of the same shape, e.g. `…/Calls/{Sid}.json` for `…/Calls/{CallSid}.json`. */
function instanceTemplate(prefix: string): string | undefined {
	return spec.operations.find((operation) => shape(operation.template) === shape(prefix) && operation.keyPlaceholder)?.template;
}

/** Puts in place the record a path prefix ends on, and returns its key. */
function seedAt(emulator: TwilioEmulator, prefix: string, values: string[], fields?: Record<string, string>): string {
	const template = instanceTemplate(prefix);
	if (!template) throw new Error(`no instance path like ${prefix}`);
	const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
	const pathValues = Object.fromEntries(values.map((value, index) => [names[index], value]));
	const record = seedRecord(emulator, template, pathValues, fields ?? LIVE[shape(template)]);
	const own = snakeCase(names[names.length - 1]);
	return String(record[own] ?? record.sid);
}

/** The path of a request for the operation, with every record it names in place. */
function pathFor(emulator: TwilioEmulator, operation: SpecOperation): string {
	const values: string[] = [];
	let filled = operation.template;
	for (const match of operation.template.matchAll(/\{(\w+)\}/g)) {
		const name = match[1];
		const prefix = operation.template.slice(0, match.index + match[0].length) + '.json';
		let value: string;
		// Accounts are the emulator's own (its options), not records to put in place.
		if (name === 'AccountSid' || operation.template.startsWith('/2010-04-01/Accounts/{Sid}')) value = emulator.account.sid;
		else if (name === 'CountryCode') value = 'US';
		else if (name === operation.keyPlaceholder) value = seedAt(emulator, prefix, values, TARGET_FIELDS[operation.operationId]);
		else value = seedAt(emulator, prefix, values);
		values.push(value);
		filled = filled.replace(match[0], encodeURIComponent(value));
	}
	return filled;
}

/** A value of a required parameter, from its schema. */
function valueFor(emulator: TwilioEmulator, name: string, schema: Schema): string {
	const prefix = sidPrefix(schema);
	if (prefix) {
		const home = spec.operations.find(
			(operation) => kindOf(operation) === 'fetch' && sidPrefix(operation.itemSchema?.properties?.sid) === prefix && operation.placeholders.length === 2,
		);
		return home ? seedAt(emulator, home.template, [emulator.account.sid]) : newSid(prefix);
	}
	if (schema.enum) return schema.enum[0];
	if (schema.format === 'uri') return 'https://example.com/callback';
	if (schema.format === 'phone-number' || schema.format === 'endpoint') return '+14155551234';
	if (schema.type === 'integer' || schema.type === 'number') return String(Math.max(schema.minimum ?? 1, 1));
	if (schema.type === 'boolean') return 'true';
	return `Test ${name}`;
}

/** Numbers for sale of the types the fixed pool lacks are put in place, one for the list to show. */
const FOR_SALE = /^ListAvailablePhoneNumber(Mobile|National|SharedCost|Voip|MachineToMachine)$/;

async function send(emulator: TwilioEmulator, operation: SpecOperation): Promise<{ status: number; body: unknown }> {
	if (FOR_SALE.test(operation.operationId)) seedRecord(emulator, operation.template, { CountryCode: 'US' });
	const path = pathFor(emulator, operation);
	const form = new URLSearchParams();
	const overrides = OVERRIDES[operation.operationId] ?? {};
	for (const name of operation.body.required) {
		if (!(name in overrides)) form.set(name, valueFor(emulator, name, operation.body.properties[name]));
	}
	for (const [name, value] of Object.entries(overrides)) form.set(name, value);
	const { url, account } = emulator;
	const response = await fetch(`${url}${path}`, {
		method: operation.method,
		redirect: 'manual',
		headers: {
			Authorization: `Basic ${Buffer.from(`${account.sid}:${account.authToken}`).toString('base64')}`,
			...(operation.method === 'POST' ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
		},
		body: operation.method === 'POST' ? form.toString() : undefined,
	});
	const text = await response.text();
	return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

test('the description has 197 operations, and the emulator serves each one', () => {
	expect(spec.operations).toHaveLength(197);
});

describe.each(spec.operations.map((operation) => [operation.operationId, operation] as const))('%s', (_, operation) => {
	test(`answers ${operation.status} with a body the answer check accepts`, async () => {
		const { emulator } = suite;
		const before = emulator.contractViolations.length;
		const { status, body } = await send(emulator, operation);
		expect({ status, body: status >= 400 ? body : undefined }).toEqual({ status: operation.status, body: undefined });
		if (status !== 204) expect(checker.checkResponse(operation.operationId, status, body)).toEqual([]);
		expect(emulator.contractViolations.slice(before)).toEqual([]);
	});
});
