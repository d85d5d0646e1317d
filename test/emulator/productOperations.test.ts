import { PRODUCTS } from '../../nodes/Twilio/products/registry';
import { kindOf } from '../../emulator/engine/engine';
import {
	sidPrefix,
	snakeCase,
	specIndex,
	type OpenApiOperation,
	type Schema,
} from '../../emulator/engine/spec';
import { contractOf } from '../../emulator/products';
import {
	seedProductRecord,
	seedRecord,
	verificationCode,
	type TwilioEmulator,
} from '../../emulator';
import { useEmulator } from '../helpers/emulator';
import { activeSink, intelligenceService } from '../helpers/seedPath';
import { SINK_CONFIGURATION } from '../helpers/seedProductPath';

/**
 * Every operation of every product beyond the classic API, from its OpenAPI description: a request
 * built from the operation's own parameter schemas, with the records its path names created first
 * through the product's own create operations, gets a successful answer that the answer check
 * accepts. The generic engine serves what no behaviour does.
 */

const suite = useEmulator();
const products = PRODUCTS.filter(({ name }) => name !== 'api').map(({ name, openApi }) => ({
	name,
	spec: specIndex(openApi),
}));

type Product = (typeof products)[number];

/** The smallest flow Studio accepts: a Trigger that leads nowhere (Studio: Flow Definition). */
const FLOW_DEFINITION = {
	description: 'Test',
	states: [{ name: 'Trigger', type: 'trigger', transitions: [], properties: {} }],
	initial_state: 'Trigger',
	flags: { allow_concurrent_calls: true },
};

/** Values Twilio's rules need beyond a schema, each one a user would send. */
const OVERRIDES: Record<string, Record<string, unknown>> = {
	'verify.CreateVerification': { To: '+14155552671', Channel: 'sms' },
	'verify.CreateVerificationCheck': { To: '+14155552671', Code: '000000' },
	'content.CreateContent': { types: { 'twilio/text': { body: 'Hello {{1}}' } }, language: 'en' },
	'content.CreateApprovalCreate': { name: 'greeting', category: 'UTILITY' },
	'studio.CreateExecution': { To: '+14155552671', From: '+14155550100' },
	'studio.CreateFlow': { Definition: JSON.stringify(FLOW_DEFINITION) },
	'studio.UpdateFlowValidate': { Definition: JSON.stringify(FLOW_DEFINITION) },
	// A participant is a chat user or an address (Conversations: Participant).
	'conversations.CreateConversationParticipant': { Identity: 'ana' },
	'conversations.CreateServiceConversationParticipant': { Identity: 'ana' },
	// Voice Intelligence transcribes a recording of the account, in a service of its own.
	'intelligence.CreateTranscript': {
		Channel: JSON.stringify({ media_properties: { source_sid: `RE${'0'.repeat(32)}` } }),
	},
};

/**
 * What Twilio needs in place beyond the path's records: a check needs a pending verification, whose
 * code the recipient read; a detach an attached operator; a transcript its service.
 */
const PREPARE: Record<string, (emulator: TwilioEmulator, path: string) => Promise<void>> = {
	'verify.CreateVerificationCheck': async (emulator, path) => {
		await Promise.resolve();
		const verifications = path.replace(/VerificationCheck$/, 'Verifications');
		const sent = emulator.perform('verify', 'POST', verifications, {
			To: '+14155552671',
			Channel: 'sms',
		});
		OVERRIDES['verify.CreateVerificationCheck'].Code = verificationCode(emulator, {
			sid: String(sent.sid),
		})!;
	},
	// Only an attached operator can be detached.
	'intelligence.DeleteOperatorAttachment': async (emulator, path) => {
		await Promise.resolve();
		emulator.perform('intelligence', 'POST', path, {});
	},
	// A transcript is made in a service that exists.
	'intelligence.CreateTranscript': async (emulator) => {
		await Promise.resolve();
		OVERRIDES['intelligence.CreateTranscript'].ServiceSid = intelligenceService(emulator);
	},
};

/** Where Twilio answers with another success than the description's first: a check is 200. */
const STATUS: Record<string, number> = { 'verify.CreateVerificationCheck': 200 };

/** A value of a required parameter, from its schema. */
function valueFor(emulator: TwilioEmulator, name: string, schema: Schema): unknown {
	if (schema.type === 'array') return schema.items ? [valueFor(emulator, name, schema.items)] : [];
	if (schema.type === 'object')
		return Object.fromEntries(
			(schema.required ?? []).map((field) => [
				field,
				valueFor(emulator, field, schema.properties?.[field] ?? {}),
			]),
		);
	// Event Streams: a sink's configuration and a subscription's types are JSON texts.
	if (name === 'SinkConfiguration') return JSON.stringify(SINK_CONFIGURATION);
	if (name === 'Types') return JSON.stringify({ type: 'com.twilio.messaging.message.delivered' });
	const prefix = sidPrefix(schema);
	// The account's own number: a Messaging Service's sender pool holds only those.
	if (prefix === 'PN')
		return seedRecord(emulator, '/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json').sid;
	if (prefix === 'DG') return activeSink(emulator);
	if (prefix) return `${prefix}${'0'.repeat(32)}`;
	if (schema.enum) return schema.enum[0];
	if (schema.format === 'uri' || /Url$/.test(name)) return 'https://example.com/callback';
	if (schema.format === 'phone-number' || /^(To|From)$/.test(name)) return '+14155552671';
	if (schema.type === 'integer' || schema.type === 'number')
		return String(Math.max(schema.minimum ?? 1, 1));
	if (schema.type === 'boolean') return 'true';
	const limit = /up to (\d+) characters/.exec(schema.description ?? '')?.[1];
	return `Test ${name}`.slice(0, schema.maxLength ?? (limit ? Number(limit) : undefined));
}

async function call(
	emulator: TwilioEmulator,
	product: string,
	operation: OpenApiOperation,
	path: string,
): Promise<{ status: number; body: unknown }> {
	const values: Record<string, unknown> = {};
	const overrides = OVERRIDES[`${product}.${operation.operationId}`] ?? {};
	for (const name of operation.body.required)
		if (!(name in overrides))
			values[name] = valueFor(emulator, name, operation.body.properties[name]);
	Object.assign(values, overrides);
	const { url, account } = emulator;
	const json = operation.body.json;
	const sendsBody = operation.method === 'POST' || operation.method === 'PUT';
	const form = new URLSearchParams(
		Object.entries(values).flatMap(([name, value]): Array<[string, string]> =>
			(Array.isArray(value) ? value : [value]).map((one) => [
				name,
				typeof one === 'string' ? one : JSON.stringify(one),
			]),
		),
	);
	const response = await fetch(`${url}/${product}${path}`, {
		method: operation.method,
		headers: {
			Authorization: `Basic ${Buffer.from(`${account.sid}:${account.authToken}`).toString('base64')}`,
			...(sendsBody
				? { 'Content-Type': json ? 'application/json' : 'application/x-www-form-urlencoded' }
				: {}),
		},
		body: sendsBody ? (json ? JSON.stringify(values) : form.toString()) : undefined,
	});
	const text = await response.text();
	return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/**
 * The key of a record in a collection (the placeholder `name` names it): one created through the
 * product's create operation of that collection, or, for records Twilio makes on its own (steps,
 * revisions), one put in place.
 */
async function recordIn(
	emulator: TwilioEmulator,
	{ name: product, spec }: Product,
	collection: string,
	template: string,
	path: Record<string, string>,
	name: string,
	declared?: Schema,
): Promise<string> {
	const create = spec.operations.find(
		(operation) => kindOf(operation) === 'create' && operation.template === template,
	);
	if (name === 'PhoneNumber' && create)
		OVERRIDES[`${product}.${create.operationId}`] = {
			PhoneNumber: '+14155552671',
		};
	let record: Record<string, unknown>;
	if (create) {
		await PREPARE[`${product}.${create.operationId}`]?.(emulator, collection);
		const { status, body } = await call(emulator, product, create, collection);
		if (status >= 300)
			throw new Error(`${create.operationId} answered ${status}: ${JSON.stringify(body)}`);
		record = body as Record<string, unknown>;
	} else {
		const instance = spec.operations.find(
			(operation) =>
				operation.keyPlaceholder && operation.template.replace(/\/\{\w+\}$/, '') === template,
		);
		// A record the description never reads on its own (a link shortening domain): any SID of
		// its kind names it.
		if (!instance) return `${sidPrefix(declared) ?? 'XX'}${'0'.repeat(32)}`;
		record = seedProductRecord(emulator, product, instance.template, path);
	}
	return String(record[snakeCase(name)] ?? record.sid);
}

const creates = ({ spec }: Product, template: string) =>
	spec.operations.some(
		(operation) => kindOf(operation) === 'create' && operation.template === template,
	);

/** The operation's path with each placeholder's record created under the ones before it. */
async function pathFor(
	emulator: TwilioEmulator,
	product: Product,
	operation: OpenApiOperation,
): Promise<string> {
	let path = operation.template;
	const values: Record<string, string> = {};
	for (const [whole, name] of operation.template.matchAll(/\{(\w+)\}/g)) {
		const template = operation.template.slice(0, operation.template.indexOf(whole) - 1);
		const collection = path.slice(0, path.indexOf(whole) - 1);
		const declared = operation.pathParameters[name];
		values[name] = declared?.enum
			? declared.enum[0]
			: name === 'PhoneNumber' && !creates(product, template)
				? '+14155552671'
				: isNamed(product, operation.template, name)
					? `line_type_intelligence`
					: await recordIn(emulator, product, collection, template, values, name, declared);
		path = path.replace(whole, encodeURIComponent(values[name]));
	}
	const maker = product.spec
		.operationsOf(operation.template)
		.find((candidate) => candidate.method === 'POST' || candidate.method === 'PUT');
	const last = /\{(\w+)\}$/.exec(operation.template)?.[1];
	if (maker && last && isNamed(product, operation.template, last) && maker !== operation) {
		const { status, body } = await call(emulator, product.name, maker, path);
		if (status >= 300)
			throw new Error(`${maker.operationId} answered ${status}: ${JSON.stringify(body)}`);
	}
	return path;
}

/**
 * A record the user names (Lookup's override of a data package, a rate limit's bucket): the last
 * placeholder of an instance path without a SID pattern, in a collection without a create, made at
 * its name by a POST or PUT there.
 */
function isNamed(product: Product, template: string, name: string): boolean {
	const operations = product.spec.operationsOf(template);
	const schema = operations[0]?.pathParameters[name];
	return (
		name !== 'PhoneNumber' &&
		// A SID placeholder names a record of its own even where the description gives no pattern
		// (a user's conversation, by the conversation's SID or unique name).
		!name.endsWith('Sid') &&
		new RegExp(`\\{${name}\\}$`).test(template) &&
		!sidPrefix(schema) &&
		!creates(product, template.replace(/\/\{\w+\}$/, '')) &&
		operations.some((operation) => operation.method === 'POST' || operation.method === 'PUT')
	);
}

describe.each(products.map((product) => [product.name, product] as const))('%s', (_, product) => {
	test.each(
		product.spec.operations.map((operation) => [operation.operationId, operation] as const),
	)(
		'%s answers as its description says, accepted by the answer check',
		async (operationId, operation) => {
			const { emulator } = suite;
			const before = emulator.contractViolations.length;
			const path = await pathFor(emulator, product, operation);
			await PREPARE[`${product.name}.${operationId}`]?.(emulator, path);
			const { status, body } = await call(emulator, product.name, operation, path);
			expect({ status, body: status >= 400 ? body : undefined }).toEqual({
				status: STATUS[`${product.name}.${operationId}`] ?? operation.status,
				body: undefined,
			});
			if (status !== 204) {
				const contract = await contractOf(product.name);
				expect(contract.checkResponse(operationId, status, body)).toEqual([]);
			}
			expect(emulator.contractViolations.slice(before)).toEqual([]);
		},
	);
});
