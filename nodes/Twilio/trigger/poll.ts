import {
	NodeOperationError,
	type IDataObject,
	type INodeExecutionData,
	type IPollFunctions,
} from 'n8n-workflow';

import { TwilioClient } from '../transport/client';
import { pageSizeFor } from '../transport/pagination';
import { catalogRequest, readAll } from './catalogRequests';
import { findPollEvent, isReady, type PollEvent } from './pollEvents';

/**
 * The polling trigger's contract with n8n: nothing is emitted for what existed when the workflow
 * was activated; every record that comes after is emitted once, in time order, including records of
 * the same second as the last one seen (Twilio's times have whole seconds) and more than a page at
 * once. State stays small: the time the trigger has reached and the SIDs seen from that time on,
 * not every SID ever.
 */

/** Where the trigger keeps its place, in the node's static data. */
const STATIC_DATA_KEY = 'poll';

interface PollState {
	/** The event the state is of: another event starts afresh. */
	event: string;
	/** The time reached (ms): every record before it was seen. */
	time: number;
	/** The records seen at or after that time, by SID, with their times. */
	seen: Record<string, number>;
}

/**
 * Monitor answers no alert older than 30 days ("Queries for alerts older than 30 days are not
 * supported"): an instant filter goes no further back.
 */
const OLDEST_INSTANT_MS = 29 * 24 * 3600_000;

/** The poll contexts that have polled: the first poll of each activation is told apart. */
const polled = new WeakSet<IPollFunctions>();

export async function pollRecords(context: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const event = findPollEvent(context.getNodeParameter('event') as string);
	if (!event) throw new NodeOperationError(context.getNode(), 'Choose an event');
	const client = await TwilioClient.connect(context);
	const staticData = context.getWorkflowStaticData('node');
	const saved = staticData[STATIC_DATA_KEY] as PollState | undefined;
	// n8n polls with one context per activation. Activated by the user, the trigger starts afresh;
	// when n8n starts again, or the workflow is updated, it goes on from where it was, so that what
	// came while n8n was stopped is not missed.
	const afresh = !polled.has(context) && context.getActivationMode() === 'activate';
	polled.add(context);
	const state = !afresh && saved?.event === event.value ? saved : undefined;

	if (context.getMode() === 'manual') {
		// Fetch Test Event: the latest record of the list's first page, so the user sees real data.
		const records = await readList(context, client, event, undefined, { firstPageOnly: true });
		const latest = newest(
			event,
			records.filter((record) => isReady(event, record)),
		);
		if (!latest)
			throw new NodeOperationError(context.getNode(), `The account has no ${noun(event)} yet`, {
				description: 'Fetch Test Event shows the latest one. Make one, then fetch again.',
			});
		return [[{ json: latest }]];
	}

	const from = state?.time ?? Date.UTC(...utcDay(new Date()));
	const records = await readList(context, client, event, from);
	const fresh = records.filter((record) => {
		const time = timeOf(event, record);
		return time !== undefined && time >= from && !(String(record.sid) in (state?.seen ?? {}));
	});
	const ready = fresh
		.filter((record) => isReady(event, record))
		.sort((a, b) => timeOf(event, a)! - timeOf(event, b)!);
	staticData[STATIC_DATA_KEY] = advance(
		event,
		state ?? { event: event.value, time: from, seen: {} },
		fresh,
		ready,
	) as unknown as IDataObject;
	// The first poll of an activation only marks where the trigger starts: what exists is not new.
	if (!state || !ready.length) return null;
	return [ready.map((json) => ({ json }))];
}

const noun = (event: PollEvent) =>
	event.name
		.replace(/^New /, '')
		.replace(/ \(.*\)$/, '')
		.toLowerCase();

/**
 * The next state: the time moves to the newest record seen, but never past a record that is not
 * ready yet (it is emitted when it is); the SIDs kept are those seen from that time on.
 */
function advance(
	event: PollEvent,
	state: PollState,
	fresh: IDataObject[],
	seenNow: IDataObject[],
): PollState {
	const waiting = fresh.filter((record) => !isReady(event, record));
	const time = waiting.length
		? Math.min(...waiting.map((record) => timeOf(event, record)!))
		: Math.max(state.time, ...seenNow.map((record) => timeOf(event, record)!));
	const seen: Record<string, number> = {};
	for (const [sid, at] of Object.entries(state.seen)) if (at >= time) seen[sid] = at;
	for (const record of seenNow) {
		const at = timeOf(event, record)!;
		if (at >= time) seen[String(record.sid)] = at;
	}
	return { event: event.value, time, seen };
}

/** The newest of the records by the event's time. */
function newest(event: PollEvent, records: IDataObject[]): IDataObject | undefined {
	return records.reduce<IDataObject | undefined>(
		(latest, record) =>
			!latest || timeOf(event, record)! > timeOf(event, latest)! ? record : latest,
		undefined,
	);
}

function timeOf(event: PollEvent, record: IDataObject): number | undefined {
	const value = record[event.timeField];
	const time = typeof value === 'string' ? Date.parse(value) : NaN;
	return Number.isNaN(time) ? undefined : time;
}

const utcDay = (date: Date): [number, number, number] => [
	date.getUTCFullYear(),
	date.getUTCMonth(),
	date.getUTCDate(),
];

/**
 * Every record of the list from the time on, as far as the list's filter allows (a day, an
 * instant, or none), page after page, with the user's filters.
 */
async function readList(
	context: IPollFunctions,
	client: TwilioClient,
	event: PollEvent,
	from: number | undefined,
	{ firstPageOnly = false } = {},
): Promise<IDataObject[]> {
	// A list of the account's records (not a record's, such as a recording's transcriptions).
	const list = catalogRequest(client, event.list.resource, event.list.operation);
	const query = new URLSearchParams({ PageSize: String(pageSizeFor(undefined)) });
	if (event.since && from !== undefined) {
		const instant = event.since.precision === 'instant';
		const at = new Date(Math.max(from, instant ? Date.now() - OLDEST_INSTANT_MS : 0));
		query.set(
			event.since.parameter,
			instant ? at.toISOString().replace(/\.\d{3}Z$/, 'Z') : at.toISOString().slice(0, 10),
		);
	}
	const options = context.getNodeParameter('options', {}) as IDataObject;
	for (const [option, parameter] of Object.entries(event.filters ?? {})) {
		const value = typeof options[option] === 'string' ? options[option].trim() : '';
		if (value) query.set(parameter, value);
	}
	return await readAll(client, context.getNode(), list, query, { firstPageOnly });
}
