import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import { FieldValueError } from '../engine/types';
import { toInteger } from '../fields/values';

/** How one execution sends its requests. Never sent to Twilio. */
export interface RequestSettings {
	/** Retries of one request (see transport/retry.ts for which failures are retried). */
	maxRetries: number;
	/** Wait before the first retry; each further retry waits about twice as long. */
	retryDelayMs: number;
	/** How long to wait for Twilio's answer to one request. */
	timeoutMs: number;
	/** How many items' requests are in flight at once (engine/concurrency.ts). */
	maxConcurrentRequests: number;
}

/**
 * The most requests one run of the node keeps in flight. Twilio limits concurrent requests per
 * account, and other workflows may share the account: a small bound leaves them room.
 */
export const MAX_CONCURRENT_REQUESTS = 20;

interface SettingOption {
	property: INodeProperties & { default: number };
	min: number;
	max: number;
	apply(settings: RequestSettings, value: number): void;
}

/** A whole-number option whose bounds serve both the editor and the check of typed or expression values. */
function integerSetting(
	spec: Pick<INodeProperties, 'displayName' | 'name' | 'description'> & Omit<SettingOption, 'property'> & { default: number },
): SettingOption {
	const { min, max, apply, ...property } = spec;
	return { property: { ...property, type: 'number', typeOptions: { minValue: min, maxValue: max, numberPrecision: 0 } }, min, max, apply };
}

const SETTING_OPTIONS: SettingOption[] = [
	integerSetting({
		displayName: 'Max Retries',
		name: 'maxRetries',
		default: 5,
		min: 0,
		max: 10,
		description:
			'How often one request is repeated when Twilio is busy (HTTP 429, for every operation) or when a read, update or delete got a server error, a timeout or a broken connection. Something that creates (a message, a call, a number purchase…) is never repeated once Twilio may have received it.',
		apply: (settings, value) => (settings.maxRetries = value),
	}),
	integerSetting({
		displayName: 'Retry Delay (Ms)',
		name: 'retryDelay',
		default: 1000,
		min: 0,
		max: 60_000,
		description:
			"Milliseconds to wait before the first retry. Each further retry waits about twice as long, with some randomness; Twilio's Retry-After is honoured when it asks for longer.",
		apply: (settings, value) => (settings.retryDelayMs = value),
	}),
	integerSetting({
		displayName: 'Request Timeout (Seconds)',
		name: 'requestTimeout',
		default: 30,
		min: 1,
		max: 600,
		description:
			"How long to wait for Twilio's answer to one request",
		apply: (settings, value) => (settings.timeoutMs = value * 1000),
	}),
	integerSetting({
		displayName: 'Max Concurrent Requests',
		name: 'maxConcurrentRequests',
		default: 1,
		min: 1,
		max: MAX_CONCURRENT_REQUESTS,
		description:
			'How many items are sent to Twilio at the same time. Output items keep the input order. When Twilio answers 429 (Too Many Requests), all of them back off together.',
		apply: (settings, value) => (settings.maxConcurrentRequests = value),
	}),
];

/** The settings when no option is set: the options' defaults. */
export const DEFAULT_REQUEST_SETTINGS: RequestSettings = SETTING_OPTIONS.reduce(
	(settings, option) => (option.apply(settings, option.property.default), settings),
	{} as RequestSettings,
);

/** The settings' editor properties, shown in every operation's Options. */
export const requestSettingProperties: INodeProperties[] = SETTING_OPTIONS.map((option) => option.property);

/**
 * Reads the settings once per execution, from the first item's Options, as n8n users expect of
 * node-wide behaviour such as retries. A bad value stops the execution with the option's name.
 */
export function readRequestSettings(context: IExecuteFunctions): RequestSettings {
	const settings = { ...DEFAULT_REQUEST_SETTINGS };
	let options: unknown;
	try {
		options = context.getNodeParameter('options', 0, {});
	} catch {
		// An expression that fails here fails again when the item is read, with the item's error.
		return settings;
	}
	if (options === null || typeof options !== 'object' || Array.isArray(options)) return settings;
	for (const { property, min, max, apply } of SETTING_OPTIONS) {
		const raw = (options as IDataObject)[property.name];
		let value: string | undefined;
		try {
			value = toInteger(raw, min, max);
		} catch (error) {
			const problem = error instanceof FieldValueError ? error.message : 'could not be read';
			throw new NodeOperationError(context.getNode(), `Options → ${property.displayName} ${problem}`, {
				description: `It applies to every item of the node. Nothing was sent to Twilio.`,
			});
		}
		if (value !== undefined) apply(settings, Number(value));
	}
	return settings;
}
