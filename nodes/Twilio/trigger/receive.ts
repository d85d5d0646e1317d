import type {
	IDataObject,
	INodeExecutionData,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { findEvent } from './events';
import { isFirstDelivery } from './idempotency';
import { downloadMedia, MEDIA_WAIT_MS } from './media';
import {
	answer,
	formParameters,
	header,
	jsonBody,
	rawBodyOf,
	refuse,
	refusalOf,
	signedUrl,
	type IncomingRequest,
	type OutgoingResponse,
} from './request';
import type { TwimlStep } from '../fields/twiml/render';
import { FieldValueError } from '../engine/types';
import { twiml } from './twiml';

/** The TwiML the node answers with, or undefined when a Respond to Webhook node answers. */
function answerOf(context: IWebhookFunctions): string | undefined {
	const event = findEvent(context.getNodeParameter('event') as string);
	if (!event?.answer) return twiml();
	if (context.getNodeParameter('responseMode', 'twiml') === 'responseNode') return undefined;
	const text = context.getNodeParameter(event.answer.field.name, '') as string;
	const steps = context.getNodeParameter(`${event.answer.steps.name}.step`, []) as TwimlStep[];
	return twiml(event.answer.verb, text, { kind: event.answer.steps.kind, steps });
}

/**
 * Handles one request: checks Twilio's signature (403 and no execution when it fails), drops a
 * repeat of a delivery already received, answers with TwiML and outputs Twilio's parameters.
 */
export async function receiveTwilioRequest(
	context: IWebhookFunctions,
): Promise<IWebhookResponseData> {
	const request = context.getRequestObject() as unknown as IncomingRequest;
	const response = context.getResponseObject() as unknown as OutgoingResponse;
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const rawBody = await rawBodyOf(request);
	const url = signedUrl(context, request);
	const isJson =
		(URL.canParse(url) && new URL(url).searchParams.has('bodySHA256')) ||
		header(request, 'content-type').startsWith('application/json');
	const parameters = isJson ? undefined : formParameters(rawBody, context.getBodyData());
	const json = isJson ? jsonBody(rawBody) : (parameters as IDataObject);

	if (options.skipSignatureCheck !== true) {
		const refusal = await refusalOf(context, {
			url,
			parameters,
			rawBody,
			isJson,
			json,
			signature: header(request, 'x-twilio-signature'),
		});
		if (refusal) return refuse(context, response, refusal, 'Twilio Connector Trigger');
	}

	let reply: string | undefined;
	try {
		reply = answerOf(context);
	} catch (error) {
		// A step of the answer lacks what its verb needs: Twilio gets an error, nothing starts.
		const problem = error instanceof FieldValueError ? error.message : String(error);
		context.logger.warn(`Twilio Connector Trigger: its answer is incomplete: ${problem}`, {
			workflowId: context.getWorkflow().id,
			node: context.getNode().name,
		});
		answer(
			response,
			500,
			'text/plain; charset=utf-8',
			`The trigger's answer is incomplete: ${problem}`,
		);
		return { noWebhookResponse: true };
	}
	const deliveryToken = header(request, 'i-twilio-idempotency-token');
	const deliveryKey = `${context.getWorkflow().id ?? ''}:${context.getNode().id}:${deliveryToken}`;
	if (deliveryToken && !isFirstDelivery(deliveryKey)) {
		// A retry of a request already received: answer it, start nothing.
		answer(response, 200, 'text/xml; charset=utf-8', reply ?? twiml());
		return { noWebhookResponse: true };
	}

	// A phone menu's next level: Gather's or Record's relative action `?step=…` comes back here.
	const step = URL.canParse(url) ? new URL(url).searchParams.get('step') : null;
	if (step !== null && parameters) parameters.step = step;
	const item: INodeExecutionData = { json };
	if (options.downloadMedia === true && !isJson) {
		if (reply === undefined) {
			// A Respond to Webhook node answers after the download: wait a bounded time only.
			await downloadMedia(context, item, MEDIA_WAIT_MS.beforeAnswer);
			return { workflowData: [[item]] };
		}
		// Twilio gets its answer first; the files are fetched while nobody waits for them.
		answer(response, 200, 'text/xml; charset=utf-8', reply);
		await downloadMedia(context, item, MEDIA_WAIT_MS.answered);
		return { noWebhookResponse: true, workflowData: [[item]] };
	}
	if (reply === undefined) return { workflowData: [[item]] };
	answer(response, 200, 'text/xml; charset=utf-8', reply);
	return { noWebhookResponse: true, workflowData: [[item]] };
}
