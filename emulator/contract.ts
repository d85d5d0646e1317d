import { readFileSync } from 'node:fs';
import path from 'node:path';

import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats';
import { OpenAPIBackend, type Operation } from 'openapi-backend';

import type { Params } from './params';

/** Twilio's official OpenAPI description of the 2010-04-01 API. */
export const SPEC_PATH = path.join(__dirname, 'spec', 'twilio_api_v2010.json');

/**
 * Requests Twilio serves that its OpenAPI description leaves out: media and text renderings of
 * recordings and transcriptions, the content of message media, and endpoints Twilio retired.
 * They are checked by the tests that use them, not here.
 */
const OUTSIDE_SPEC = [
	/^\/2010-04-01\/Accounts\/[^/]+\/Recordings\/[^/]+\.(mp3|wav)$/,
	/^\/2010-04-01\/Accounts\/[^/]+\/Recordings\/[^/]+$/,
	/^\/2010-04-01\/Accounts\/[^/]+\/(Recordings\/[^/]+\/)?Transcriptions(\/[^/]+)?\.(txt|xml)$/,
	/^\/2010-04-01\/Accounts\/[^/]+\/Sandbox(\.json)?$/,
	/^\/2010-04-01\/Accounts\/[^/]+\/Messages\/[^/]+\/Media\/[^/.]+$/,
];

export interface ContractResult {
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

	private constructor(api: OpenAPIBackend) {
		this.api = api;
	}

	static async load(specPath = SPEC_PATH): Promise<ContractChecker> {
		const api = new OpenAPIBackend({
			definition: JSON.parse(readFileSync(specPath, 'utf8')),
			quick: true,
			validate: true,
			ajvOpts: { strict: false, logger: false, allErrors: true, coerceTypes: 'array' },
			customizeAjv: (ajv) => {
				addFormats(ajv, ['date', 'date-time']);
				// Twilio reads an empty URL as "clear this URL" (e.g. `SmsUrl=` puts a number's setting back to none).
				const uri = fullFormats.uri as (value: string) => boolean;
				ajv.addFormat('uri', (value: string) => value === '' || uri(value));
				return ajv;
			},
		});
		await api.init();
		return new ContractChecker(api);
	}

	check(method: string, apiPath: string, query: Params, form: Params | undefined): ContractResult {
		if (OUTSIDE_SPEC.some((pattern) => pattern.test(apiPath))) return { outsideSpec: true, errors: [] };
		const request = {
			method: method.toLowerCase(),
			path: apiPath,
			headers: (form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) as Record<string, string>,
			query: singleValues(query),
			body: form ? singleValues(form) : undefined,
		};
		const operation = this.api.router.matchOperation(request);
		if (!operation) {
			return { outsideSpec: false, errors: [`${method} ${apiPath} is not an operation of the spec`] };
		}
		const errors = this.undeclared(operation, query, form);
		const result = this.api.validator.validateRequest(request, operation);
		for (const error of result.errors ?? []) {
			errors.push(`${error.instancePath || '(request)'} ${error.message ?? 'is invalid'}`);
		}
		return { operationId: operation.operationId, outsideSpec: false, errors };
	}

	/** Parameters the operation does not declare (the validator itself lets unknown ones through). */
	private undeclared(operation: Operation, query: Params, form: Params | undefined): string[] {
		const queryNames = new Set(
			(operation.parameters ?? [])
				.filter((parameter) => 'in' in parameter && parameter.in === 'query')
				.map((parameter) => ('name' in parameter ? parameter.name : '')),
		);
		const errors = query
			.keys()
			.filter((name) => !queryNames.has(name))
			.map((name) => `query parameter "${name}" is not declared`);
		if (form) {
			const content = (operation.requestBody as { content?: Record<string, { schema?: { properties?: object } }> })
				?.content?.['application/x-www-form-urlencoded'];
			const bodyNames = new Set(Object.keys(content?.schema?.properties ?? {}));
			for (const name of form.keys()) {
				if (!bodyNames.has(name)) errors.push(`body parameter "${name}" is not declared`);
			}
		}
		return errors;
	}
}

/** Repeated keys become arrays (the spec declares those as arrays); single ones stay strings. */
function singleValues(params: Params): Record<string, string | string[]> {
	const values: Record<string, string | string[]> = {};
	for (const [key, list] of Object.entries(params.toRecord())) values[key] = list.length === 1 ? list[0] : list;
	return values;
}
