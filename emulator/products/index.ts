import { readFileSync } from 'node:fs';
import path from 'node:path';

import { json, type Answer } from '../answer';
import { ContractChecker } from '../contract';
import { notFound, TwilioError } from '../errors';
import type { Params } from '../params';
import type { RecordStore } from '../store';
import type { AccountRegistry, EmulatedAccount } from '../types';
import { contentRoutes } from './content';
import { lookupRoutes } from './lookups';
import { messagingRoutes } from './messaging';
import { PRODUCT_SPECS, SPEC_DIR } from './spec';
import { studioRoutes } from './studio';
import type { ProductContext, ProductName, ProductRoute } from './types';
import { verifyRoutes } from './verify';

export { setContentApproval, type ApprovalStatus } from './content';
export { seedStudioFlow, type FlowSeed } from './studio';
export {
	expireVerification,
	openSnaUrl,
	seedVerifyService,
	SNA_URL,
	verificationCode,
} from './verify';
export type { ProductName } from './types';

/**
 * The Content API's JSON bodies name their types by keys holding a slash (`twilio/card`), which the
 * request validator cannot point at when it resolves a `$ref` below them. Their schemas hold no
 * cycle, so the references below each request body are replaced by what they name.
 */
function withInlinedRequestBodies<T>(spec: T): T {
	const { paths, components } = spec as unknown as {
		paths: Record<string, Record<string, { requestBody?: unknown }>>;
		components: { schemas: Record<string, unknown> };
	};
	const inline = (value: unknown, seen: string[]): unknown => {
		if (Array.isArray(value)) return value.map((entry) => inline(entry, seen));
		if (!value || typeof value !== 'object') return value;
		const { $ref, ...rest } = value as { $ref?: string };
		if ($ref) {
			const name = $ref.split('/').pop()!;
			if (seen.includes(name)) throw new Error(`The schema ${name} refers to itself`);
			return inline({ ...(components.schemas[name] as object), ...rest }, [...seen, name]);
		}
		return Object.fromEntries(
			Object.entries(rest).map(([key, entry]) => [key, inline(entry, seen)]),
		);
	};
	for (const item of Object.values(paths)) {
		for (const operation of Object.values(item)) {
			if (operation && typeof operation === 'object' && operation.requestBody)
				operation.requestBody = inline(operation.requestBody, []);
		}
	}
	return spec;
}

/** Each product's official OpenAPI description and its routes. */
const PRODUCTS: Record<
	ProductName,
	{ spec: string; routes: ProductRoute[]; prepare?: <T>(spec: T) => T }
> = {
	lookups: { spec: PRODUCT_SPECS.lookups, routes: lookupRoutes },
	verify: { spec: PRODUCT_SPECS.verify, routes: verifyRoutes },
	content: {
		spec: PRODUCT_SPECS.content,
		routes: contentRoutes,
		prepare: withInlinedRequestBodies,
	},
	messaging: { spec: PRODUCT_SPECS.messaging, routes: messagingRoutes },
	studio: { spec: PRODUCT_SPECS.studio, routes: studioRoutes },
};

/**
 * A path of one of these products: `/v1/…`, `/v2/…` (the classic API's start with `/2010-04-01`).
 */
export function isProductPath(apiPath: string): boolean {
	return /^\/v\d+\//.test(apiPath);
}

let prefixes: Map<string, ProductName> | undefined;

/**
 * Which product serves a path, by its first two segments (`/v2/Services` is Verify's,
 * `/v1/Services` Messaging's), as each product's description lists its paths. Twilio tells them
 * apart by host; the emulator serves them all on one port, where these paths do not collide.
 */
export function productOfPath(apiPath: string): ProductName | undefined {
	if (!prefixes) {
		const found = new Map<string, ProductName>();
		for (const [product, { spec }] of Object.entries(PRODUCTS) as Array<
			[ProductName, { spec: string }]
		>) {
			const { paths } = JSON.parse(readFileSync(path.join(SPEC_DIR, spec), 'utf8')) as {
				paths: Record<string, unknown>;
			};
			for (const specPath of Object.keys(paths)) {
				const prefix = specPath.split('/').slice(0, 3).join('/');
				const owner = found.get(prefix);
				if (owner && owner !== product)
					throw new Error(`${prefix} is a path of both ${owner} and ${product}`);
				found.set(prefix, product);
			}
		}
		prefixes = found;
	}
	return prefixes.get(apiPath.split('/').slice(0, 3).join('/'));
}

/**
 * `/v2/Services/:Sid` → a regular expression with named groups; a placeholder is one whole segment.
 */
function compile(pattern: string): RegExp {
	return new RegExp(`^${pattern.replace(/:(\w+)/g, '(?<$1>[^/]+)')}$`);
}

const COMPILED = (
	Object.entries(PRODUCTS) as Array<[ProductName, { routes: ProductRoute[] }]>
).flatMap(([product, { routes }]) =>
	routes.map((route) => ({ product, route, regex: compile(route.pattern) })),
);

/** What the server hands over of one request to a product. */
export interface ProductRequest {
	method: string;
	apiPath: string;
	query: Params;
	form?: Params;
	json?: unknown;
	principal: EmulatedAccount;
	accounts: AccountRegistry;
	store: RecordStore;
	newSid(prefix: string): string;
	/**
	 * The emulator's own address, where it serves what Twilio's partners would (an SNA carrier URL).
	 */
	emulatorUrl: string;
}

/** What a product answered, and what its contract check found. */
export interface ProductAnswer {
	answer: Answer;
	product?: ProductName;
	operationId?: string;
	/** The request's contract violations, and then the answer's. */
	violations: string[][];
}

/**
 * The products beyond the classic API: their routes and the contract check of every request and
 * answer against the product's own description. The descriptions are loaded on the first request
 * to one of these products (`load`), so that emulators serving only the classic API start as fast
 * as before.
 */
export class ProductEmulation {
	private contracts?: Map<ProductName, ContractChecker>;
	private loading?: Promise<void>;

	constructor(
		private readonly checkContract: boolean,
		private readonly checkAnswers: boolean,
	) {}

	load(): Promise<void> {
		if (!this.checkContract) return Promise.resolve();
		this.loading ??= (async () => {
			const entries = await Promise.all(
				(Object.entries(PRODUCTS) as Array<[ProductName, (typeof PRODUCTS)[ProductName]]>).map(
					async ([product, { spec, prepare }]) =>
						[product, await ContractChecker.load(path.join(SPEC_DIR, spec), prepare)] as const,
				),
			);
			this.contracts = new Map(entries);
		})();
		return this.loading;
	}

	answer(request: ProductRequest): ProductAnswer {
		const { method, apiPath, query, form } = request;
		const product = productOfPath(apiPath);
		if (!product) return { answer: json(404, notFound(apiPath).body()), violations: [] };
		const violations: string[][] = [];
		const contract = this.contracts?.get(product);
		let operationId: string | undefined;
		if (contract) {
			const result = contract.check(method, apiPath, query, form, request.json);
			operationId = result.operationId;
			if (result.errors.length) {
				violations.push(result.errors);
				const error = new TwilioError(
					400,
					20001,
					`Request does not match Twilio's API: ${result.errors.join('; ')}`,
				);
				return { answer: json(400, error.body()), product, operationId, violations };
			}
		}
		let answer: Answer;
		try {
			answer = this.route(product, request);
		} catch (error) {
			if (!(error instanceof TwilioError)) throw error;
			return { answer: json(error.status, error.body()), product, operationId, violations };
		}
		if (
			contract &&
			this.checkAnswers &&
			operationId &&
			answer.status < 300 &&
			answer.status !== 204
		) {
			const errors = contract.checkResponse(
				operationId,
				answer.status,
				JSON.parse(String(answer.body)),
			);
			if (errors.length) violations.push(errors);
		}
		return { answer, product, operationId, violations };
	}

	private route(product: ProductName, request: ProductRequest): Answer {
		for (const { product: owner, route, regex } of COMPILED) {
			if (owner !== product || route.method !== request.method) continue;
			const match = regex.exec(request.apiPath);
			if (!match) continue;
			const context: ProductContext = {
				method: request.method,
				apiPath: request.apiPath,
				path: Object.fromEntries(
					Object.entries(match.groups ?? {}).map(([name, value]) => [
						name,
						decodeURIComponent(value),
					]),
				),
				params: request.form ?? request.query,
				json: request.json as Record<string, unknown> | undefined,
				principal: request.principal,
				accounts: request.accounts,
				now: new Date(),
				newSid: request.newSid,
				store: request.store,
				host: `https://${product}.twilio.com`,
				emulatorUrl: request.emulatorUrl,
			};
			return route.handle(context);
		}
		throw notFound(request.apiPath);
	}
}
