import type { IDataObject } from 'n8n-workflow';

/**
 * The records the polling trigger watches for, as data: which Get Many of the catalog lists them,
 * which of their times orders them, the list's filter of "on or after" that time where Twilio
 * documents one (a day for the classic API: `DateCreated>=YYYY-MM-DD`, "on or after midnight of
 * this date"; an instant for Monitor's StartDate), and when a record is complete enough to emit.
 * No list is assumed to come in any order: each poll reads every page of its window.
 */
export interface PollEvent {
	value: string;
	name: string;
	description: string;
	list: { resource: string; operation: 'getMany' };
	/** The record's time that makes it new (RFC 2822 in the classic API, ISO 8601 in Monitor). */
	timeField: string;
	/** The list's "on or after" filter of that time, by its Twilio name. */
	since?: { parameter: string; precision: 'day' | 'instant' };
	/**
	 * The statuses a record has once it is there to emit (a recording completed); one still in
	 * another status is waited for, and no later record moves the trigger past it.
	 */
	readyWhen?: { field: string; in: readonly string[] };
	/** The options that filter the list: each option's query parameter. */
	filters?: Record<string, string>;
}

export const pollEvents: PollEvent[] = [
	{
		value: 'newRecording',
		name: 'New Recording',
		description: 'A recording of a call or conference is complete',
		list: { resource: 'recording', operation: 'getMany' },
		timeField: 'date_created',
		since: { parameter: 'DateCreated>', precision: 'day' },
		// Recording statuses: in-progress, paused, stopped, processing, completed, absent, deleted.
		readyWhen: { field: 'status', in: ['completed', 'absent', 'deleted'] },
	},
	{
		value: 'newTranscription',
		name: 'New Transcription',
		description: "A recording's transcription is done (completed or failed)",
		list: { resource: 'transcription', operation: 'getMany' },
		timeField: 'date_created',
		// Transcription statuses: in-progress, completed, failed.
		readyWhen: { field: 'status', in: ['completed', 'failed'] },
	},
	{
		value: 'newCall',
		name: 'New Call (Finished)',
		description: 'A call ends, whatever its outcome (completed, busy, no answer, failed, canceled)',
		list: { resource: 'call', operation: 'getMany' },
		// A call that has not ended has no end time, and the EndTime filter leaves it out.
		timeField: 'end_time',
		since: { parameter: 'EndTime>', precision: 'day' },
		filters: { to: 'To', from: 'From' },
	},
	{
		value: 'newMessage',
		name: 'New Message',
		description: 'A message is received, or one is sent (its send time is known)',
		list: { resource: 'message', operation: 'getMany' },
		// A message not sent yet has no date_sent, and the DateSent filter leaves it out.
		timeField: 'date_sent',
		since: { parameter: 'DateSent>', precision: 'day' },
		filters: { to: 'To', from: 'From' },
	},
	{
		value: 'newPhoneNumber',
		name: 'New Phone Number',
		description: 'A phone number is added to the account (bought or ported in)',
		list: { resource: 'incomingPhoneNumber', operation: 'getMany' },
		timeField: 'date_created',
	},
	{
		value: 'newAlert',
		name: 'New Alert',
		description: "Twilio Monitor logs an error or warning about the account's webhooks and calls",
		list: { resource: 'alert', operation: 'getMany' },
		timeField: 'date_generated',
		since: { parameter: 'StartDate', precision: 'instant' },
		filters: { logLevel: 'LogLevel' },
	},
];

export const findPollEvent = (value: string) => pollEvents.find((event) => event.value === value);

/** Whether the record is there to emit (see `readyWhen`). */
export function isReady(event: PollEvent, record: IDataObject): boolean {
	return !event.readyWhen || event.readyWhen.in.includes(String(record[event.readyWhen.field]));
}
