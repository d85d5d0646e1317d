import {
	NodeOperationError,
	type ICredentialDataDecryptedObject,
	type IExecuteFunctions,
	type IHookFunctions,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type IPollFunctions,
	type IWebhookFunctions,
} from 'n8n-workflow';

import { CLASSIC_PRODUCT, productBaseUrls, type Product, type ProductBaseUrl } from './hosts';
import { connectionError, explainKeyRefusal, fileHostError, twilioApiError } from './errors';
import { RetryPolicy } from './retry';
import { isSid } from './sid';
import { DEFAULT_REQUEST_SETTINGS, type RequestSettings } from './requestSettings';
import type { TwilioRequest, TwilioResponse } from './wire';

export const CREDENTIAL_NAME = 'twilioConnectorApi';

/**
 * The n8n contexts that send requests: executions, webhook lifecycle hooks, editor look-ups,
 * webhooks, polls.
 */
type TwilioContext =
	IExecuteFunctions | IHookFunctions | ILoadOptionsFunctions | IWebhookFunctions | IPollFunctions;

/**
 * Sends requests for one execution of the node. Credentials are read and checked once, then
 * handed to n8n's authenticated request helper with every request.
 */
export class TwilioClient {
	/** Scheme and host (and any base path) of the classic API, without a trailing slash. */
	readonly baseUrl: string;

	private constructor(
		private readonly context: TwilioContext,
		private readonly credentials: ICredentialDataDecryptedObject,
		/** Scheme and host (and any base path) of each product, without a trailing slash. */
		readonly baseUrlOf: ProductBaseUrl,
		/** The credential's account, used where an operation names no other. */
		readonly accountSid: string,
		/** Shared by all requests of the execution, so that a 429 pauses them all. */
		private readonly retries: RetryPolicy,
	) {
		this.baseUrl = baseUrlOf(CLASSIC_PRODUCT);
	}

	static async connect(
		context: TwilioContext,
		settings: RequestSettings = DEFAULT_REQUEST_SETTINGS,
		/**
		 * Stops waiting and retrying when it fires; the execution's cancel signal where n8n has one.
		 */
		stopSignal?: AbortSignal,
	): Promise<TwilioClient> {
		const credentials = await context.getCredentials(CREDENTIAL_NAME);
		const accountSid = String(credentials.accountSid ?? '').trim();
		if (!isSid('account', accountSid)) {
			throw new NodeOperationError(
				context.getNode(),
				'The credential\'s Account SID is not valid: it must be "AC" followed by 32 hexadecimal characters',
				{
					description:
						'Copy the Account SID from the Twilio Console into the Twilio Connector API credential.',
				},
			);
		}
		const baseUrl = productBaseUrls(credentials);
		if (typeof baseUrl !== 'function') {
			throw new NodeOperationError(context.getNode(), baseUrl.error);
		}
		const cancelSignal =
			stopSignal ??
			('getExecutionCancelSignal' in context ? context.getExecutionCancelSignal() : undefined);
		const retries = new RetryPolicy(context.getNode(), settings, cancelSignal);
		return new TwilioClient(context, credentials, baseUrl, accountSid, retries);
	}

	/**
	 * Sends a request, retrying as `RetryPolicy` allows; an error answer becomes a NodeApiError
	 * carrying Twilio's code and link. May be called concurrently.
	 */
	async send(request: TwilioRequest): Promise<TwilioResponse> {
		const response = await this.retries.send(request, () => this.attempt(request));
		// Twilio's API redirects only where its description says so; otherwise the base URL points at
		// something else.
		const documented =
			request.answersWithRedirect && REDIRECT_STATUSES.includes(response.statusCode);
		if (response.statusCode >= 300 && !documented) throw this.apiError(response, request);
		return response;
	}

	/**
	 * Fetches a file Twilio serves beside a record (recording audio, a transcription's text, message
	 * media). Twilio answers such a GET with a redirect to a pre-signed URL on a storage host of
	 * another origin, which refuses any request with credentials. The authenticated request never
	 * follows a redirect: the node reads `Location` itself and fetches the file with n8n's plain
	 * request helper, without the credential, whatever the n8n version. A file served at once (200)
	 * is taken as it is.
	 */
	async download(request: TwilioRequest): Promise<TwilioResponse> {
		const answer = await this.retries.send(request, () => this.attempt(request));
		if (!REDIRECT_STATUSES.includes(answer.statusCode)) {
			if (answer.statusCode >= 300) throw this.apiError(answer, request);
			return answer;
		}
		const location = fileLocation(answer, `${this.baseUrlOf(productOf(request))}${request.path}`);
		if (!location) throw this.apiError(answer, request);
		// A file on the storage host: reading it again changes nothing.
		const fileRequest: TwilioRequest = { ...request, retry: 'idempotent' };
		const file = await this.retries.send(fileRequest, () =>
			this.fetchWithoutCredentials(location, fileRequest),
		);
		if (file.statusCode >= 300)
			throw fileHostError(this.context.getNode(), file, location, request.itemIndex);
		return file;
	}

	/**
	 * A file at an address Twilio gave in an answer (a pre-signed URL on its storage): fetched
	 * without the credential, and read again after a lost answer (reading changes nothing).
	 */
	async downloadFrom(
		address: URL,
		settings: RequestSettings,
		itemIndex: number,
	): Promise<TwilioResponse> {
		const request: TwilioRequest = {
			method: 'GET',
			path: address.pathname,
			retry: 'idempotent',
			settings,
			itemIndex,
			read: 'binary',
		};
		const file = await this.retries.send(request, () =>
			this.fetchWithoutCredentials(address, request),
		);
		if (file.statusCode >= 300)
			throw fileHostError(this.context.getNode(), file, address, itemIndex);
		return file;
	}

	private apiError(response: TwilioResponse, request: TwilioRequest) {
		const error = twilioApiError(this.context.getNode(), response, request.itemIndex);
		return response.statusCode === 401 && this.credentials.authType === 'apiKey'
			? explainKeyRefusal(error, request.path, this.accountSid)
			: error;
	}

	/** A GET through n8n's plain request helper: no credential goes with it, redirects or not. */
	private async fetchWithoutCredentials(url: URL, request: TwilioRequest): Promise<TwilioResponse> {
		const { timeoutMs } = request.settings ?? this.retries.settings;
		const options: IHttpRequestOptions = {
			method: 'GET',
			url: url.toString(),
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: timeoutMs,
			json: false,
			encoding: request.read === 'text' ? 'text' : 'arraybuffer',
			...(request.abortSignal ? { abortSignal: request.abortSignal } : {}),
		};
		try {
			return (await this.context.helpers.httpRequest(options)) as TwilioResponse;
		} catch (error) {
			// The error carries the pre-signed URL, which grants access to the file: only its code goes
			// on.
			throw connectionError(
				this.context.getNode(),
				error,
				{ ...request, path: url.pathname },
				timeoutMs,
			);
		}
	}

	private async attempt(request: TwilioRequest): Promise<TwilioResponse> {
		const query = request.query?.toString();
		const read = request.read ?? 'json';
		const { timeoutMs } = request.settings ?? this.retries.settings;
		const options: IHttpRequestOptions = {
			method: request.method,
			url: `${this.baseUrlOf(productOf(request))}${request.path}${query ? `${request.path.includes('?') ? '&' : '?'}${query}` : ''}`,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: timeoutMs,
			// An authenticated request never follows a redirect: a file's redirect is read by download().
			disableFollowRedirect: true,
			json: read === 'json',
			...(read === 'binary' ? { encoding: 'arraybuffer' as const } : {}),
			...(read === 'text' ? { encoding: 'text' as const } : {}),
			...(request.abortSignal ? { abortSignal: request.abortSignal } : {}),
		};
		if (request.body) {
			options.body = request.body.toString();
			options.headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
		} else if (request.json) {
			// As text: n8n's helper would leave an empty object out, and a JSON operation with no
			// field set (a Lookup override's delete, a limit's reset) still sends its object, `{}`.
			options.body = JSON.stringify(request.json);
			options.json = true;
			options.headers = { 'Content-Type': 'application/json' };
		}
		if (request.headers) options.headers = { ...options.headers, ...request.headers };
		try {
			const response = (await this.context.helpers.httpRequestWithAuthentication.call(
				this.context,
				CREDENTIAL_NAME,
				options,
				{
					credentialsDecrypted: { id: '', name: '', type: CREDENTIAL_NAME, data: this.credentials },
				},
			)) as TwilioResponse;
			return response;
		} catch (error) {
			throw connectionError(this.context.getNode(), error, request, timeoutMs);
		}
	}
}

const productOf = (request: TwilioRequest): Product => request.product ?? CLASSIC_PRODUCT;

/** The redirects a file answer may be (RFC 9110, section 15.4). */
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];

/** Where a redirect points, resolved against the request's URL; only http(s) addresses. */
function fileLocation(response: TwilioResponse, requestUrl: string): URL | undefined {
	const raw = response.headers.location;
	const location = Array.isArray(raw) ? raw[0] : raw;
	if (!location || !URL.canParse(location, requestUrl)) return undefined;
	const url = new URL(location, requestUrl);
	return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
}
