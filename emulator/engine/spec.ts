import { readFileSync } from 'node:fs';
import path from 'node:path';

import { withFieldsAfterSpec } from '../contract';

/**
 * A product's OpenAPI description read as the emulator needs it to serve an operation: its path,
 * parameters, and the answer's schema, list key, paging and examples.
 */

export interface Schema {
	type?: string;
	format?: string;
	pattern?: string;
	enum?: string[];
	nullable?: boolean;
	default?: unknown;
	description?: string;
	minimum?: number;
	maximum?: number;
	maxLength?: number;
	properties?: Record<string, Schema>;
	items?: Schema;
	required?: string[];
	$ref?: string;
	oneOf?: Schema[];
}

export interface OpenApiOperation {
	operationId: string;
	method: 'GET' | 'POST' | 'PUT' | 'DELETE';
	/**
	 * As the description writes it, e.g. `/2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json`,
	 * `/v2/Services/{Sid}`.
	 */
	template: string;
	/** The placeholders of the path in order, e.g. `['AccountSid', 'Sid']`. */
	placeholders: string[];
	/**
	 * The record the path ends on, when it ends on a placeholder (`{Sid}.json`, `{Sid}`) of an
	 * instance path (`x-twilio.pathType`): that placeholder.
	 */
	keyPlaceholder?: string;
	pathParameters: Record<string, Schema>;
	queryParameters: Record<string, Schema>;
	/** The form's or the JSON body's parameters. */
	body: { properties: Record<string, Schema>; required: string[]; json: boolean };
	/** The success answer: its status, and for JSON its schema with references resolved. */
	status: number;
	/** Whether the description lists a 404 among its answers. */
	answersNotFound: boolean;
	schema?: Schema;
	/** For a list: the name of its array (`queues`) and the schema of its records. */
	listKey?: string;
	/**
	 * How a list links its pages: the classic API's `next_page_uri` paths, or the newer APIs'
	 * `meta` with absolute URLs.
	 */
	paging?: 'uri' | 'meta';
	itemSchema?: Schema;
	/**
	 * The records of the answer's examples, in the description's order (a list's: every record of
	 * every example).
	 */
	examples: Record<string, unknown>[];
	description: string;
}

/** Twilio's metadata of a path: whether it names a list or one record, and its parent. */
interface XTwilio {
	pathType?: 'list' | 'instance';
	parent?: string;
}

interface RawOperation {
	operationId: string;
	description?: string;
	parameters?: Array<{ name: string; in: string; schema?: Schema }>;
	requestBody?: { content?: Record<string, { schema?: Schema }> };
	responses: Record<
		string,
		{ content?: Record<string, { schema?: Schema; examples?: Record<string, { value: unknown }> }> }
	>;
}

interface RawSpec {
	paths: Record<string, Record<string, RawOperation | unknown> & { 'x-twilio'?: XTwilio }>;
	components: { schemas: Record<string, Schema> };
}

const PAGE_FIELDS = [
	'end',
	'first_page_uri',
	'next_page_uri',
	'page',
	'page_size',
	'previous_page_uri',
	'start',
	'uri',
];

export class SpecIndex {
	readonly operations: OpenApiOperation[] = [];
	private readonly byId = new Map<string, OpenApiOperation>();

	constructor(private readonly spec: RawSpec) {
		for (const [template, item] of Object.entries(spec.paths)) {
			for (const method of ['get', 'post', 'put', 'delete'] as const) {
				const raw = item[method] as RawOperation | undefined;
				if (raw)
					this.add(
						template,
						method.toUpperCase() as OpenApiOperation['method'],
						raw,
						item['x-twilio']?.pathType,
					);
			}
		}
	}

	operation(operationId: string): OpenApiOperation | undefined {
		return this.byId.get(operationId);
	}

	/** The operations of one path, e.g. every method of `/…/Queues/{Sid}.json`. */
	operationsOf(template: string): OpenApiOperation[] {
		return this.operations.filter((operation) => operation.template === template);
	}

	/** A schema with its `$ref` (and those of its properties and items) followed. */
	resolve(schema: Schema | undefined): Schema | undefined {
		if (!schema) return undefined;
		if (schema.$ref)
			return this.resolve(this.spec.components.schemas[schema.$ref.split('/').pop()!]);
		// An answer of one of several shapes (a US A2P campaign, first or second version): the first.
		if (schema.oneOf?.length) return this.resolve(schema.oneOf[0]);
		if (!schema.properties && !schema.items) return schema;
		const resolved: Schema = { ...schema };
		if (schema.properties) {
			resolved.properties = Object.fromEntries(
				Object.entries(schema.properties).map(([name, property]) => [
					name,
					this.resolve(property)!,
				]),
			);
		}
		if (schema.items) resolved.items = this.resolve(schema.items);
		return resolved;
	}

	private add(
		template: string,
		method: OpenApiOperation['method'],
		raw: RawOperation,
		pathType: XTwilio['pathType'],
	): void {
		const placeholders = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
		const parameters = raw.parameters ?? [];
		const byPlace = (place: string) =>
			Object.fromEntries(
				parameters
					.filter((parameter) => parameter.in === place)
					.map((parameter) => [parameter.name, this.resolve(parameter.schema) ?? {}]),
			);
		const content = raw.requestBody?.content ?? {};
		const body = this.resolve(
			(content['application/x-www-form-urlencoded'] ?? content['application/json'])?.schema,
		);
		// A create that may answer 200 or 201 (CreateCallRecording) answers 201, as creates do.
		const successes = Object.entries(raw.responses).filter(([code]) => /^[23]/.test(code));
		const [status, response] = successes.find(([code]) => code === '201') ?? successes[0];
		const json = response.content?.['application/json'];
		const schema = this.resolve(json?.schema);
		const listKey = Object.keys(schema?.properties ?? {}).find(
			(name) => !PAGE_FIELDS.includes(name) && schema!.properties![name].type === 'array',
		);
		const paging = PAGE_FIELDS.every((name) => name in (schema?.properties ?? {}))
			? 'uri'
			: schema?.properties?.meta
				? 'meta'
				: undefined;
		const isList = listKey !== undefined && paging !== undefined;
		const values = Object.values(json?.examples ?? {}).map(
			(example) => example.value as Record<string, unknown>,
		);
		const operation: OpenApiOperation = {
			operationId: raw.operationId,
			method,
			template,
			placeholders,
			keyPlaceholder: pathType === 'list' ? undefined : /\{(\w+)\}(?:\.json)?$/.exec(template)?.[1],
			pathParameters: byPlace('path'),
			queryParameters: byPlace('query'),
			body: {
				properties: body?.properties ?? {},
				required: body?.required ?? [],
				json: !content['application/x-www-form-urlencoded'] && !!content['application/json'],
			},
			status: Number(status),
			answersNotFound: '404' in raw.responses,
			schema,
			listKey: isList ? listKey : undefined,
			paging: isList ? paging : undefined,
			itemSchema: isList ? schema!.properties![listKey!].items : schema,
			examples: isList
				? values.flatMap((value) => (value[listKey!] as Record<string, unknown>[]) ?? [])
				: values,
			description: raw.description ?? '',
		};
		this.operations.push(operation);
		this.byId.set(operation.operationId, operation);
	}
}

/** Where Twilio's OpenAPI descriptions are. */
export const OPENAPI_DIR = path.join(__dirname, '..', '..', 'openapi');

const loaded = new Map<string, SpecIndex>();

/**
 * A description of `openapi/`, read once for every emulator of the process. With the fields
 * Twilio's answers carry that the description predates, as the answer check wants them.
 */
export function specIndex(file = 'twilio_api_v2010.json'): SpecIndex {
	let index = loaded.get(file);
	if (!index) {
		const raw = JSON.parse(readFileSync(path.join(OPENAPI_DIR, file), 'utf8')) as RawSpec;
		index = new SpecIndex(withFieldsAfterSpec(raw as never) as RawSpec);
		loaded.set(file, index);
	}
	return index;
}

/** `FriendlyName` → `friendly_name`, `IpAccessControlListSid` → `ip_access_control_list_sid`. */
export function snakeCase(name: string): string {
	return name
		.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
		.toLowerCase();
}

/**
 * The two letters a SID field's pattern starts with (`^QU[0-9a-fA-F]{32}$` → `QU`); of a choice
 * (`^(SM|MM)[0-9a-fA-F]{32}$`), the first.
 */
export function sidPrefix(schema: Schema | undefined): string | undefined {
	return /^\^\(?([A-Z]{2})(?:\|[A-Z]{2})*\)?\[0-9a-fA-F\]\{32\}\$$/.exec(
		schema?.pattern ?? '',
	)?.[1];
}
