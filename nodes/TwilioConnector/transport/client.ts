import {
	NodeOperationError,
	type ICredentialDataDecryptedObject,
	type IExecuteFunctions,
	type IHookFunctions,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type IWebhookFunctions,
} from 'n8n-workflow';

import { apiBaseUrl } from './baseUrl';
import { connectionError, explainKeyRefusal, twilioApiError } from './errors';
import { RetryPolicy } from './retry';
import { isSid } from './sid';
import { DEFAULT_REQUEST_SETTINGS, type RequestSettings } from './settings';
import type { TwilioRequest, TwilioResponse } from './wire';

export const CREDENTIAL_NAME = 'twilioConnectorApi';

/** The n8n contexts that send requests: executions, webhook lifecycle hooks, editor look-ups, webhooks. */
export type TwilioContext = IExecuteFunctions | IHookFunctions | ILoadOptionsFunctions | IWebhookFunctions;

/**
 * Sends requests for one execution of the node. Credentials are read and checked once, then
 * handed to n8n's authenticated request helper with every request.
 */
export class TwilioClient {
	private constructor(
		private readonly context: TwilioContext,
		private readonly credentials: ICredentialDataDecryptedObject,
		/** Scheme and host (and any base path) requests go to, without a trailing slash. */
		readonly baseUrl: string,
		/** The credential's account, used where an operation names no other. */
		readonly accountSid: string,
		/** Shared by all requests of the execution, so that a 429 pauses them all. */
		private readonly retries: RetryPolicy,
	) {}

	static async connect(
		context: TwilioContext,
		settings: RequestSettings = DEFAULT_REQUEST_SETTINGS,
	): Promise<TwilioClient> {
		const credentials = await context.getCredentials(CREDENTIAL_NAME);
		const accountSid = String(credentials.accountSid ?? '').trim();
		if (!isSid('account', accountSid)) {
			throw new NodeOperationError(
				context.getNode(),
				'The credential\'s Account SID is not valid: it must be "AC" followed by 32 hexadecimal characters',
				{ description: 'Copy the Account SID from the Twilio Console into the Twilio Connector API credential.' },
			);
		}
		const baseUrl = apiBaseUrl(credentials);
		if (typeof baseUrl !== 'string') {
			throw new NodeOperationError(context.getNode(), baseUrl.error);
		}
		const cancelSignal = 'getExecutionCancelSignal' in context ? context.getExecutionCancelSignal() : undefined;
		const retries = new RetryPolicy(context.getNode(), settings, cancelSignal);
		return new TwilioClient(context, credentials, baseUrl, accountSid, retries);
	}

	/**
	 * Sends a request, retrying as `RetryPolicy` allows; an error answer becomes a NodeApiError
	 * carrying Twilio's code and link. May be called concurrently.
	 */
	async send(request: TwilioRequest): Promise<TwilioResponse> {
		const response = await this.retries.send(request, () => this.attempt(request));
		// Twilio's API never redirects; a redirect means the base URL points at something else.
		if (response.statusCode >= 300) {
			const error = twilioApiError(this.context.getNode(), response, request.itemIndex);
			throw response.statusCode === 401 && this.credentials.authType === 'apiKey'
				? explainKeyRefusal(error, request.path, this.accountSid)
				: error;
		}
		return response;
	}

	private async attempt(request: TwilioRequest): Promise<TwilioResponse> {
		const query = request.query?.toString();
		const read = request.read ?? 'json';
		const { timeoutMs } = request.settings ?? this.retries.settings;
		const options: IHttpRequestOptions = {
			method: request.method,
			url: `${this.baseUrl}${request.path}${query ? `${request.path.includes('?') ? '&' : '?'}${query}` : ''}`,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: timeoutMs,
			sendCredentialsOnCrossOriginRedirect: false,
			// API answers are never redirects (see send()); only files may be served from elsewhere.
			disableFollowRedirect: read === 'json',
			json: read === 'json',
			...(read === 'binary' ? { encoding: 'arraybuffer' as const } : {}),
			...(read === 'text' ? { encoding: 'text' as const } : {}),
		};
		if (request.body) {
			options.body = request.body.toString();
			options.headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
		}
		try {
			const response = (await this.context.helpers.httpRequestWithAuthentication.call(
				this.context,
				CREDENTIAL_NAME,
				options,
				{ credentialsDecrypted: { id: '', name: '', type: CREDENTIAL_NAME, data: this.credentials } },
			)) as TwilioResponse;
			return response;
		} catch (error) {
			throw connectionError(this.context.getNode(), error, request, timeoutMs);
		}
	}
}
