import type { INodeParameters, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { TwilioEmulator } from '../../emulator';
import { storeMedia } from '../../emulator/mediaContent';
import type { OpenApiParameter } from '../../nodes/Twilio/engine/openApi';
import type {
	FieldDefinition,
	OperationDefinition,
	ResourceDefinition,
} from '../../nodes/Twilio/engine/types';
import { editorParameters } from './fuzz';
import { addSubaccount, seedListRecord, seedPath, sidOfKind } from './seedPath';
import {
	productRequest,
	seedProductPath,
	SINK_CONFIGURATION,
	TRANSCRIPT_CHANNEL,
} from './seedProductPath';

/**
 * The parameters of one run of an operation, generated from its fields and the spec parameters
 * they fill, and the request Twilio should then receive: method, path, and each wire name with
 * its values as Twilio reads them.
 */

/**
 * `required`: what the operation cannot do without; `every`: every parameter the editor shows,
 * filled.
 */
export type Variant = 'required' | 'every';

export interface OperationCase {
	parameters: INodeParameters;
	method: string;
	/** The path as sent: placeholders filled and encoded. */
	path: string;
	/** The form (POST) or query (GET, DELETE) the request must hold exactly, paging aside. */
	wire: Record<string, string[]>;
	/** A JSON body (the Content API), when the operation sends one. */
	json?: Record<string, unknown>;
	/** The page size a list asks for. */
	pageSize?: string;
	/** The headers the description declares that the request must hold (lower-case names). */
	headers: Record<string, string>;
}

/**
 * A day for date filters, and the instant of a date-time field (Twilio schedules a message 15
 * minutes to 35 days ahead).
 */
const DAY = '2024-03-05';
const LATER = () => new Date(Date.now() + 86_400_000);
const isoInstant = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** One field's value for n8n and what Twilio then receives. */
interface Filled {
	value: unknown;
	/** Wire name → values; empty for a setting that is never sent. */
	wire: Record<string, string[]>;
	json?: unknown;
}

type FieldContext = {
	emulator: TwilioEmulator;
	operation: OperationDefinition;
	spec?: OpenApiParameter;
	pathValues: Record<string, string>;
};

/**
 * Twilio's rules a value needs beyond its field's type, by field name: each is what a user would
 * enter. Redacting a message sends an empty Body (Message resource, Update: "Body ... empty
 * string").
 */
const FIELD_RULES: Record<string, (context: FieldContext) => Filled | undefined> = {
	redactBody: () => ({ value: true, wire: { Body: [''] } }),
};

/**
 * Values Twilio's rules need beyond the field's type, by wire name: each is what a user would
 * send. A SIP password has 12 characters with a digit and both cases, an IP address is IPv4, an
 * extension is digits (#, * and w), a number bought by area code needs numbers for sale there,
 * a Verify custom code is 4 to 10 letters or digits, usage records take offsets from today.
 */
const WIRE_VALUES: Record<string, string> = {
	StartDate: '-30days',
	EndDate: '+0days',
	CustomCode: '867530',
	Password: 'IWasAtSignal2018',
	IpAddress: '203.0.113.10',
	Extension: '1234',
	AreaCode: '415',
};

/**
 * JSON values Twilio's rules need beyond an object, by wire name: a Studio flow's definition has a
 * Trigger as its initial state (Studio: Flow Definition); Lookup's bulk requests each name a number
 * (`LookupRequestWithCorId`); a passkey's response holds what a browser answers (Verify: Passkeys);
 * a subscription's types each name a type (Event Streams).
 */
const JSON_VALUES: Record<string, object> = {
	phone_numbers: [{ phone_number: '+14155552671' }],
	Channel: TRANSCRIPT_CHANNEL,
	// A WebAuthn credential's response: what registration and login answer with (Verify passkeys).
	response: {
		attestationObject: 'o2NmbXRkbm9uZQ',
		authenticatorData: 'SZYN5YgOjGh0NBcP',
		clientDataJSON: 'eyJ0eXBlIjoid2ViYXV0aG4uZ2V0In0',
		signature: 'MEUCIQDx',
		userHandle: 'dXNlci04ZjNjMmExYg',
	},
	Types: [{ type: 'com.twilio.messaging.message.delivered' }],
	// A webhook sink's destination and method (Event Streams: Webhook Quickstart).
	SinkConfiguration: SINK_CONFIGURATION,
	Definition: {
		description: 'Test',
		states: [{ name: 'Trigger', type: 'trigger', transitions: [], properties: {} }],
		initial_state: 'Trigger',
		flags: { allow_concurrent_calls: true },
	},
};

/** A text value from what the field and its spec parameter say of it. */
function textValue(field: FieldDefinition, { emulator, spec }: FieldContext): string {
	const placeholder = String(field.property.placeholder ?? '');
	const prefix = spec?.sid?.[0] ?? /^([A-Z]{2})x{32}$/.exec(placeholder)?.[1];
	if (prefix) return sidOfKind(emulator, prefix);
	// A SID of any kind (the record an audit event is about): one of the account's numbers.
	if (spec?.anySid) return sidOfKind(emulator, 'PN');
	// A URL in the scheme the field shows (https://, a stream's wss://).
	if (spec?.format === 'uri' || /^[a-z]+:\/\/$/.test(placeholder))
		return `${/^[a-z]+:\/\/$/.test(placeholder) ? placeholder : 'https://'}example.com/${field.property.name}`;
	if (
		spec?.format === 'phone-number' ||
		spec?.format === 'endpoint' ||
		/^\+\d+$/.test(placeholder)
	) {
		return /^\+\d+$/.test(placeholder) ? placeholder : '+14155550123';
	}
	if (spec?.format === 'iso-country-code') return 'US';
	if (placeholder) return placeholder;
	return `Test ${field.property.displayName}`;
}

function optionValues(property: INodeProperties): Array<string | number | boolean> {
	return ((property.options ?? []) as INodePropertyOptions[])
		.map((option) => option.value)
		.filter((value) => value !== '');
}

/** Whether a date field filters by day (one of `X`, `X<`, `X>`). */
/** A wire value as a JSON body holds it: with the type the spec gives its parameter. */
function jsonValue(value: string, type: OpenApiParameter['type'] | undefined): unknown {
	if (type === 'integer' || type === 'number') return Number(value);
	if (type === 'boolean') return value === 'true';
	return value;
}

function isDateFilter(field: FieldDefinition, operation: OperationDefinition): boolean {
	const all = [...(operation.fields ?? []), ...(operation.optionalFields?.fields ?? [])];
	return (
		/[<>]$/.test(field.twilioName) ||
		all.some((other) => other.twilioName === `${field.twilioName}<`)
	);
}

/**
 * What Twilio documents a day given to each date filter to mean: the day, up to its end, from its
 * start.
 */
function dayFilterWire(field: FieldDefinition, spec?: OpenApiParameter): string {
	if (!field.twilioName.endsWith('<')) return DAY;
	return spec?.format === 'date' ? '2024-03-06' : `${DAY}T23:59:59Z`;
}

function fill(field: FieldDefinition, context: FieldContext): Filled {
	const { property, twilioName, location } = field;
	const rule = FIELD_RULES[property.name]?.(context);
	if (rule) return rule;
	const one = (value: unknown, wire: string) => ({
		value,
		wire: location === 'none' ? {} : { [twilioName]: [wire] },
	});
	// Usage records' days may be offsets; Monitor's StartDate is a moment like any other.
	const offsetOnly = ['StartDate', 'EndDate'].includes(twilioName) && !context.spec?.dayOffsets;
	const documented = offsetOnly ? undefined : WIRE_VALUES[twilioName];
	if (documented)
		return one(property.type === 'number' ? Number(documented) : documented, documented);
	if (location === 'path') {
		const value = context.pathValues[twilioName];
		return {
			value: property.type === 'resourceLocator' ? locator(property, value) : value,
			wire: {},
		};
	}
	if (location === 'none' && property.type === 'options')
		return { value: property.default, wire: {} };
	switch (property.type) {
		case 'boolean':
			return one(true, 'true');
		case 'number': {
			const min = property.typeOptions?.minValue ?? context.spec?.minimum;
			const max = property.typeOptions?.maxValue ?? context.spec?.maximum;
			const value =
				min !== undefined && max !== undefined
					? Math.floor((min + max) / 2)
					: Math.max(min ?? 1, 1);
			return one(value, String(value));
		}
		case 'options': {
			const [value] = optionValues(property);
			return one(value, String(value));
		}
		case 'multiOptions': {
			// All of them: Lookup's identity fields need its Identity Match package among the Fields.
			const values = optionValues(property).map(String);
			// An array parameter repeats its key; a text one (Lookup's Fields) takes a comma-separated
			// list.
			return {
				value: values,
				wire: { [twilioName]: context.spec?.type === 'array' ? values : [values.join(',')] },
			};
		}
		case 'dateTime': {
			if (isDateFilter(field, context.operation))
				return one(DAY, dayFilterWire(field, context.spec));
			if (context.spec?.format === 'date') return one(DAY, DAY);
			const later = LATER();
			return one(later.toISOString(), isoInstant(later));
		}
		case 'json': {
			const value = JSON_VALUES[twilioName] ?? { greeting: 'hello' };
			// A JSON array in a form is one value per object (Event Streams' Types).
			const each = Array.isArray(value) && context.operation.spec[0]?.body !== 'json';
			return {
				value: JSON.stringify(value),
				wire: {
					[twilioName]: each
						? value.map((entry) => JSON.stringify(entry))
						: [JSON.stringify(value)],
				},
				json: value,
			};
		}
		case 'fixedCollection':
			return {
				value: { parameter: [{ name: 'greeting', value: 'hello' }] },
				wire: { 'Parameter1.Name': ['greeting'], 'Parameter1.Value': ['hello'] },
			};
		case 'resourceLocator': {
			// A locator by code picks a country.
			const value = property.modes?.some((mode) => mode.name === 'code')
				? 'US'
				: textValue(field, context);
			return one(locator(property, value), value);
		}
		default: {
			if (property.typeOptions?.multipleValues) {
				const values = [
					`https://example.com/${property.name}/1`,
					`https://example.com/${property.name}/2`,
				];
				return { value: values, wire: { [twilioName]: values } };
			}
			const value = textValue(field, context);
			return one(value, value);
		}
	}
}

/**
 * A resource locator's value in the first mode that takes a typed value (an ID, a code, a number).
 */
function locator(property: INodeProperties, value: string) {
	const mode =
		property.modes?.find((candidate) => candidate.name !== 'list' && candidate.name !== 'url')
			?.name ?? 'id';
	return { __rl: true, mode, value };
}

/**
 * What an update needs beyond the spec's required parameters, by operation: Twilio acts on a call
 * or a message only when told what to do (the node refuses an empty update).
 */
const NEEDS_ONE_OF: Record<string, string> = {
	'call.update': 'Status',
	// Canceling needs a scheduled message (30409); redacting works on any.
	'message.update': 'Body',
	// Verify checks the code of the pending verification to a number, or of a verification SID.
	'verification.check': 'To',
	// A participant is a chat user (Identity) or an address (Conversations: Participant).
	'conversationParticipant.create': 'Identity',
};

/**
 * Parameters Twilio refuses together, left out of the every-parameter run, by operation: a call
 * follows one of Url, ApplicationSid and Twiml (Call resource, Create); an update one of Url and
 * Twiml; a message is either canceled or redacted.
 */
const EXCLUSIVE: Record<string, string[]> = {
	'call.make': ['ApplicationSid', 'Twiml'],
	'call.update': ['Twiml'],
	'message.update': ['Status'],
};

/**
 * The fields a variant fills: the required ones and the first of each group Twilio needs one of;
 * or all of them (Options → Account SID only where the path has an account: the Options are one
 * collection for every operation, and the others must leave it empty).
 */
function chosenFields(
	resource: ResourceDefinition,
	operation: OperationDefinition,
	variant: Variant,
): FieldDefinition[] {
	const pair = `${resource.value}.${operation.value}`;
	const options = (operation.options ?? []).filter(
		(field) => operation.accountOption !== false || field.twilioName !== 'AccountSid',
	);
	const all = [
		...(operation.fields ?? []),
		...(operation.optionalFields?.fields ?? []),
		...options,
	];
	if (variant === 'every')
		return all.filter(
			(field) => !EXCLUSIVE[pair]?.includes(field.twilioName) || field.property.required,
		);
	const groups = [
		...operation.spec.flatMap((spec) => spec.oneOf ?? []),
		...(NEEDS_ONE_OF[pair] ? [[NEEDS_ONE_OF[pair]]] : []),
	];
	const firsts = groups.map((group) =>
		group.find((name) => all.some((field) => field.twilioName === name)),
	);
	return all.filter((field) => field.property.required || firsts.includes(field.twilioName));
}

/**
 * The spec operation a computed path sends: the one whose placeholders the chosen path fields fill.
 */
function templateOf(operation: OperationDefinition, fields: FieldDefinition[]): string {
	if (typeof operation.path === 'string') return operation.path;
	const given = new Set(
		fields.filter((field) => field.location === 'path').map((field) => field.twilioName),
	);
	const placeholders = (path: string) =>
		[...path.matchAll(/\{(\w+)\}/g)]
			.map((match) => match[1])
			.filter((name) => name !== 'AccountSid');
	const fitting = operation.spec.filter((spec) =>
		placeholders(spec.path).every((name) => given.has(name)),
	);
	return fitting.sort((a, b) => placeholders(b.path).length - placeholders(a.path).length)[0].path;
}

/** Twilio's 20009: a call is deleted once it has ended. */
const KEY_STATE: Record<string, Record<string, string>> = {
	'call.delete': { status: 'completed' },
};

type Preparation = (
	emulator: TwilioEmulator,
	planned: OperationCase,
	pathValues: Record<string, string>,
) => Promise<void> | void;

/**
 * What a run needs beyond the records its path names, by operation: Twilio lists accounts by
 * friendly name (the node fails the item when none has it); Verify checks a code of a pending
 * verification, the one a given Verification SID names (a check without a code is one of a Silent
 * Network Auth verification); it takes a custom code only from a service with custom codes enabled
 * (Verify: Service resource, CustomCodeEnabled); a conversation message's file is on its
 * conversation's service at the Media Content Service.
 */
const BEFORE: Record<string, Preparation> = {
	'account.getSubaccountsByFriendlyName': (emulator, { wire }) =>
		void addSubaccount(emulator, wire.FriendlyName[0]),
	'verification.check': async (emulator, planned, { ServiceSid }) => {
		const verification = await productRequest(
			emulator,
			'POST',
			`/verify/v2/Services/${ServiceSid}/Verifications`,
			{ To: planned.wire.To[0], Channel: planned.wire.Code ? 'sms' : 'sna' },
		);
		if (!planned.wire.VerificationSid) return;
		planned.wire.VerificationSid = [String(verification.sid)];
		(planned.parameters.additionalFields as INodeParameters).verificationSid = String(
			verification.sid,
		);
	},
	'conversationMessage.create': async (emulator, planned, { ChatServiceSid, ConversationSid }) => {
		if (!planned.wire.MediaSid) return;
		const conversation = await productRequest(
			emulator,
			'GET',
			`/conversations/v1${ChatServiceSid ? `/Services/${ChatServiceSid}` : ''}/Conversations/${ConversationSid}`,
		);
		const media = storeMedia(emulator.store, {
			accountSid: emulator.account.sid,
			serviceSid: String(conversation.chat_service_sid),
			sid: planned.wire.MediaSid[0],
			contentType: 'image/png',
			body: Buffer.from('a picture'),
			now: new Date(),
		});
		expect(media.sid).toBe(planned.wire.MediaSid[0]);
	},
	'verification.send': async (emulator, planned, { ServiceSid }) => {
		if (planned.wire.CustomCode)
			await productRequest(emulator, 'POST', `/verify/v2/Services/${ServiceSid}`, {
				CustomCodeEnabled: 'true',
			});
	},
};

/**
 * Generates the run of one operation in one variant, with the records its path names put in place.
 */
export async function operationCase(
	emulator: TwilioEmulator,
	resource: ResourceDefinition,
	operation: OperationDefinition,
	variant: Variant,
): Promise<OperationCase> {
	const pair = `${resource.value}.${operation.value}`;
	const fields = chosenFields(resource, operation, variant);
	const template = templateOf(operation, fields);
	const seeded =
		operation.product === 'api'
			? seedPath(emulator, template, KEY_STATE[pair])
			: await seedProductPath(emulator, operation.product, template);
	if (operation.list && operation.product === 'api')
		seedListRecord(emulator, template, seeded.values);
	const specParameters = operation.spec.flatMap((spec) => spec.parameters);
	const editor = editorParameters(resource, operation);
	const parameters: INodeParameters = { resource: resource.value, operation: operation.value };
	const wire: Record<string, string[]> = {};
	const json: Record<string, unknown> = {};
	const headers: Record<string, string> = {};
	for (const field of fields) {
		const spec = specParameters.find(
			(parameter) => parameter.name === field.twilioName.replace(/[<>]$/, ''),
		);
		// A path the operation's spec leaves without an account (the products) takes no Account SID
		// option.
		if (field.location === 'path' && seeded.values[field.twilioName] === undefined) continue;
		const filled = fill(field, { emulator, operation, spec, pathValues: seeded.values });
		const topLevel = operation.fields?.includes(field);
		const collection = topLevel
			? undefined
			: editor.find(
					(property) =>
						property.type === 'collection' &&
						property.options?.some((option) => option.name === field.property.name),
				);
		if (collection)
			parameters[collection.name] = {
				...(parameters[collection.name] as object),
				[field.property.name]: filled.value,
			} as INodeParameters;
		else parameters[field.property.name] = filled.value as INodeParameters[string];
		if (field.location === 'header')
			for (const [name, [value]] of Object.entries(filled.wire))
				headers[name.toLowerCase()] = value;
		else if (operation.spec[0]?.body === 'json')
			Object.assign(
				json,
				Object.fromEntries(
					Object.entries(filled.wire).map(([name, [value]]) => [
						name,
						filled.json ?? jsonValue(value, spec?.type),
					]),
				),
			);
		else Object.assign(wire, filled.wire);
	}
	let pageSize: string | undefined;
	if (operation.list) {
		// The limit shows only while Return All is off, which the editor's first view is.
		const limit = editorParameters(resource, operation, { returnAll: false }).find(
			(property) => property.name === 'limit',
		);
		if (variant === 'every') parameters.limit = 3;
		// Only where Twilio's description gives the list a page size, and up to its largest.
		const size = specParameters.find(({ name }) => name === 'PageSize');
		if (size)
			pageSize = String(
				Math.min(Number(parameters.limit ?? limit?.default), size.maximum ?? Infinity),
			);
	}
	const planned: OperationCase = {
		parameters,
		method: operation.method,
		path: seeded.path,
		wire,
		headers,
		json:
			operation.spec[0]?.body === 'json' && ['POST', 'PUT'].includes(operation.method)
				? json
				: undefined,
		pageSize,
	};
	await BEFORE[pair]?.(emulator, planned, seeded.values);
	return planned;
}
