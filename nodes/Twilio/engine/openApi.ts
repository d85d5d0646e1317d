/**
 * Twilio's parameters of one operation as its official OpenAPI description declares them: names,
 * locations, types, formats, enumerations, bounds and required flags. Generated into
 * `resources/spec/` by `scripts/generate-digests.ts`; nothing reads a spec file at run time.
 */
import type { Product } from '../transport/hosts';
import type { HttpMethod } from '../transport/wire';

export type OpenApiType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';

/** What an array parameter holds. */
export interface OpenApiItems {
	type: OpenApiType;
	format?: string;
	enum?: readonly string[];
}

export interface OpenApiParameter {
	name: string;
	in: 'path' | 'query' | 'body' | 'header';
	type: OpenApiType;
	format?: string;
	enum?: readonly string[];
	/**
	 * The values a description lists where the schema has no enumeration ("Can be: `mono` or
	 * `dual`").
	 */
	listed?: readonly string[];
	/**
	 * A day that may also be given as an offset from today, `-30days` or `+30days` (the description
	 * says so).
	 */
	dayOffsets?: true;
	required?: true;
	minimum?: number;
	maximum?: number;
	/**
	 * A number's default, as the schema or the description gives it ("The default is `60`"): what
	 * Twilio uses when it is not sent.
	 */
	default?: number;
	/**
	 * The two-letter prefixes a SID parameter's pattern allows (`^(SM|MM)[0-9a-fA-F]{32}$` → SM, MM).
	 */
	sid?: readonly string[];
	/** A SID of any kind (`^[a-zA-Z]{2}[0-9a-fA-F]{32}$`: the record an audit event is about). */
	anySid?: true;
	items?: OpenApiItems;
	/**
	 * The spec's description as plain text (links, code and markdown removed): what the editor
	 * shows of a parameter whose text nobody curated.
	 */
	text?: string;
}

export type { Product } from '../transport/hosts';

export interface OpenApiOperation {
	/** The spec's operationId, e.g. `CreateMessage`. */
	id: string;
	product: Product;
	method: HttpMethod;
	/**
	 * The path from the host, as the spec writes it, e.g.
	 * `/2010-04-01/Accounts/{AccountSid}/Messages.json`.
	 */
	path: string;
	parameters: readonly OpenApiParameter[];
	/** For list operations: the key of the records in Twilio's page. */
	list?: string;
	/**
	 * Groups of parameters of which Twilio needs at least one (the spec's `x-twilio.conditional`).
	 */
	oneOf?: readonly (readonly string[])[];
	/** `json` when the body is a JSON object (the Content API) rather than a form. */
	body?: 'json';
	/**
	 * The success answer is a redirect whose JSON body is the result (an add-on payload's data: 307
	 * with `redirect_to`).
	 */
	redirects?: true;
}

/**
 * The operations of a generated digest, by operationId, parsed from its JSON text the first time
 * one is looked up: n8n loads the node at start, when only its description is needed.
 */
export function parsedOnFirstUse<T extends object>(json: string): T {
	let parsed: T | undefined;
	const operations = () => (parsed ??= JSON.parse(json) as T);
	return new Proxy({} as T, {
		get: (_, id) => operations()[id as keyof T],
		has: (_, id) => id in operations(),
		ownKeys: () => Reflect.ownKeys(operations()),
		getOwnPropertyDescriptor: (_, id) => Reflect.getOwnPropertyDescriptor(operations(), id),
	});
}
