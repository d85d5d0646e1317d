import { createHash, randomUUID } from 'node:crypto';

// The signature is twilio-node's own, as for the other webhooks the emulator sends.
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';

import { newSid } from './random';
import type { RecordStore } from './store';
import type { EmulatedAccount, TwilioRecord } from './types';

/**
 * Event Streams delivering the account's events to its webhook sinks (Twilio docs, "Webhook
 * Quickstart" and "Event Streams overview"):
 * - an event is a CloudEvent (`specversion` 1.0, `type`, `source`, `id`, `dataschema`,
 *   `datacontenttype`, `time`, `data`), sent to each active webhook sink that a subscription of
 *   the account names it for;
 * - a sink configured with `batch_events` gets a JSON array of events per request, otherwise one
 *   event per request, with the sink's method;
 * - the request is signed as Twilio signs a JSON body: `bodySHA256` (the body's SHA-256, hex) is
 *   added to the sink's URL and X-Twilio-Signature is computed over that URL alone;
 * - a sink's Test sends it `com.twilio.eventstreams.test-event`, subscribed or not;
 * - Twilio delivers at least once: it may send an event again, with the same `id`.
 * Deliveries leave the request that caused them at once (Twilio does not wait for the sink); tests
 * wait for them with `eventsDelivered`.
 */

interface CloudEvent {
	specversion: '1.0';
	type: string;
	source: string;
	id: string;
	dataschema: string;
	datacontenttype: 'application/json';
	time: string;
	data: Record<string, unknown>;
}

/** One request to a sink, for tests to assert on. */
export interface EventDelivery {
	sinkSid: string;
	url: string;
	types: string[];
	status?: number;
	error?: string;
}

const SINKS = '/events/v1/Sinks';
const SUBSCRIPTIONS = '/events/v1/Subscriptions';
const subscribedEvents = (subscriptionSid: string) =>
	`${SUBSCRIPTIONS}/${subscriptionSid}/SubscribedEvents`;

interface Outbox {
	deliveries: EventDelivery[];
	pending: Set<Promise<void>>;
}

/** Each emulator's deliveries, by its store (one per emulator). */
const outboxes = new WeakMap<RecordStore, Outbox>();

function outboxOf(store: RecordStore): Outbox {
	let outbox = outboxes.get(store);
	if (!outbox) {
		outbox = { deliveries: [], pending: new Set() };
		outboxes.set(store, outbox);
	}
	return outbox;
}

/** The requests sent to sinks so far. */
export const eventDeliveries = (store: RecordStore): EventDelivery[] => outboxOf(store).deliveries;

/** Waits until every delivery started so far is answered. */
export async function eventsDelivered(store: RecordStore): Promise<void> {
	const { pending } = outboxOf(store);
	while (pending.size) await Promise.all([...pending]);
}

/**
 * A CloudEvent as Twilio writes one: the resource it is about as `source`, and an ID of its own
 * (the event type pages' examples show `NO…` IDs), the same for every delivery of the event.
 */
export function cloudEvent(
	type: string,
	schema: string,
	source: string,
	data: Record<string, unknown>,
	now = new Date(),
): CloudEvent {
	return {
		specversion: '1.0',
		type,
		source,
		id: newSid('NO'),
		dataschema: `https://events-schemas.twilio.com/${schema}`,
		datacontenttype: 'application/json',
		time: now.toISOString(),
		data,
	};
}

/** Sends the account's events to each active webhook sink subscribed to their types. */
export function publishEvents(
	store: RecordStore,
	account: EmulatedAccount,
	events: CloudEvent[],
): void {
	const bySink = new Map<string, CloudEvent[]>();
	for (const subscription of store.list(SUBSCRIPTIONS)) {
		if (subscription.account_sid !== account.sid) continue;
		const types = new Set(
			store.list(subscribedEvents(String(subscription.sid))).map(({ type }) => String(type)),
		);
		const sinkSid = String(subscription.sink_sid);
		const chosen = events.filter(({ type }) => types.has(type));
		if (chosen.length) bySink.set(sinkSid, [...(bySink.get(sinkSid) ?? []), ...chosen]);
	}
	for (const [sinkSid, chosen] of bySink) {
		const sink = store.get(SINKS, sinkSid);
		if (sink) sendToSink(store, account, sink, [...new Set(chosen)]);
	}
}

/** Delivers events to one sink, batched or one by one as it is configured. */
export function sendToSink(
	store: RecordStore,
	account: EmulatedAccount,
	sink: TwilioRecord,
	events: CloudEvent[],
): void {
	if (sink.status !== 'active' || sink.sink_type !== 'webhook') return;
	const configuration = sink.sink_configuration as {
		destination?: string;
		method?: string;
		batch_events?: boolean;
	};
	if (!configuration.destination) return;
	const bodies = configuration.batch_events === false ? events.map((event) => [event]) : [events];
	const outbox = outboxOf(store);
	for (const batch of bodies) {
		const body = JSON.stringify(configuration.batch_events === false ? batch[0] : batch);
		const delivery: EventDelivery = {
			sinkSid: String(sink.sid),
			url: signedDestination(configuration.destination, body),
			types: batch.map(({ type }) => type),
		};
		outbox.deliveries.push(delivery);
		const sent = post(account, delivery, configuration.method ?? 'POST', body).finally(() =>
			outbox.pending.delete(sent),
		);
		outbox.pending.add(sent);
	}
}

/** The sink's URL with the body's SHA-256, as Twilio signs a JSON body. */
function signedDestination(destination: string, body: string): string {
	const hash = createHash('sha256').update(body).digest('hex');
	return `${destination}${destination.includes('?') ? '&' : '?'}bodySHA256=${hash}`;
}

async function post(
	account: EmulatedAccount,
	delivery: EventDelivery,
	method: string,
	body: string,
): Promise<void> {
	try {
		const response = await fetch(delivery.url, {
			method: method.toUpperCase(),
			headers: {
				'Content-Type': 'application/json',
				'User-Agent': 'Twilio-Event-Streams',
				'X-Twilio-Signature': getExpectedTwilioSignature(account.authToken, delivery.url, {}),
				'I-Twilio-Idempotency-Token': randomUUID(),
			},
			body,
			// Twilio waits at most 5 seconds for a webhook sink ("Webhook Quickstart").
			signal: AbortSignal.timeout(5000),
		});
		await response.arrayBuffer();
		delivery.status = response.status;
	} catch (error) {
		delivery.error = error instanceof Error ? error.message : String(error);
	}
}
