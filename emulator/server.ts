import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { json, type Answer } from './answer';
import type { ContractChecker } from './contract';
import { notFound, TwilioError } from './errors';
import { FaultInjector, type Fault } from './faults';
import { Params } from './params';
import { seedDemo } from './demo';
import {
	contractOf,
	engineOf,
	expireVerification,
	openSnaUrl,
	routeOf,
	seedStudioFlow,
	setContentApproval,
	SNA_URL,
	verificationCode,
} from './products';
import { newSid, seededRandom } from './random';
import { mediaRecord } from './products/api/behaviours/messageMedia';
import { seedMessages } from './seed';
import {
	cloudEvent,
	eventDeliveries,
	eventsDelivered,
	publishEvents,
	type EventDelivery,
} from './eventStreams';
import { callThroughIvr } from './ivr';
import { answerMedia, MEDIA_CONTENT_ROOT } from './mediaContent';
import { FileStorage } from './storage';
import { RecordStore } from './store';
import { deliverIncomingMessage } from './webhooks';
import type { AccountRegistry, EmulatedAccount, EmulatedApiKey, TwilioRecord } from './types';

const API_ROOT = '/2010-04-01';

/** One request as the emulator received it, for tests to assert on. */
export interface ReceivedRequest {
	method: string;
	/**
	 * Path without the query, below the product's prefix: `/2010-04-01/Accounts/AC…/Messages.json`,
	 * `/v2/Services` (of `/verify/v2/Services`).
	 */
	path: string;
	query: Record<string, string[]>;
	/** The query string as sent, without `?`. */
	rawQuery: string;
	/** Form body of a POST, each key with all its values. */
	form: Record<string, string[]>;
	/** A JSON body, as the Content API takes. */
	json?: unknown;
	rawBody: string;
	contentType?: string;
	/** The X-Twilio-… headers a description declares for some operations (lower case names). */
	twilioHeaders: Record<string, string>;
	/** The user name of Basic authentication (Account SID or API Key SID). */
	authUser?: string;
	/** The spec's operationId the request matched. */
	operationId?: string;
	/** The product the request went to (`api`, `verify`, `lookups`…). */
	product?: string;
	fault?: Fault['kind'];
	status?: number;
	/** When the request arrived (milliseconds since the epoch). */
	receivedAt: number;
	/**
	 * When its answer went out (milliseconds since the epoch): with receivedAt, which requests
	 * overlapped.
	 */
	answeredAt?: number;
}

interface ContractViolation {
	method: string;
	path: string;
	errors: string[];
}

export interface EmulatorOptions {
	port?: number;
	/** Accounts besides the default one. */
	accounts?: EmulatedAccount[];
	/** Check every request against Twilio's OpenAPI description (default true). */
	contract?: boolean;
	/**
	 * With `contract`, also check the emulator's own answers (default true). The benchmark turns this
	 * off: checking a page of 1,000 records takes longer than sending it.
	 */
	checkAnswers?: boolean;
	/** Delay before every answer, to stand in for the network. */
	latencyMs?: number;
	/** Seed of the SIDs the emulator hands out. */
	seed?: number;
}

/** The account every emulator starts with. Test values, not secrets. */
export const DEFAULT_ACCOUNT: EmulatedAccount = {
	sid: 'AC0123456789abcdef0123456789abcdef',
	authToken: 'emulator-auth-token-0123456789abcd',
	friendlyName: 'Emulator account',
	status: 'active',
	ownerSid: 'AC0123456789abcdef0123456789abcdef',
	apiKeys: [
		{
			sid: 'SK0123456789abcdef0123456789abcdef',
			secret: 'emulator-api-key-secret-0123456789',
			kind: 'standard',
		},
		{
			sid: 'SKfedcba9876543210fedcba9876543210',
			secret: 'emulator-main-key-secret-987654321',
			kind: 'main',
		},
	],
	dateCreated: new Date('2024-01-01T00:00:00Z'),
};

/**
 * A Twilio REST API 2010-04-01 stand-in on 127.0.0.1: stateful, authenticated, with faults on
 * demand.
 */
export class TwilioEmulator {
	readonly requests: ReceivedRequest[] = [];
	readonly contractViolations: ContractViolation[] = [];
	readonly faults = new FaultInjector();
	readonly store = new RecordStore();
	readonly accounts: AccountRegistry;
	/** The storage host that files are redirected to (another origin, which refuses credentials). */
	readonly fileHost: FileStorage;
	latencyMs: number;
	private readonly checkContract: boolean;
	private readonly checkAnswers: boolean;
	private readonly random: () => number;
	private server?: Server;

	private constructor(options: EmulatorOptions, fileHost: FileStorage) {
		this.fileHost = fileHost;
		const accounts = new Map<string, EmulatedAccount>();
		for (const account of [structuredClone(DEFAULT_ACCOUNT), ...(options.accounts ?? [])]) {
			accounts.set(account.sid, account);
		}
		this.accounts = {
			get: (sid) => accounts.get(sid),
			all: () => [...accounts.values()],
			add: (account) => void accounts.set(account.sid, account),
		};
		this.latencyMs = options.latencyMs ?? 0;
		this.checkContract = options.contract !== false;
		this.checkAnswers = options.checkAnswers !== false;
		this.random = seededRandom(options.seed ?? 1);
	}

	static async start(options: EmulatorOptions = {}): Promise<TwilioEmulator> {
		// The classic API's description is loaded before the first request, as most tests start with
		// one; the other products' on their first request.
		if (options.contract !== false) await contractOf('api');
		const emulator = new TwilioEmulator(options, await FileStorage.start());
		const server = createServer((request, response) => void emulator.handle(request, response));
		server.keepAliveTimeout = 60_000;
		// An emulator left open by a failed test must not keep the test process alive.
		server.unref();
		await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
		emulator.server = server;
		return emulator;
	}

	/**
	 * Keeps the process alive while the emulator listens, for a process that only runs the emulator.
	 */
	keepProcessAlive(): void {
		this.server?.ref();
	}

	/** The base URL to give the credential's API Base URL, e.g. `http://127.0.0.1:41234`. */
	get url(): string {
		return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
	}

	get account(): EmulatedAccount {
		return this.accounts.get(DEFAULT_ACCOUNT.sid)!;
	}

	/**
	 * Runs one operation of a product as the default account's request would, without HTTP (seeds,
	 * the demo), and returns its answer's body; a refusal throws. With `sid`, the record created is
	 * given that SID.
	 */
	perform(
		product: string,
		method: string,
		apiPath: string,
		params: Record<string, string>,
		sid?: string,
	): TwilioRecord {
		const answer = engineOf(product).answer({
			method,
			apiPath,
			params: new Params(new URLSearchParams(params).toString()),
			principal: this.account,
			accounts: this.accounts,
			store: this.store,
			fileHost: this.fileHost,
			newSid: (prefix) => (sid?.startsWith(prefix) ? sid : newSid(prefix, this.random)),
			emulatorUrl: this.url,
		});
		return JSON.parse(String(answer.body)) as TwilioRecord;
	}

	/**
	 * Records of a collection, e.g. `emulator.records('/2010-04-01/Accounts/AC…/Messages')`, or of a
	 * newer product below its name: `emulator.records('/verify/v2/Services')`.
	 */
	records(collectionUri: string): TwilioRecord[] {
		return this.store.list(collectionUri);
	}

	/** The requests Event Streams sent to the account's sinks so far. */
	get eventDeliveries(): EventDelivery[] {
		return eventDeliveries(this.store);
	}

	/** Waits until every event sent to a sink so far has its answer. */
	eventsDelivered(): Promise<void> {
		return eventsDelivered(this.store);
	}

	/**
	 * Forgets requests, faults and records (accounts stay). Contract violations are kept: test files
	 * reset before each test and check the contract after the last one, which must see every test's
	 * violations.
	 */
	reset(): void {
		this.requests.length = 0;
		this.faults.reset();
		this.store.clear();
		this.fileHost.reset();
		eventDeliveries(this.store).length = 0;
	}

	async close(): Promise<void> {
		await this.fileHost.close();
		if (!this.server) return;
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
	}

	private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const bytes = await readBody(request);
		const rawBody = bytes.toString('utf8');
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		const method = request.method ?? 'GET';
		if (url.pathname.startsWith('/__emulator/'))
			return await this.control(method, url.pathname, rawBody, response);
		if (url.pathname.startsWith(`${MEDIA_CONTENT_ROOT}/`))
			return this.mediaContent(request, url.pathname, bytes, response);

		const query = new Params(url.search);
		// Twilio's APIs send a body with POST, and with PUT where a body replaces a record (Lookup).
		const hasBody = method === 'POST' || method === 'PUT';
		const isJson =
			hasBody && (request.headers['content-type'] ?? '').startsWith('application/json');
		const isForm = hasBody && !isJson;
		const form = new Params(isForm ? rawBody : '');
		const route = routeOf(url.pathname);
		const contract = route && this.checkContract ? await contractOf(route.product) : undefined;
		const received: ReceivedRequest = {
			method,
			path: route?.apiPath ?? url.pathname,
			query: query.toRecord(),
			rawQuery: url.search.slice(1),
			form: form.toRecord(),
			...(isJson ? { json: parseJson(rawBody) } : {}),
			rawBody,
			contentType: request.headers['content-type'],
			twilioHeaders: twilioHeadersOf(request),
			authUser: basicCredentials(request)?.user,
			...(route ? { product: route.product } : {}),
			receivedAt: Date.now(),
		};
		this.requests.push(received);

		const fault = route ? this.faults.next(method, route.apiPath, url.search.slice(1)) : undefined;
		received.fault = fault?.kind;
		if (fault?.kind === 'drop-before') return void request.socket.destroy();
		const refusal = fault && refusalFor(fault);
		let answer =
			refusal ??
			(route
				? this.answer(route.product, query, isForm ? form : undefined, request, received, contract)
				: json(404, notFound(url.pathname).body()));
		if (fault?.kind === 'drop-after') return void request.socket.destroy();

		const delay = this.latencyMs + (fault?.kind === 'slow' ? (fault.slowMs ?? 1000) : 0);
		if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
		received.status = answer.status;
		received.answeredAt = Date.now();
		if (response.destroyed) return;
		answer = { ...answer, headers: { 'Content-Type': answer.contentType, ...answer.headers } };
		response.writeHead(answer.status, answer.headers);
		response.end(answer.body);
	}

	private answer(
		product: string,
		query: Params,
		form: Params | undefined,
		request: IncomingMessage,
		received: ReceivedRequest,
		contract: ContractChecker | undefined,
	): Answer {
		const { method, path: apiPath } = received;
		try {
			const { principal, key } = this.authenticate(request);
			if (product === 'api' && key?.kind === 'standard') refuseStandardKey(apiPath, principal);
			if (contract) {
				const result = contract.check(
					method,
					apiPath,
					query,
					form,
					received.json,
					received.twilioHeaders,
				);
				received.operationId = result.operationId;
				if (result.errors.length) {
					this.contractViolations.push({ method, path: apiPath, errors: result.errors });
					// A path Twilio does not have is not found, as Twilio answers it.
					if (!result.operationId && !result.outsideSpec) throw notFound(apiPath);
					throw new TwilioError(
						400,
						20001,
						`Request does not match Twilio's API: ${result.errors.join('; ')}`,
					);
				}
			}
			const body = received.json;
			const isObject = body !== null && typeof body === 'object' && !Array.isArray(body);
			const answer = engineOf(product).answer({
				method,
				apiPath,
				params: isObject ? paramsOfJson(body as Record<string, unknown>) : (form ?? query),
				json: isObject ? (body as Record<string, unknown>) : undefined,
				principal,
				accounts: this.accounts,
				store: this.store,
				fileHost: this.fileHost,
				newSid: (prefix) => newSid(prefix, this.random),
				emulatorUrl: this.url,
			});
			this.checkAnswer(received, answer, contract);
			return answer;
		} catch (error) {
			if (error instanceof TwilioError) return json(error.status, error.body());
			// A fault of the emulator itself: answer, and make the test fail through the contract check.
			const message = error instanceof Error ? error.message : String(error);
			this.contractViolations.push({
				method,
				path: apiPath,
				errors: [`emulator failed: ${message}`],
			});
			return json(500, new TwilioError(500, 20500, `Emulator failure: ${message}`).body());
		}
	}

	/**
	 * Conversations' Media Content Service (see `mediaContent.ts`), recorded among the requests as
	 * product `mcs`; it has no OpenAPI description to check a contract against.
	 */
	private mediaContent(
		request: IncomingMessage,
		pathname: string,
		body: Buffer,
		response: ServerResponse,
	): void {
		const method = request.method ?? 'GET';
		const apiPath = pathname.slice(MEDIA_CONTENT_ROOT.length);
		const received: ReceivedRequest = {
			method,
			path: apiPath,
			query: {},
			rawQuery: '',
			form: {},
			rawBody: '',
			contentType: request.headers['content-type'],
			twilioHeaders: twilioHeadersOf(request),
			authUser: basicCredentials(request)?.user,
			product: 'mcs',
			receivedAt: Date.now(),
		};
		this.requests.push(received);
		let answer: Answer;
		try {
			const { principal } = this.authenticate(request);
			answer = answerMedia({
				method,
				apiPath,
				accountSid: principal.sid,
				contentType: request.headers['content-type'],
				body,
				store: this.store,
				fileHost: this.fileHost,
				newSid: (prefix) => newSid(prefix, this.random),
			});
		} catch (error) {
			if (!(error instanceof TwilioError)) throw error;
			answer = json(error.status, error.body());
		}
		received.status = answer.status;
		received.answeredAt = Date.now();
		response.writeHead(answer.status, { 'Content-Type': answer.contentType, ...answer.headers });
		response.end(answer.body);
	}

	/**
	 * Keeps the emulator honest: its successful JSON answers must match the spec's response schemas.
	 */
	private checkAnswer(
		received: ReceivedRequest,
		answer: Answer,
		contract: ContractChecker | undefined,
	): void {
		if (
			!contract ||
			!this.checkAnswers ||
			!received.operationId ||
			answer.status >= 300 ||
			answer.status === 204
		)
			return;
		if (!answer.contentType.startsWith('application/json')) return;
		const errors = contract.checkResponse(
			received.operationId,
			answer.status,
			JSON.parse(String(answer.body)),
		);
		if (errors.length)
			this.contractViolations.push({ method: received.method, path: received.path, errors });
	}

	/** The account the request authenticates as, and the API key it used, if any. */
	private authenticate(request: IncomingMessage): {
		principal: EmulatedAccount;
		key?: EmulatedApiKey;
	} {
		const credentials = basicCredentials(request);
		for (const account of credentials ? this.accounts.all() : []) {
			if (account.sid === credentials!.user && account.authToken === credentials!.password)
				return { principal: account };
			const key = account.apiKeys.find(
				(candidate) =>
					candidate.sid === credentials!.user && candidate.secret === credentials!.password,
			);
			if (key) return { principal: account, key };
		}
		throw new TwilioError(401, 20003, 'Authenticate');
	}

	/**
	 * Endpoints for tests and scripts in other processes: requests, reset, faults, latency, incoming
	 * and seeded messages.
	 */
	private async control(
		method: string,
		path: string,
		rawBody: string,
		response: ServerResponse,
	): Promise<void> {
		const send = (status: number, body: unknown) => {
			response.writeHead(status, { 'Content-Type': 'application/json' });
			response.end(JSON.stringify(body));
		};
		if (path.startsWith(`${SNA_URL}/`)) {
			// The phone of a Silent Network Auth verification opens its URL (GET or POST), over mobile
			// data.
			const answer = openSnaUrl(this, path.slice(SNA_URL.length + 1));
			response.writeHead(answer ? 200 : 404, { 'Content-Type': 'text/plain' });
			return void response.end(answer ?? 'ErrorCode=-10&ErrorDescription=Unknown+verification');
		}
		const input = rawBody ? JSON.parse(rawBody) : {};
		if (method === 'GET' && path === '/__emulator/requests') return send(200, this.requests);
		if (method === 'GET' && path === '/__emulator/violations')
			return send(200, this.contractViolations);
		if (method === 'GET' && path === '/__emulator/account') return send(200, this.account);
		if (method === 'POST' && path === '/__emulator/reset')
			return void (this.reset(), send(200, {}));
		if (method === 'POST' && path === '/__emulator/latency')
			return void ((this.latencyMs = input.ms), send(200, {}));
		if (method === 'POST' && path === '/__emulator/file-host-latency') {
			return void ((this.fileHost.latencyMs = input.ms), send(200, {}));
		}
		if (method === 'GET' && path === '/__emulator/file-host-requests')
			return send(200, this.fileHost.requests);
		if (method === 'POST' && path === '/__emulator/message-media') {
			// Media of a message someone sent to the account: `{ count, contentType }` → their MediaUrl…
			// values.
			const messageSid = newSid('MM', this.random);
			const collection = `${API_ROOT}/Accounts/${this.account.sid}/Messages/${messageSid}/Media`;
			const urls = Array.from({ length: Number(input.count ?? 1) }, (_, index) => {
				const record = mediaRecord(
					this.account.sid,
					messageSid,
					newSid('ME', this.random),
					String(input.contentType ?? 'image/jpeg'),
					Buffer.from(`media ${index} of ${messageSid}`),
				);
				this.store.add(collection, record);
				return `${this.url}${collection}/${String(record.sid)}`;
			});
			return send(200, { messageSid, urls });
		}
		if (method === 'POST' && path === '/__emulator/verification-code') {
			// `{ sid }` or `{ to }` → the code of that verification, as the recipient would read it.
			return send(200, { code: verificationCode(this, input) ?? null });
		}
		if (method === 'POST' && path === '/__emulator/expire-verification')
			return void (expireVerification(this, input.sid), send(200, {}));
		if (method === 'POST' && path === '/__emulator/studio-flow')
			return send(200, seedStudioFlow(this, input));
		if (method === 'POST' && path === '/__emulator/demo')
			return send(200, { seeded: seedDemo(this).length });
		if (method === 'POST' && path === '/__emulator/content-approval') {
			return void (
				setContentApproval(this, input.sid, input.status, input.rejectionReason),
				send(200, {})
			);
		}
		if (method === 'POST' && path === '/__emulator/seed-messages') {
			return send(200, { created: seedMessages(this, Number(input.count)).length });
		}
		if (method === 'POST' && path === '/__emulator/events') {
			// `{ type, count, data }`: that many events of the type, as Twilio publishes them to the
			// account's subscribed sinks; answered once the sinks answered.
			const events = Array.from({ length: Number(input.count ?? 1) }, (_, index) =>
				cloudEvent(
					String(input.type),
					String(input.schema ?? 'Messaging.MessageStatus/8'),
					`/2010-04-01/Accounts/${this.account.sid}`,
					{ accountSid: this.account.sid, index, ...(input.data ?? {}) },
				),
			);
			publishEvents(this.store, this.account, events);
			await this.eventsDelivered();
			return send(200, { published: events.map(({ id }) => id) });
		}
		if (method === 'GET' && path === '/__emulator/event-deliveries')
			return send(200, eventDeliveries(this.store));
		if (method === 'POST' && path === '/__emulator/faults') {
			const pattern = (source?: string) => (source ? new RegExp(source) : undefined);
			this.faults.setPlan(
				input.plan && {
					...input.plan,
					path: pattern(input.plan.path),
					query: pattern(input.plan.query),
				},
			);
			if (input.next) this.faults.enqueue(...input.next);
			return send(200, {});
		}
		if (method === 'POST' && path === '/__emulator/incoming-call') {
			// `{ from, to, digits }`: a caller through the number's phone menu (see ivr.ts).
			const outcome = await callThroughIvr(this.store, this.accounts.all(), input).catch(
				(error: Error) => ({ error: `The Voice URL did not answer: ${error.message}` }),
			);
			return send('error' in outcome ? 409 : 200, outcome);
		}
		if (method === 'POST' && path === '/__emulator/incoming-message') {
			const delivery = await deliverIncomingMessage(
				input,
				this.store,
				this.accounts.all(),
				new Date(),
			).catch((error: Error) => ({ error: `The SMS URL did not answer: ${error.message}` }));
			return send('error' in delivery ? 409 : 200, delivery);
		}
		send(404, { message: `No control endpoint ${method} ${path}` });
	}
}

/**
 * `/Accounts.json`, `/Accounts/{Sid}.json`, and the account's API keys (`/Accounts/{Sid}/Keys…`).
 */
const MAIN_KEY_PATHS =
	/^\/2010-04-01\/Accounts(?:\.json|\/[^/]+\.json|\/[^/]+\/Keys(?:\.json|\/.*))$/;

/**
 * What Twilio refuses a Standard API key: the Accounts resource (account details, subaccounts) and
 * API keys, "Access to all Twilio API resources, except for Accounts (/Accounts) or Keys" (docs:
 * IAM → API keys, Types of keys), and a subaccount's resources ("except for managing API Keys,
 * Account Configuration, and Subaccounts"). Twilio answers 401 with error 20003, "Authentication
 * Error - invalid username" (Twilio Support: "Error 20003 … When Using Restricted API Keys").
 */
function refuseStandardKey(apiPath: string, owner: EmulatedAccount): void {
	const account = /^\/2010-04-01\/Accounts\/([^/.]+)/.exec(apiPath)?.[1];
	if (MAIN_KEY_PATHS.test(apiPath) || (account !== undefined && account !== owner.sid)) {
		throw new TwilioError(401, 20003, 'Authentication Error - invalid username');
	}
}

/** The answer of a fault that refuses the request before it is processed. */
function refusalFor(fault: Fault): Answer | undefined {
	if (fault.kind === 'rate-limit') {
		const answer = json(429, new TwilioError(429, 20429, 'Too Many Requests').body());
		return { ...answer, headers: { 'Retry-After': String(fault.retryAfter ?? 1) } };
	}
	if (fault.kind === 'unavailable')
		return json(503, new TwilioError(503, 20503, 'Service Unavailable').body());
	if (fault.kind === 'server-error') {
		return json(500, new TwilioError(500, 20500, 'An internal server error has occurred').body());
	}
	return undefined;
}

function basicCredentials(
	request: IncomingMessage,
): { user: string; password: string } | undefined {
	const header = request.headers.authorization;
	if (!header?.startsWith('Basic ')) return undefined;
	const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	return colon < 0
		? undefined
		: { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * A JSON body as received; one that does not parse is kept as its text, for the contract check to
 * refuse.
 */
function parseJson(raw: string): unknown {
	try {
		return JSON.parse(raw) as unknown;
	} catch {
		return raw;
	}
}

/**
 * A JSON body's fields as parameters, for the checks and the generic handling that read parameters:
 * texts as they are, other values as JSON.
 */
function paramsOfJson(body: Record<string, unknown>): Params {
	return new Params(
		new URLSearchParams(
			Object.entries(body)
				.filter(([, value]) => value !== undefined)
				.map(([name, value]): [string, string] => [
					name,
					typeof value === 'string' ? value : JSON.stringify(value),
				]),
		).toString(),
	);
}

function readBody(request: IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => resolve(Buffer.concat(chunks)));
		request.on('error', reject);
	});
}

/** The request's X-Twilio-… headers (other than the signature), which some operations declare. */
function twilioHeadersOf(request: IncomingMessage): Record<string, string> {
	return Object.fromEntries(
		Object.entries(request.headers).filter(
			(entry): entry is [string, string] =>
				entry[0].startsWith('x-twilio-') &&
				entry[0] !== 'x-twilio-signature' &&
				typeof entry[1] === 'string',
		),
	);
}
