import { seedProductRecord, seedStudioFlow, type TwilioEmulator } from '../../emulator';
import type { OpenApiOperation, OpenApiParameter } from '../../nodes/Twilio/engine/openApi';
import { catalog } from '../../nodes/Twilio/products';
import type { SeededPath } from './seedPath';
import { sidOfKind } from './seedPath';

/**
 * Puts in place what a path of a product beyond the classic API names: each record
 * through the create operation of its collection in the product's description (a Verify
 * service, a verification, a Messaging Service, its number, a template, an execution), with the
 * create's required parameters from their schemas. Studio flows are built in the Console, not by
 * the API, and are seeded; execution steps are Studio's own, read from their list.
 */

/** Every operation the nodes offer, by product: each product's description whole. */
const OPERATIONS: Record<string, OpenApiOperation[]> = {};
for (const spec of catalog().flatMap((resource) =>
	resource.operations.flatMap((operation) => operation.spec),
))
	if (!OPERATIONS[spec.product]?.includes(spec)) (OPERATIONS[spec.product] ??= []).push(spec);

/**
 * Twilio's rule beyond the schema: a template names at least one content type (Content API,
 * Create).
 */
const TEMPLATE_TYPES = { 'twilio/text': { body: 'Hello {{1}}' } };

/** The media of a transcript: a recording of the account. */
export const TRANSCRIPT_CHANNEL = { media_properties: { source_sid: `RE${'0'.repeat(32)}` } };

/** A webhook sink's configuration: its destination and method (Event Streams). */
export const SINK_CONFIGURATION = {
	destination: 'https://example.com/sink',
	method: 'POST',
	batch_events: false,
};

/** A value of a create's required parameter, from its schema. */
function valueOf(emulator: TwilioEmulator, product: string, parameter: OpenApiParameter): unknown {
	if (parameter.sid) return sidOfKind(emulator, parameter.sid[0]);
	// Voice Intelligence transcribes a recording of the account (Transcript: Channel).
	if (product === 'intelligence' && parameter.name === 'Channel')
		return JSON.stringify(TRANSCRIPT_CHANNEL);
	// Event Streams: a sink's configuration and a subscription's types are JSON texts.
	if (parameter.name === 'SinkConfiguration') return JSON.stringify(SINK_CONFIGURATION);
	if (parameter.name === 'Types')
		return JSON.stringify({ type: 'com.twilio.messaging.message.delivered' });
	if (parameter.enum) return parameter.enum[0];
	if (parameter.items?.enum) return [parameter.items.enum[0]];
	if (parameter.type === 'boolean') return true;
	// Messaging: an alphanumeric sender ID has up to 11 characters.
	if (parameter.name === 'AlphaSender') return 'Example';

	// Verify's channels are a text in its description: sms, call, email, whatsapp, sna.
	if (parameter.name === 'Channel') return 'sms';
	if (parameter.format === 'phone-number' || /^(To|From|PhoneNumber)$/.test(parameter.name))
		return '+14155552671';
	// Verify: an entity's identity is 8 to 64 alphanumerics separated by dashes; a messaging
	// configuration is a country's ISO code.
	if (/^identity$/i.test(parameter.name)) return 'user-8f3c2a1b';
	if (parameter.name === 'Country') return 'US';
	if (parameter.type === 'integer') return 60;
	if (parameter.format === 'uri' || parameter.name.endsWith('Url'))
		return `https://example.com/${parameter.name}`;
	if (parameter.name === 'types') return TEMPLATE_TYPES;
	if (parameter.name === 'language') return 'en';
	// An event type is a dotted name (Event Streams: Event Type resource).
	if (parameter.name === 'Type') return 'com.twilio.messaging.message.delivered';
	return `Test ${parameter.name}`;
}

/**
 * A request to a product of the emulator (its path below the product's name: `/verify/v2/…`), with
 * the account's credential; an error answer throws.
 */
export async function productRequest(
	emulator: TwilioEmulator,
	method: string,
	path: string,
	form?: Record<string, string>,
) {
	return await call(emulator, method, path, form ? { form: new URLSearchParams(form) } : undefined);
}

async function call(
	emulator: TwilioEmulator,
	method: string,
	path: string,
	body?: { form?: URLSearchParams; json?: unknown },
) {
	const { url, account } = emulator;
	const response = await fetch(`${url}${path}`, {
		method,
		headers: {
			Authorization: `Basic ${Buffer.from(`${account.sid}:${account.authToken}`).toString('base64')}`,
			...(body
				? { 'Content-Type': body.json ? 'application/json' : 'application/x-www-form-urlencoded' }
				: {}),
		},
		body: body?.json ? JSON.stringify(body.json) : body?.form?.toString(),
	});
	const answer = (await response.json()) as Record<string, unknown>;
	if (!response.ok)
		throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
	return answer;
}

/**
 * What a create needs beyond its required parameters: a conversation participant is a chat user
 * or an address (Conversations: Participant).
 */
const CREATED_WITH: Record<string, Record<string, string>> = {
	CreateConversationParticipant: { Identity: 'ana' },
	CreateServiceConversationParticipant: { Identity: 'ana' },
};

/** The operation that creates a record of the collection at its path: a POST to it. */
function creatorOf(product: string, collection: string) {
	return OPERATIONS[product]?.find(
		(operation) =>
			operation.method === 'POST' &&
			operation.path.replace(/\{\w+\}/g, '{}') ===
				collection.replace(/[A-Z]{2}[0-9a-f]{32}/g, '{}'),
	);
}

/**
 * Creates a record of the collection and returns its key: the record's `placeholder.name`, at
 * `placeholder.template` (the spec's path up to it) with the `values` before it.
 */
async function createIn(
	emulator: TwilioEmulator,
	product: string,
	collection: string,
	placeholder: { name: string; template: string; values: Record<string, string> },
): Promise<string> {
	const { name } = placeholder;
	if (product === 'studio' && collection === '/v2/Flows')
		return String(seedStudioFlow(emulator).sid);
	const create = creatorOf(product, collection);
	// A record named by a field of its own (a subscribed event's type, a revision's number) gives
	// that field; others their SID, which some records name after their kind (a brand vetting's
	// brand_vetting_sid).
	const own = name.replace(
		/[A-Z]/g,
		(letter, at: number) => (at ? '_' : '') + letter.toLowerCase(),
	);
	const key = name.endsWith('Sid') ? 'sid' : own;
	const keyOf = (record: Record<string, unknown>) =>
		String(record[key] ?? record[own] ?? record.sid);
	const shape = (path: string) => path.replace(/\{\w+\}/g, '{}');
	const listed = OPERATIONS[product]?.some(
		(operation) =>
			operation.list &&
			shape(operation.path) === shape(collection.replace(/[A-Z]{2}[0-9a-f]{32}/g, '{x}')),
	);
	if (!create && REFERENCED[name])
		return createIn(emulator, product, REFERENCED[name], {
			name: 'Sid',
			template: `${REFERENCED[name]}/{Sid}`,
			values: {},
		});
	if (!create) {
		const records = listed
			? (Object.values(await call(emulator, 'GET', `/${product}${collection}`)).find(
					Array.isArray,
				) as Array<Record<string, unknown>>)
			: [];
		if (records.length) return keyOf(records[0]);
		// A record the description never shows, only what is below it (Messaging's link shortening
		// domains, added in the Console): a SID of its kind.
		const described = OPERATIONS[product]?.some(
			(operation) => shape(operation.path) === shape(placeholder.template),
		);
		if (!described) {
			const prefix = OPERATIONS[product]
				?.flatMap((operation) => operation.parameters)
				.find((parameter) => parameter.name === name && parameter.sid)?.sid?.[0];
			if (prefix) return sidOfKind(emulator, prefix);
		}
		// Records Twilio writes on its own (Monitor's alerts, a flow's revisions): one put in place.
		return keyOf(
			seedProductRecord(emulator, product, placeholder.template, { ...placeholder.values }),
		);
	}
	const required = create.parameters.filter(
		(parameter) => parameter.required && parameter.in === 'body',
	);
	const values = [
		...required.map(
			(parameter) => [parameter.name, valueOf(emulator, product, parameter)] as const,
		),
		...Object.entries(CREATED_WITH[create.id] ?? {}),
	];
	const answer =
		create.body === 'json'
			? await call(emulator, 'POST', `/${product}${collection}`, {
					json: Object.fromEntries(values),
				})
			: await call(emulator, 'POST', `/${product}${collection}`, {
					form: new URLSearchParams(
						values.map(([name, value]): [string, string] => [name, String(value)]),
					),
				});
	return keyOf(answer);
}

/**
 * Names a user gives records that are named rather than numbered: Lookup's rate limit buckets and
 * overrides, by data package.
 */
const NAMES: Record<string, string> = {
	Field: 'line_type_intelligence',
	Bucket: 'default',
	FormType: 'form-push',
};

/**
 * Records a path names that live in another collection of the product: a Messaging Service
 * attached to a link shortening domain.
 */
const REFERENCED: Record<string, string> = { MessagingServiceSid: '/v1/Services' };

/**
 * Makes the record a path names by a name of the user's (`/Overrides/{Field}`): through the
 * operation that creates it there, a POST, or a PUT that does not need it to exist.
 */
async function makeNamed(
	emulator: TwilioEmulator,
	product: string,
	template: string,
	path: string,
): Promise<void> {
	const maker = OPERATIONS[product]?.find(
		(operation) =>
			operation.path === template && (operation.method === 'POST' || operation.method === 'PUT'),
	);
	if (maker) await call(emulator, maker.method, `/${product}${path}`, { json: {} });
}

/**
 * Fills a product's path, creating the record of each placeholder under the ones before it; a phone
 * number is one to look up, and a named record is made at its name.
 */
export async function seedProductPath(
	emulator: TwilioEmulator,
	product: string,
	template: string,
): Promise<SeededPath> {
	const values: Record<string, string> = {};
	let path = template;
	for (const match of template.matchAll(/\{(\w+)\}/g)) {
		const name = match[1];
		const collection = path.slice(0, path.indexOf(match[0]) - 1);
		const value =
			name === 'PhoneNumber' && !creatorOf(product, collection)
				? '+14155552671'
				: (NAMES[name] ??
					(await createIn(emulator, product, collection, {
						name,
						template: template.slice(0, template.indexOf(match[0]) + match[0].length),
						values,
					})));
		values[name] = value;
		path = path.replace(match[0], encodeURIComponent(value));
	}
	const last = /\{(\w+)\}$/.exec(template)?.[1];
	// A record the client names itself in the path (a POST Create… there) is made there too.
	const namedByClient = OPERATIONS[product]?.some(
		(operation) =>
			operation.path === template &&
			operation.method === 'POST' &&
			operation.id.startsWith('Create'),
	);
	if (last && (NAMES[last] || namedByClient)) await makeNamed(emulator, product, template, path);
	return { path, values };
}
