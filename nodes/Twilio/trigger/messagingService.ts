import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IHookFunctions,
} from 'n8n-workflow';

import type { TwilioClient } from '../transport/client';
import { nextPageOf } from '../transport/pagination';

/**
 * A number in a Messaging Service's sender pool gets its incoming messages through the service: the
 * service's `inbound_request_url` is called, not the number's SMS URL, unless the service's
 * `use_inbound_webhook_on_number` is on ("If this field is enabled then the webhook url defined on
 * the phone number will override the `inbound_request_url`"; "When this property is `null`,
 * receiving inbound messages is disabled": Messaging v1, Service resource).
 */

const SERVICES = '/v1/Services';
/** Twilio's most records per page, and the most pages read: 10,000 services. */
const PAGE_SIZE = 1000;
const MAX_PAGES = 10;

/** The Messaging Service whose pool holds the number, if any. */
async function serviceHolding(
	client: TwilioClient,
	numberSid: string,
): Promise<IDataObject | undefined> {
	let next: string | undefined = `${SERVICES}?PageSize=${PAGE_SIZE}`;
	for (let page = 0; next && page < MAX_PAGES; page++) {
		const { body } = await client.send({
			method: 'GET',
			product: 'messaging',
			path: next,
			retry: 'idempotent',
			itemIndex: 0,
		});
		const services = ((body as IDataObject).services ?? []) as IDataObject[];
		for (const service of services) {
			const path = `${SERVICES}/${encodeURIComponent(String(service.sid))}/PhoneNumbers/${encodeURIComponent(numberSid)}`;
			const held = await client
				.send({ method: 'GET', product: 'messaging', path, retry: 'idempotent', itemIndex: 0 })
				.then(() => true)
				.catch((error: unknown) => {
					if (error instanceof NodeApiError && error.httpCode === '404') return false;
					throw error;
				});
			if (held) return service;
		}
		const following = nextPageOf(
			body as IDataObject,
			SERVICES,
			'messaging',
			client.baseUrlOf('messaging'),
		);
		next = typeof following === 'string' ? following : undefined;
	}
	return undefined;
}

/**
 * Refuses to set a number's SMS URL that Twilio would never call, because the number is in a
 * Messaging Service that takes its incoming messages, and says what to do instead. When the
 * services cannot be read (a key without access to Messaging), it says so in n8n's log and goes on.
 */
export async function assertNumberGetsItsMessages(
	context: IHookFunctions,
	client: TwilioClient,
	number: IDataObject,
): Promise<void> {
	let service: IDataObject | undefined;
	try {
		service = await serviceHolding(client, String(number.sid));
	} catch (error) {
		context.logger.warn(
			`Twilio Connector Trigger: could not check whether ${String(number.phone_number)} is in a Messaging Service: ${(error as Error).message}`,
		);
		return;
	}
	if (!service || service.use_inbound_webhook_on_number === true) return;
	const name = service.friendly_name
		? `"${String(service.friendly_name)}" (${String(service.sid)})`
		: String(service.sid);
	throw new NodeOperationError(
		context.getNode(),
		`${String(number.phone_number)} is in Messaging Service ${name}, which takes its incoming messages: Twilio would never call the number's own SMS URL`,
		{
			description:
				"Either let the service use the number's webhook (in the Twilio Console, the service's Integration → Incoming Messages → \"Defer to sender's webhook\", or Messaging Service → Update with Use Inbound Webhook On Number on), " +
				"or set the service's Inbound Request URL to this trigger's URL (Webhook Setup → Paste the URL Into Twilio Myself), or remove the number from the service.",
		},
	);
}
