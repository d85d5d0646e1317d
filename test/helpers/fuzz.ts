import fc from 'fast-check';
import {
	NodeApiError,
	NodeHelpers,
	NodeOperationError,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type IExecuteFunctions,
	type INodeProperties,
	type INodeType,
} from 'n8n-workflow';

import type {
	FieldDefinition,
	OperationDefinition,
	ResourceDefinition,
} from '../../nodes/Twilio/engine/types';
import { catalog } from '../../nodes/Twilio/products';
import type { ReceivedRequest } from '../../emulator';
import { descriptionOf, nodeTypeInstances, nodeTypeOf, PACKAGE_NAME } from './n8n';
import { useTwilio, type TwilioFixture } from './twilio';

const resources = catalog();

/** Values that try to leave the operation's path or smuggle something into a request. */
const TRICKS = [
	'../',
	'..\\',
	'..',
	'/',
	'\\',
	'%2F',
	'%2f',
	'%2e%2e%2F',
	'..%2F',
	'%5C',
	'?',
	'#',
	'%3F',
	'%23',
	'&',
	'%00',
	'/../../Accounts.json',
	'/Calls.json',
	'.json',
	'?PageSize=1000',
	'#fragment',
	'{AccountSid}',
	'{Sid}',
	'\u0000',
	'\r\n',
	'\t',
	' ',
	'\u202e',
	'\ud83d\ude00',
	'ｓｍ',
	'=',
	'={{ 1 + 1 }}',
	'null',
	'undefined',
	'[object Object]',
];
const HEX = '0123456789abcdef';

/**
 * The operation's parameters as the editor shows them: everything displayed for its resource and
 * operation.
 */
export function editorParameters(
	resource: ResourceDefinition,
	operation: OperationDefinition,
	values: IDataObject = {},
): INodeProperties[] {
	const description = descriptionOf(resource.value);
	const selected = { ...values, resource: resource.value, operation: operation.value };
	return description.properties.filter(
		(property) =>
			property.type !== 'notice' &&
			property.name !== 'resource' &&
			property.name !== 'operation' &&
			NodeHelpers.displayParameter(selected, property, { typeVersion: 1 }, description),
	);
}

/** Values that should pass the field's checks: what a careful user would enter. */
function plausible(property: INodeProperties, knownSids: string[]): fc.Arbitrary<unknown> {
	const hex32 = fc.string({ unit: fc.constantFrom(...HEX), minLength: 32, maxLength: 32 });
	const sidPrefix = /^([A-Z]{2})x{32}$/.exec(String(property.placeholder ?? ''))?.[1];
	switch (property.type) {
		case 'options':
			return fc.constantFrom(
				...(property.options ?? []).map((option) => ('value' in option ? option.value : '')),
			);
		case 'number': {
			const { minValue = -10, maxValue = 100_000 } = property.typeOptions ?? {};
			return fc.integer({ min: minValue, max: maxValue });
		}
		case 'boolean':
			return fc.boolean();
		case 'dateTime':
			return fc
				.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
				.map((date) => date.toISOString());
		default:
			if (property.typeOptions?.multipleValues) return fc.array(fc.webUrl(), { maxLength: 11 });
			if (sidPrefix) {
				const known = knownSids.filter((sid) => sid.startsWith(sidPrefix));
				return fc.oneof(
					hex32.map((hex) => `${sidPrefix}${hex}`),
					...(known.length ? [fc.constantFrom(...known)] : []),
				);
			}
			if (/^\+\d+$/.test(String(property.placeholder ?? ''))) {
				return fc
					.integer({ min: 0, max: 9999 })
					.map((n) => `+1415555${String(n).padStart(4, '0')}`);
			}
			if (property.placeholder === 'https://') return fc.webUrl();
			return fc.string({ unit: 'grapheme', maxLength: 30 });
	}
}

const hostileText: fc.Arbitrary<string> = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.constantFrom(...TRICKS),
	fc
		.tuple(fc.constantFrom(...TRICKS), fc.string({ maxLength: 8 }), fc.constantFrom(...TRICKS))
		.map((parts) => parts.join('')),
	fc.integer({ min: 1000, max: 20_000 }).map((length) => 'A'.repeat(length)),
);

/** Values of a type no field expects: what an expression can hand over. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
	fc.integer(),
	fc.double(),
	fc.boolean(),
	fc.constant(null),
	fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
	fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
	fc.constant({ __rl: true, mode: 'id', value: '../Accounts' }),
);

function leafValue(
	property: INodeProperties,
	knownSids: string[],
	expression: boolean,
): fc.Arbitrary<unknown> {
	const good = plausible(property, knownSids);
	const tricked = fc
		.tuple(good, fc.constantFrom(...TRICKS), fc.boolean())
		.map(([value, trick, before]) =>
			typeof value === 'string' ? (before ? trick + value : value + trick) : value,
		);
	const values = fc.oneof(
		{ weight: 5, arbitrary: good },
		{ weight: 2, arbitrary: tricked },
		{ weight: 2, arbitrary: hostileText },
		{ weight: expression ? 2 : 0, arbitrary: wrongType },
		{ weight: 1, arbitrary: fc.constantFrom('', undefined) },
	);
	// A fixed value starting with "=" is an n8n expression, n8n's to evaluate; as data it stays in
	// expression mode.
	return expression
		? values
		: values.filter((value) => !(typeof value === 'string' && value.startsWith('=')));
}

/**
 * One value per parameter (or none); a collection gets values for some of its fields, or (as data)
 * anything.
 */
function parameterTree(
	properties: INodeProperties[],
	knownSids: string[],
	expression: boolean,
): fc.Arbitrary<IDataObject> {
	const entries: Record<string, fc.Arbitrary<unknown>> = {};
	for (const property of properties) {
		if (property.type === 'collection') {
			const inner = (property.options ?? []) as INodeProperties[];
			const fields = parameterTree(inner, knownSids, expression);
			entries[property.name] = expression
				? fc.oneof({ weight: 6, arbitrary: fields }, { weight: 1, arbitrary: wrongType })
				: fields;
		} else {
			entries[property.name] = leafValue(property, knownSids, expression);
		}
	}
	return fc.record(entries, { requiredKeys: [] }) as fc.Arbitrary<IDataObject>;
}

/** Every parameter as an expression that reads the item's own value: `={{ $json.p?.["to"] }}`. */
function expressionsFor(properties: INodeProperties[], path: string): IDataObject {
	const parameters: IDataObject = {};
	for (const property of properties) {
		const at = `${path}?.[${JSON.stringify(property.name)}]`;
		parameters[property.name] =
			property.type === 'collection'
				? expressionsFor((property.options ?? []) as INodeProperties[], at)
				: `={{ ${at} }}`;
	}
	return parameters;
}

export interface FuzzCase {
	expression: boolean;
	continueOnFail: boolean;
	apiKey: boolean;
	/** Whole collections given as one expression (their value then comes from the item). */
	wholeCollections: string[];
	trees: IDataObject[];
}

export interface FuzzFigures {
	operations: number;
	cases: number;
	items: number;
	requestsSent: number;
	outcomes: Record<string, number>;
}

/**
 * The path checks of an operation: its template as a pattern, and the fields that may fill each
 * placeholder.
 */
function pathRule(operation: OperationDefinition) {
	const fields: FieldDefinition[] = [
		...(operation.fields ?? []),
		...(operation.optionalFields?.fields ?? []),
		...(operation.options ?? []),
	].filter((field) => field.location === 'path');
	const template = typeof operation.path === 'string' ? operation.path : undefined;
	const names = template ? [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]) : [];
	const pattern = template
		? new RegExp(
				`^${template
					.split(/\{\w+\}/)
					.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
					.join('([^/]+)')}$`,
			)
		: undefined;
	return { fields, names, pattern };
}

/**
 * The problems with one request the node sent for the operation: another method, another path,
 * or a placeholder holding anything but a value its own field accepts (a valid SID, or for a
 * participant its label), encoded as one path segment.
 */
function pathProblems(
	request: ReceivedRequest,
	operation: OperationDefinition,
	accountSid: string,
): string[] {
	const where = `${request.method} ${request.path}`;
	if (request.method !== operation.method) return [`${where}: method is not ${operation.method}`];
	const { fields, names, pattern } = pathRule(operation);
	if (!pattern) {
		// A computed path: at least every segment must be plain.
		return request.path
			.split('/')
			.every((segment) => /^[A-Za-z0-9]*(\.json)?$/.test(segment) || segment === '2010-04-01')
			? []
			: [`${where}: not a plain path`];
	}
	const match = pattern.exec(request.path);
	if (!match) return [`${where}: not the path of ${String(operation.path)}`];
	return names.flatMap((name, index) => {
		const segment = match[index + 1];
		let value: string;
		try {
			value = decodeURIComponent(segment);
		} catch {
			return [`${where}: {${name}} is "${segment}", not a %-encoded value`];
		}
		// One segment, encoded as encodeURIComponent does: no separator, no dot segment, nothing left
		// raw.
		if (segment !== encodeURIComponent(value) || value === '.' || value === '..') {
			return [`${where}: {${name}} is "${segment}"`];
		}
		// Independently of the field: a SID, a plain name or a phone number (Lookup's), never anything
		// else; a participant's label or a conference's name may be any text, as Twilio's are, but no
		// control characters.
		const label =
			/\/Participants/.test(String(operation.path)) &&
			['CallSid', 'ConferenceSid'].includes(name) &&
			!/[\u0000-\u001f\u007f]/.test(value);
		if (!SID.test(value) && !PLAIN_NAME.test(value) && !PHONE_NUMBER.test(value) && !label)
			return [`${where}: {${name}} is "${value}"`];
		const accepted =
			(name === 'AccountSid' && value === accountSid) ||
			fields.some((field) => field.twilioName === name && safeToWire(field, value) === value);
		return accepted ? [] : [`${where}: {${name}} is "${value}", which its field does not accept`];
	});
}

const SID = /^[A-Z]{2}[0-9a-fA-F]{32}$/;
const PLAIN_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u;
const PHONE_NUMBER = /^\+?\d+$/;

function safeToWire(field: FieldDefinition, value: string): unknown {
	try {
		return field.toWire(value, { timeZone: 'UTC' });
	} catch {
		return undefined;
	}
}

const RUNTIME_ERRORS = [
	'TypeError',
	'RangeError',
	'ReferenceError',
	'SyntaxError',
	'EvalError',
	'URIError',
	'InternalError',
];

/**
 * Why an error that came out of the node is not one it should give: its class, or a crash inside
 * it.
 */
function errorProblems(error: unknown): string[] {
	if (!(error instanceof NodeOperationError || error instanceof NodeApiError)) {
		return [
			`${(error as Error)?.constructor?.name ?? typeof error} came out: ${String((error as Error)?.message)}`,
		];
	}
	const problems: string[] = [];
	const causeOf = (value: unknown) => (value as { cause?: unknown }).cause;
	for (
		let cause = causeOf(error), depth = 0;
		cause && depth < 10;
		cause = causeOf(cause), depth++
	) {
		const name = (cause as Error).name;
		if (RUNTIME_ERRORS.includes(name))
			problems.push(`a ${name} inside: ${(cause as Error).message}`);
	}
	return problems;
}

/**
 * Runs every operation of the catalog with seeded random parameters through n8n-core and checks:
 * only NodeOperationError or NodeApiError come out (no crash inside them), every request goes to
 * the operation's own path with valid SIDs in it, and with Continue On Fail every item has its
 * output.
 */
export async function fuzzCatalog(
	twilio: TwilioFixture,
	{
		seed,
		runsPerOperation,
		credentials,
	}: {
		seed: number;
		runsPerOperation: number;
		credentials: Record<'authToken' | 'apiKey', ICredentialDataDecryptedObject>;
	},
	produced: unknown[],
): Promise<FuzzFigures> {
	const thrown: unknown[] = [];
	/**
	 * Each action node, watched for what it throws; the node's own name ends the type, as the node
	 * reads it.
	 */
	const observedType = (resource: string) => {
		const type = nodeTypeOf(resource);
		const watched = `${PACKAGE_NAME}.observed.${type.split('.').pop()}`;
		const real = nodeTypeInstances[type];
		nodeTypeInstances[watched] ??= {
			description: real.description,
			async execute(this: IExecuteFunctions) {
				try {
					return await real.execute!.call(this);
				} catch (error) {
					thrown.push(error);
					throw error;
				}
			},
		} satisfies INodeType;
		return watched;
	};

	const knownSids = [twilio.emulator.account.sid];
	const figures: FuzzFigures = { operations: 0, cases: 0, items: 0, requestsSent: 0, outcomes: {} };
	const count = (outcome: string) =>
		(figures.outcomes[outcome] = (figures.outcomes[outcome] ?? 0) + 1);

	for (const resource of resources) {
		for (const operation of resource.operations) {
			figures.operations++;
			const properties = editorParameters(resource, operation);
			const collections = properties
				.filter((property) => property.type === 'collection')
				.map((property) => property.name);
			const fuzzCase: fc.Arbitrary<FuzzCase> = fc.boolean().chain((expression) =>
				fc.record({
					expression: fc.constant(expression),
					continueOnFail: fc.boolean(),
					apiKey: fc.boolean(),
					wholeCollections: expression
						? fc.subarray(collections, { maxLength: 1 })
						: fc.constant([]),
					trees: fc.array(parameterTree(properties, knownSids, expression), {
						minLength: 1,
						maxLength: expression ? 3 : 1,
					}),
				}),
			);
			await fc.assert(
				fc.asyncProperty(fuzzCase, async (input) => {
					const firstRequest = twilio.emulator.requests.length;
					thrown.length = 0;
					const items = input.continueOnFail ? input.trees : input.trees.slice(0, 1);
					let parameters: IDataObject = input.trees[0];
					if (input.expression) {
						parameters = expressionsFor(properties, '$json.p');
						for (const name of input.wholeCollections)
							parameters[name] = `={{ $json.p?.[${JSON.stringify(name)}] }}`;
					}
					figures.cases++;
					figures.items += items.length;
					let run;
					try {
						run = await twilio.run({
							nodeType: observedType(resource.value),
							parameters: { ...parameters, resource: resource.value, operation: operation.value },
							items: items.map((tree) => ({ p: tree })),
							credentials: input.apiKey ? credentials.apiKey : credentials.authToken,
							continueOnFail: input.continueOnFail,
						});
					} catch (error) {
						// n8n's own check of required parameters, before the node runs.
						if ((error as Error).name !== 'WorkflowHasIssuesError') throw error;
						count('refused by n8n before the node ran');
						expect(twilio.emulator.requests.length).toBe(firstRequest);
						return;
					}
					produced.push(run, ...thrown);
					const sent = twilio.emulator.requests.slice(firstRequest);
					figures.requestsSent += sent.length;
					const problems = sent.flatMap((request) =>
						pathProblems(request, operation, twilio.emulator.account.sid),
					);
					problems.push(...thrown.flatMap(errorProblems));
					if (input.continueOnFail) {
						const paired = run.output.map((item) => (item.pairedItem as { item: number }).item);
						// An empty list is the one answer with no output item.
						const missing = items
							.map((_, index) => index)
							.filter((index) => !paired.includes(index));
						if (missing.length && !operation.list)
							problems.push(`no output for items ${missing.join(', ')}`);
						for (const item of run.output) {
							if (item.json.error === undefined) continue;
							count('error item');
							if (typeof item.json.error !== 'string' || !item.json.error)
								problems.push('an error item without a message');
						}
					} else if (run.error) {
						count(thrown[0] instanceof NodeApiError ? 'NodeApiError' : 'NodeOperationError');
						if (thrown.length === 0)
							problems.push(`the execution failed outside the node: ${run.error.message}`);
					}
					if (!run.error) count(input.continueOnFail ? 'ran with Continue On Fail' : 'succeeded');
					expect(problems).toEqual([]);
				}),
				// Each operation's cases depend on its own name only, not on what else the catalog holds.
				{
					seed: seed ^ hash(`${resource.value}.${operation.value}`),
					numRuns: runsPerOperation,
					endOnFailure: true,
				},
			);
		}
	}
	return figures;
}

function hash(text: string): number {
	let value = 0;
	for (const character of text) value = (Math.imul(value, 31) + character.codePointAt(0)!) | 0;
	return value;
}

/**
 * What a fuzz run watches besides its output: the emulator and any promise rejection nobody
 * handled.
 */
export interface FuzzFixture {
	twilio: TwilioFixture;
	unhandled: unknown[];
}

/**
 * The suite's emulator (see `useTwilio`), and a record of unhandled rejections while the suite
 * runs.
 */
export function useFuzzFixture(): FuzzFixture {
	const fixture: FuzzFixture = { twilio: useTwilio(), unhandled: [] };
	const onUnhandled = (reason: unknown) => fixture.unhandled.push(reason);
	beforeAll(() => process.on('unhandledRejection', onUnhandled));
	afterAll(() => process.off('unhandledRejection', onUnhandled));
	return fixture;
}
