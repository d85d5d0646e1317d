import { sleep, type INode, type NodeApiError } from 'n8n-workflow';

import { connectionFailureOf, twilioApiError, type ConnectionFailure } from './errors';
import type { RequestSettings } from './requestSettings';
import type { TwilioRequest, TwilioResponse } from './wire';

/** The longest wait the backoff computes on its own. */
const MAX_BACKOFF_MS = 30_000;
/**
 * A longer Retry-After is not waited for: the item fails and says how long Twilio asked to wait.
 */
const MAX_RETRY_AFTER_MS = 300_000;

/** How one try ended. */
type TryOutcome =
	| { kind: 'answered'; response: TwilioResponse }
	/** HTTP 429 (Twilio's 20429): Twilio did not process the request. */
	| { kind: 'rate-limited'; response: TwilioResponse }
	/** HTTP 5xx: Twilio may or may not have processed it. */
	| { kind: 'server-error'; response: TwilioResponse }
	| { kind: ConnectionFailure; error: NodeApiError };

/**
 * The wait before retry number `retry` (0 for the first): the base delay doubled per retry and
 * capped, with "equal jitter" (between half and all of it, `random` in [0, 1)) so that clients
 * that failed together do not retry together, and never shorter than Twilio's Retry-After.
 */
export function retryDelayMs(
	retry: number,
	baseDelayMs: number,
	random: number,
	retryAfter?: number,
): number {
	const backoff = Math.min(MAX_BACKOFF_MS, baseDelayMs * 2 ** retry);
	return Math.max(Math.round(backoff * (0.5 + random / 2)), retryAfter ?? 0);
}

/** Twilio's Retry-After header in milliseconds (delay-seconds or an HTTP date), if any. */
export function retryAfterMs(
	headers: TwilioResponse['headers'] | undefined,
	now: number,
): number | undefined {
	const raw = headers?.['retry-after'];
	const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
	if (!value) return undefined;
	if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function appendDescription(error: NodeApiError, text: string): NodeApiError {
	error.description = error.description ? `${error.description} ${text}` : text;
	return error;
}

/**
 * Decides, per request, whether and when to try again:
 * - HTTP 429 (Twilio's 20429, "not processed") and connections that could not be made are retried
 *   for every request: nothing reached Twilio;
 * - 5xx, timeouts and broken connections are retried only for operations declared
 *   `retry: 'idempotent'` (reads, deletes, most updates). A request sent `once` fails at once with
 * an error that says it may have been processed and how to check (`TwilioRequest.duplicateCheck`).
 *
 * One policy serves all requests of an execution. A 429 pauses all of them, not only the one that
 * got it: every try first waits for the shared `pausedUntil`, which a 429 moves forward. Requests
 * sent concurrently through one TwilioClient therefore back off together.
 */
export class RetryPolicy {
	private pausedUntil = 0;

	constructor(
		private readonly node: INode,
		/** For requests that carry no settings of their own. */
		readonly settings: RequestSettings,
		/** Set when the execution is cancelled: waiting stops, no further try is made. */
		private readonly cancelSignal?: AbortSignal,
	) {}

	/** Sends with `sendOnce` until an answer is final; returns it, or throws the reason it is not. */
	async send(
		request: TwilioRequest,
		sendOnce: () => Promise<TwilioResponse>,
	): Promise<TwilioResponse> {
		const settings = request.settings ?? this.settings;
		/**
		 * How an earlier try ended when Twilio may have processed it without our hearing the answer.
		 */
		let lostAnswer: TryOutcome['kind'] | undefined;
		for (let retry = 0; ; retry++) {
			await this.waitWhilePaused();
			const outcome = await tryOnce(sendOnce);
			if (outcome.kind === 'answered') {
				return lostAnswer && outcome.response.statusCode === 404
					? this.goneAfterLostAnswer(request, outcome.response)
					: outcome.response;
			}
			const error =
				'error' in outcome
					? outcome.error
					: twilioApiError(this.node, outcome.response, request.itemIndex);
			const nothingProcessed = outcome.kind === 'rate-limited' || outcome.kind === 'not-sent';
			if (!nothingProcessed && request.retry === 'once') throw mayHaveBeenProcessed(error, request);
			if (!nothingProcessed) lostAnswer ??= outcome.kind;

			const retryAfter =
				'response' in outcome ? retryAfterMs(outcome.response.headers, Date.now()) : undefined;
			if (retryAfter !== undefined && retryAfter > MAX_RETRY_AFTER_MS) {
				throw appendDescription(
					error,
					`Twilio asked to wait ${Math.ceil(retryAfter / 1000)} s before trying again; the node does not wait that long.`,
				);
			}
			if (retry >= settings.maxRetries || this.cancelSignal?.aborted) {
				const tries = retry + 1;
				throw appendDescription(
					error,
					`Tried ${tries} time${tries > 1 ? 's' : ''} (Options → Max Retries is ${settings.maxRetries}).`,
				);
			}
			const wait = retryDelayMs(retry, settings.retryDelayMs, Math.random(), retryAfter);
			if (outcome.kind === 'rate-limited') {
				this.pausedUntil = Math.max(this.pausedUntil, Date.now() + wait);
			} else {
				await sleep(wait, this.cancelSignal);
			}
		}
	}

	/**
	 * A retry answered 404 after an earlier try's answer was lost: the lost try may have removed the
	 * record. A DELETE then did what it was asked (the record is gone). A change may have been made
	 * too: Twilio deletes a verification once it is approved or canceled, and a queue member once it
	 * is dequeued, so "not found" would tell a user that worked that it failed. A read's 404 stands.
	 */
	private goneAfterLostAnswer(request: TwilioRequest, response: TwilioResponse): TwilioResponse {
		if (request.method === 'GET') return response;
		if (request.method === 'DELETE')
			return { statusCode: 204, headers: {}, body: undefined, goneOnRetry: true };
		const error = twilioApiError(this.node, response, request.itemIndex);
		error.message = `${error.message}. An earlier try got no answer and may have made the change, after which the record is gone, so this may have worked`;
		const check =
			'Twilio removes some records once changed (a verification once approved or canceled, a queue member once dequeued). ' +
			'Check the outcome where it shows (the user signed in, the caller was connected) before running the item again.';
		error.description = `${check} (${error.description})`;
		Object.assign(error.context, { mayHaveBeenProcessed: true });
		throw error;
	}

	private async waitWhilePaused(): Promise<void> {
		for (let wait = this.pausedUntil - Date.now(); wait > 0; wait = this.pausedUntil - Date.now()) {
			await sleep(wait, this.cancelSignal);
		}
	}
}

/**
 * Verify's limits that a retry cannot get past: HTTP 429 with error 60202, "Max check attempts
 * reached" (5 checks of a code, then the verification is over) and 60203, "Max send attempts
 * reached" (5 sends to one recipient in its verification's 10 minutes):
 * twilio.com/docs/errors/60202 and 60203. They end the request like any other answer.
 */
const LASTING_LIMITS = [60202, 60203];

function twilioCodeOf(body: unknown): number | undefined {
	const code = body && typeof body === 'object' ? (body as { code?: unknown }).code : undefined;
	return typeof code === 'number' ? code : undefined;
}

async function tryOnce(sendOnce: () => Promise<TwilioResponse>): Promise<TryOutcome> {
	let response: TwilioResponse;
	try {
		response = await sendOnce();
	} catch (error) {
		// `TwilioClient.attempt` throws only connection errors (NodeApiError).
		return { kind: connectionFailureOf(error), error: error as NodeApiError };
	}
	if (response.statusCode === 429) {
		return LASTING_LIMITS.includes(twilioCodeOf(response.body) ?? 0)
			? { kind: 'answered', response }
			: { kind: 'rate-limited', response };
	}
	if (response.statusCode >= 500) return { kind: 'server-error', response };
	return { kind: 'answered', response };
}

/**
 * A request sent `once` that got no clear answer: never repeated; the user is told how to check.
 */
function mayHaveBeenProcessed(error: NodeApiError, request: TwilioRequest): NodeApiError {
	error.message = `${error.message}. Twilio may have processed the request, so it was not repeated`;
	const check =
		request.duplicateCheck ??
		'Check in the Twilio Console whether it was processed before running it again.';
	error.description = error.description ? `${check} (${error.description})` : check;
	Object.assign(error.context, { mayHaveBeenProcessed: true });
	return error;
}
