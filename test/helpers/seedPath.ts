import { seedProductRecord, seedRecord, type TwilioEmulator } from '../../emulator';
import { kindOf } from '../../emulator/engine/engine';
import { sidPrefix, snakeCase, specIndex, type Schema } from '../../emulator/engine/spec';
import { newSid } from '../../emulator/random';
import type { EmulatedAccount } from '../../emulator/types';

/**
 * Puts in place what a path of Twilio's classic OpenAPI description names, so that a request to it
 * finds its records: each placeholder's record is seeded under the ones before it.
 */

const spec = specIndex();

/**
 * Records put in place are live, as the realtime operations on them need: a call in progress
 * (Twilio's 21220 otherwise), a conference going on, a recording running.
 */
const LIVE: Record<string, Record<string, string>> = {
	'/2010-04-01/Accounts/{}/Calls/{}.json': { status: 'in-progress' },
	'/2010-04-01/Accounts/{}/Conferences/{}.json': { status: 'in-progress' },
	'/2010-04-01/Accounts/{}/Calls/{}/Recordings/{}.json': { status: 'in-progress' },
	'/2010-04-01/Accounts/{}/Conferences/{}/Recordings/{}.json': { status: 'in-progress' },
};

/** The shape of a path: placeholders as `{}`. */
const shape = (template: string) => template.replace(/\{\w+\}/g, '{}');

/**
 * The description's instance path of the same shape, e.g. `…/Calls/{Sid}.json` for
 * `…/Calls/{CallSid}.json`.
 */
export function instanceTemplate(prefix: string): string | undefined {
	return spec.operations.find(
		(operation) => shape(operation.template) === shape(prefix) && operation.keyPlaceholder,
	)?.template;
}

/**
 * Puts in place the record a path prefix ends on (live, unless `fields` say otherwise), and returns
 * its key.
 */
export function seedAt(
	emulator: TwilioEmulator,
	prefix: string,
	values: string[],
	fields?: Record<string, string>,
): string {
	const template = instanceTemplate(prefix);
	if (!template) throw new Error(`no instance path like ${prefix}`);
	const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
	const pathValues = Object.fromEntries(values.map((value, index) => [names[index], value]));
	const record = seedRecord(emulator, template, pathValues, fields ?? LIVE[shape(template)]);
	const own = snakeCase(names[names.length - 1]);
	return String(record[own] ?? record.sid);
}

export interface SeededPath {
	/** The path with every placeholder filled (encoded). */
	path: string;
	/** Each placeholder's value. */
	values: Record<string, string>;
}

/**
 * Fills a classic path, seeding the record of each placeholder. The account is the emulator's
 * own (its options, not a record), a country code is `US`; `keyFields` are set on the record the
 * path ends on.
 */
export function seedPath(
	emulator: TwilioEmulator,
	template: string,
	keyFields?: Record<string, string>,
): SeededPath {
	const values: Record<string, string> = {};
	const inOrder: string[] = [];
	let path = template;
	const key = /\{(\w+)\}\.json$/.exec(template)?.[1];
	for (const match of template.matchAll(/\{(\w+)\}/g)) {
		const name = match[1];
		const prefix = template.slice(0, match.index + match[0].length) + '.json';
		let value: string;
		if (name === 'AccountSid' || template.startsWith('/2010-04-01/Accounts/{Sid}'))
			value = emulator.account.sid;
		else if (name === 'CountryCode') value = 'US';
		else value = seedAt(emulator, prefix, inOrder, name === key ? keyFields : undefined);
		inOrder.push(value);
		values[name] = value;
		path = path.replace(match[0], encodeURIComponent(value));
	}
	return { path, values };
}

/**
 * A SID of the schema's kind: a record put in place where the account has a collection of that
 * kind (an application, a queue…), else a new SID of the prefix.
 */
export function sidOfKind(emulator: TwilioEmulator, prefix: string): string {
	if (prefix === 'AC') return addSubaccount(emulator).sid;
	// A sink a subscription names must be active (Event Streams, CreateSubscription's SinkSid).
	if (prefix === 'DG') return activeSink(emulator);
	// A Voice Intelligence service a transcript is made in must exist (CreateTranscript).
	if (prefix === 'GA') return intelligenceService(emulator);
	const home = spec.operations.find(
		(operation) =>
			kindOf(operation) === 'fetch' &&
			sidPrefix(operation.itemSchema?.properties?.sid as Schema) === prefix &&
			operation.placeholders.length === 2,
	);
	return home ? seedAt(emulator, home.template, [emulator.account.sid]) : newSid(prefix);
}

/** A Voice Intelligence service of the account. */
export function intelligenceService(emulator: TwilioEmulator): string {
	return String(
		emulator.perform('intelligence', 'POST', '/v2/Services', { UniqueName: 'calls' }).sid,
	);
}

/** An Event Streams sink, active as Twilio makes every sink: one that subscriptions may use. */
export function activeSink(emulator: TwilioEmulator): string {
	const sink = seedProductRecord(emulator, 'events', '/v1/Sinks/{Sid}', {}, { status: 'active' });
	return String(sink.sid);
}

/** A subaccount of the emulator's account: the accounts its credential may name besides its own. */
export function addSubaccount(
	emulator: TwilioEmulator,
	friendlyName = 'Emulated subaccount',
): EmulatedAccount {
	const account: EmulatedAccount = {
		sid: newSid('AC'),
		authToken: newSid('').toLowerCase(),
		friendlyName,
		status: 'active',
		ownerSid: emulator.account.sid,
		apiKeys: [],
		dateCreated: new Date(),
	};
	emulator.accounts.add(account);
	return account;
}

/**
 * Puts one record in the collection a list path reads, under the records its path names, so the
 * list has something to show; collections kept outside the store (accounts, the fixed pool of
 * numbers for sale) already have theirs.
 */
export function seedListRecord(
	emulator: TwilioEmulator,
	template: string,
	values: Record<string, string>,
): void {
	const instance = instanceTemplate(template.replace(/\.json$/, '/{Sid}.json'));
	try {
		if (instance) seedAt(emulator, instance, Object.values(values));
		else seedRecord(emulator, template, values);
	} catch (error) {
		if (!/is not kept in the store/.test((error as Error).message)) throw error;
	}
}
