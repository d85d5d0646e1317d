import { readFileSync } from 'node:fs';
import path from 'node:path';

import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats';
import { OpenAPIBackend, type Operation, type Request } from 'openapi-backend';

import { takesDayOffsets } from '../openapi/prose';
import type { Params } from './params';

/** Twilio's official OpenAPI description of the 2010-04-01 API. */
const SPEC_PATH = path.join(__dirname, '..', 'openapi', 'twilio_api_v2010.json');

/**
 * Requests Twilio serves that its OpenAPI description leaves out: media and text renderings of
 * recordings and transcriptions, the content of message media, and endpoints Twilio retired.
 * They are checked by the tests that use them, not here. An entry with a method covers only that
 * method.
 */
const OUTSIDE_SPEC: Array<{ method?: string; path: RegExp }> = [
	{ method: 'GET', path: /^\/2010-04-01\/Accounts\/[^/]+\/Recordings\/[^/.]+(\.mp3|\.wav)?$/ },
	{
		method: 'GET',
		path: /^\/2010-04-01\/Accounts\/[^/]+\/(Recordings\/[^/]+\/)?Transcriptions(\/[^/]+)?\.(txt|xml)$/,
	},
	{ path: /^\/2010-04-01\/Accounts\/[^/]+\/Sandbox(\.json)?$/ },
	{ method: 'DELETE', path: /^\/2010-04-01\/Accounts\/[^/]+\/Notifications\/[^/]+\.json$/ },
	{ method: 'GET', path: /^\/2010-04-01\/Accounts\/[^/]+\/Messages\/[^/]+\/Media\/[^/.]+$/ },
];

/**
 * Fields Twilio's answers carry that the vendored description (twilio-oai 2.6.7) predates, by
 * schema. Each is named by a later official source; the answer check then wants them like any
 * declared field.
 * - `stir_verstat` on calls: the `twilio` npm package 6.3.1 reads it into
 *   `CallInstance.stirVerstat`
 *   (lib/rest/api/v2010/account/call.d.ts): "The STIR/SHAKEN verification status of the call, for
 *   example `TN-Validation-Passed-A`. Empty if the incoming call had no STIR/SHAKEN information."
 */
const FIELDS_AFTER_SPEC: Record<string, Record<string, object>> = {
	'api.v2010.account.call': {
		stir_verstat: {
			type: 'string',
			nullable: true,
			description: 'The STIR/SHAKEN verification status of the call.',
		},
	},
};

/** The description with the fields of FIELDS_AFTER_SPEC added to their schemas. */
export function withFieldsAfterSpec<
	T extends { components: { schemas: Record<string, { properties: object }> } },
>(spec: T): T {
	for (const [schema, fields] of Object.entries(FIELDS_AFTER_SPEC)) {
		// Another product's description has none of the classic API's schemas.
		if (spec.components.schemas[schema])
			Object.assign(spec.components.schemas[schema].properties, fields);
	}
	return spec;
}

interface ContractResult {
	/** The spec's operationId, e.g. `CreateMessage`, when the request matched one. */
	operationId?: string;
	/** True for requests the spec does not describe on purpose (see OUTSIDE_SPEC). */
	outsideSpec: boolean;
	errors: string[];
}

/**
 * Checks requests against Twilio's OpenAPI description: the path and method exist, path
 * parameters match their patterns, required parameters are present, every parameter is one the
 * operation declares, and values have the declared type, format and enumeration.
 */
export class ContractChecker {
	private readonly api: OpenAPIBackend;
	/**
	 * The spec's router tries every operation in turn (milliseconds a call): answers by method and
	 * path.
	 */
	private readonly operations = new Map<string, Operation | undefined>();

	private constructor(api: OpenAPIBackend) {
		this.api = api;
	}

	/** `prepare` adapts another product's description to the validator (see `emulator/products/`). */
	static async load(
		specPath = SPEC_PATH,
		prepare: <T>(spec: T) => T = (spec) => spec,
	): Promise<ContractChecker> {
		const api = new OpenAPIBackend({
			definition: prepare(
				withDayFilters(
					withFieldsAfterSpec(withoutUntypedNullable(JSON.parse(readFileSync(specPath, 'utf8')))),
				),
			),
			quick: true,
			validate: true,
			ajvOpts: { strict: false, logger: false, allErrors: true, coerceTypes: 'array' },
			customizeAjv: (ajv, _options, context) => {
				addFormats(ajv, ['date', 'date-time', 'uri-reference']);
				// Twilio's answers hold relative links (`/2010-04-01/…`) where the spec says `uri`: in
				// answers that format means a URI reference. In requests a URL is absolute, or empty:
				// Twilio reads `SmsUrl=` as "clear this URL".
				const absolute = fullFormats.uri as (value: string) => boolean;
				const reference = fullFormats['uri-reference'] as (value: string) => boolean;
				ajv.addFormat(
					'uri',
					context === 'responseValidator'
						? reference
						: (value: string) => value === '' || absolute(value),
				);
				return ajv;
			},
		});
		await api.init();
		return new ContractChecker(api);
	}

	/** `json` is a JSON body, which the Content API takes instead of a form. */
	check(
		method: string,
		apiPath: string,
		query: Params,
		form: Params | undefined,
		json?: unknown,
		headers: Record<string, string> = {},
	): ContractResult {
		const outside = OUTSIDE_SPEC.some(
			(entry) => (!entry.method || entry.method === method) && entry.path.test(apiPath),
		);
		if (outside) return { outsideSpec: true, errors: [] };
		const contentType =
			json !== undefined
				? 'application/json'
				: form
					? 'application/x-www-form-urlencoded'
					: undefined;
		const request = {
			method: method.toLowerCase(),
			path: apiPath,
			headers: { ...headers, ...(contentType ? { 'content-type': contentType } : {}) } as Record<
				string,
				string
			>,
			query: singleValues(query),
			body: json !== undefined ? json : form ? singleValues(form) : undefined,
		};
		const operation = this.matchOperation(request);
		if (!operation) {
			return {
				outsideSpec: false,
				errors: [`${method} ${apiPath} is not an operation of the spec`],
			};
		}
		const errors = this.undeclared(operation, query, form, json);
		const result = this.api.validator.validateRequest(request, operation);
		for (const error of result.errors ?? []) {
			errors.push(`${error.instancePath || '(request)'} ${error.message ?? 'is invalid'}`);
		}
		return { operationId: operation.operationId, outsideSpec: false, errors };
	}

	/**
	 * Checks a JSON answer of the emulator against the operation's response schema, and that records
	 * carry exactly the fields the spec lists (Twilio sends every field, null when unset).
	 */
	checkResponse(operationId: string, status: number, body: unknown): string[] {
		const operation = this.api.router.getOperation(operationId);
		const response = (
			operation?.responses as Record<string, { content?: Record<string, { schema?: JsonSchema }> }>
		)?.[status];
		const schema = response?.content?.['application/json']?.schema;
		if (!schema) return [`${operationId} has no JSON answer with status ${status} in the spec`];
		const errors = (
			this.api.validator.validateResponse(withoutUnsetFields(body), operationId, status).errors ??
			[]
		).map((error) => `answer ${error.instancePath || '(body)'} ${error.message ?? 'is invalid'}`);
		return errors.concat(fieldDifferences(schema, body, 'answer'));
	}

	private matchOperation(request: Request): Operation | undefined {
		const key = `${request.method} ${request.path}`;
		if (!this.operations.has(key)) {
			if (this.operations.size >= 10_000) this.operations.clear();
			this.operations.set(key, this.api.router.matchOperation(request) || undefined);
		}
		return this.operations.get(key);
	}

	/** Parameters the operation does not declare (the validator itself lets unknown ones through). */
	private undeclared(
		operation: Operation,
		query: Params,
		form: Params | undefined,
		json?: unknown,
	): string[] {
		const queryNames = new Set(
			(operation.parameters ?? [])
				.filter((parameter) => 'in' in parameter && parameter.in === 'query')
				.map((parameter) => ('name' in parameter ? parameter.name : '')),
		);
		const errors = query
			.keys()
			.filter((name) => !queryNames.has(name))
			.map((name) => `query parameter "${name}" is not declared`);
		const bodyNames = (type: string) =>
			new Set(
				Object.keys(
					(
						operation.requestBody as {
							content?: Record<string, { schema?: { properties?: object } }>;
						}
					)?.content?.[type]?.schema?.properties ?? {},
				),
			);
		if (form) {
			const declared = bodyNames('application/x-www-form-urlencoded');
			for (const name of form.keys()) {
				if (!declared.has(name)) errors.push(`body parameter "${name}" is not declared`);
			}
		}
		if (json !== undefined) {
			const declared = bodyNames('application/json');
			if (!json || typeof json !== 'object' || Array.isArray(json))
				errors.push('the JSON body is not an object');
			else
				for (const name of Object.keys(json))
					if (!declared.has(name)) errors.push(`JSON body field "${name}" is not declared`);
		}
		return errors;
	}
}

/**
 * Date filters declared `date-time` whose own description says to give a day (`YYYY-MM-DD`), such
 * as ListCall's StartTime or ListMessage's DateSent, accept both: the description is what Twilio
 * documents for them, the format what its libraries send (twilio-node serialises a Date there as
 * an ISO 8601 date-time). Days whose description documents offsets from today take those too.
 */
function withDayFilters<T>(spec: T): T {
	const paths = (spec as { paths: Record<string, Record<string, { parameters?: unknown[] }>> })
		.paths;
	for (const item of Object.values(paths)) {
		for (const operation of Object.values(item)) {
			for (const parameter of (operation?.parameters ?? []) as Array<{
				in?: string;
				description?: string;
				schema?: Record<string, unknown>;
			}>) {
				const { schema } = parameter;
				if (
					parameter.in === 'query' &&
					schema?.format === 'date-time' &&
					parameter.description?.includes('`YYYY-MM-DD`')
				) {
					parameter.schema = {
						anyOf: [
							{ type: 'string', format: 'date' },
							{ type: 'string', format: 'date-time' },
						],
					};
				}
				// "You can also specify offsets from the current date, such as: `-30days`" (the usage
				// records' days).
				if (schema?.format === 'date' && takesDayOffsets(parameter.description)) {
					parameter.schema = {
						anyOf: [
							{ type: 'string', format: 'date' },
							{ type: 'string', pattern: '^[+-][0-9]+days$' },
						],
					};
				}
			}
		}
	}
	return spec;
}

/**
 * A few schemas say `nullable` without a `type` (any value, or null). That is what they allow
 * anyway, and the validator refuses to compile `nullable` alone, so drop it there.
 */
function withoutUntypedNullable<T>(value: T): T {
	if (Array.isArray(value)) value.forEach(withoutUntypedNullable);
	else if (value && typeof value === 'object') {
		const schema = value as Record<string, unknown>;
		if (schema.nullable === true && !('type' in schema) && !('$ref' in schema))
			delete schema.nullable;
		Object.values(schema).forEach(withoutUntypedNullable);
	}
	return value;
}

/**
 * Twilio sends null, or "" for a SID or URL, for a field that is not set: the spec's own examples
 * do, and its descriptions say so (a running conference's `reason_conference_ended` is null), but
 * many of its schemas allow neither. The answer's schema check therefore skips unset fields; that
 * every field is present is checked on its own (`fieldDifferences`).
 */
function withoutUnsetFields(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutUnsetFields);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value)
				.filter(([, field]) => field !== null && field !== '')
				.map(([key, field]) => [key, withoutUnsetFields(field)]),
		);
	}
	return value;
}

interface JsonSchema {
	type?: string;
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
}

/**
 * Fields missing from or added to an object (and the records of its lists) compared with the
 * schema.
 */
function fieldDifferences(schema: JsonSchema, value: unknown, where: string): string[] {
	if (!schema.properties || !value || typeof value !== 'object' || Array.isArray(value)) return [];
	const declared = Object.keys(schema.properties);
	const present = Object.keys(value);
	const differences = [
		...declared.filter((name) => !present.includes(name)).map((name) => `${where} lacks "${name}"`),
		...present
			.filter((name) => !declared.includes(name))
			.map((name) => `${where} has undeclared "${name}"`),
	];
	for (const [name, property] of Object.entries(schema.properties)) {
		const field = (value as Record<string, unknown>)[name];
		if (property.type === 'array' && property.items && Array.isArray(field) && field.length) {
			differences.push(...fieldDifferences(property.items, field[0], `${where}.${name}[0]`));
		}
	}
	return differences;
}

/** Repeated keys become arrays (the spec declares those as arrays); single ones stay strings. */
function singleValues(params: Params): Record<string, string | string[]> {
	const values: Record<string, string | string[]> = {};
	for (const [key, list] of Object.entries(params.toRecord()))
		values[key] = list.length === 1 ? list[0] : list;
	return values;
}
