import type { INodeParameters } from 'n8n-workflow';

import type { OperationDefinition } from '../../../../nodes/Twilio/engine/types';
import { catalog } from '../../../../nodes/Twilio/products';
import { operationCase, type Variant } from '../../../helpers/operationCases';
import { useTwilio } from '../../../helpers/twilio';

/**
 * Whether a request is sent again after its answer is lost, for every operation: each pair runs
 * through n8n-core with the emulator dropping the connection after it processed the request, and
 * the number of tries is compared with what Twilio's semantics say, derived here on their own:
 *
 * - a POST to a collection creates something (a message, a call, a purchase, a verification, a
 *   check that counts against Verify's five): repeated, it would act or bill twice; Twilio's
 *   operationId says otherwise where it names a POST Update… (a Studio flow's validation) or
 *   Create… (a Lookup override, created where the client names it);
 * - a read is harmless to repeat, unless Twilio bills it per request: Lookup's data packages, all
 *   but Validation (Twilio's Lookup pricing: the basic answer and validation are free);
 * - a change of an existing record is harmless to repeat, unless a value it sends starts something
 *   again (`ACTS_AGAIN`);
 * - a DELETE is harmless to repeat, and the retry that finds the record gone means it worked.
 */

/**
 * Parameters whose sending makes a change act again when repeated, by operationId, with Twilio's
 * reason.
 */
const ACTS_AGAIN: Record<string, Record<string, string>> = {
	// "Url: The absolute URL that returns the TwiML instructions for the call", fetched at once: the
	// call starts over.
	UpdateCall: { Url: 'redirects the call again', Twiml: 'restarts the TwiML' },
	// "AnnounceUrl: The URL we call ... to announce something into the conference": played again.
	UpdateConference: { AnnounceUrl: 'plays the announcement again' },
	UpdateParticipant: { AnnounceUrl: 'plays the announcement again' },
	// Dequeuing "Front" again takes the next caller out of the queue.
	UpdateMember: { Url: 'dequeues the next caller' },
	// "Capture: The piece of payment information that you wish the caller to enter": asked again.
	UpdatePayments: { Capture: 'asks the caller again' },
	// "AuthPayload: The optional payload needed to verify the Factor for the first time. E.g. for a
	// TOTP, the numeric code" (and a challenge's): checked again, as another attempt.
	UpdateFactor: { AuthPayload: 'checks the code again' },
	UpdateChallenge: { AuthPayload: 'checks the code again' },
	// A WebAuthn response answers one challenge: its repeat is refused.
	UpdatePasskeysFactor: { response: 'answers a spent passkey challenge' },
	UpdateChallengePasskeys: { response: 'answers a spent passkey challenge' },
};

/**
 * Changes that send a record to review again, so that a repeat is billed again or refused: a
 * brand's resubmission ("resubmitting a brand … incurs the brand registration fee" in Twilio's A2P
 * brand guide) and a rejected toll-free verification's edit (only a rejected one can be edited).
 */
const RESUBMITS = ['UpdateBrandRegistrations', 'UpdateTollfreeVerification'];

const FREE_LOOKUP_PACKAGES = ['validation'];

const isCollection = (path: string) => !/\{\w+\}(\.json)?$/.test(path);

/** Why repeating this request could act or bill again, or undefined when it is harmless. */
function repeatCost(
	operation: OperationDefinition,
	sent: Record<string, string[]>,
	path: string,
): string | undefined {
	const spec =
		operation.spec.find((candidate) => candidate.method === operation.method) ?? operation.spec[0];
	// A POST to a collection creates, unless Twilio's operationId names it an update (a Studio
	// flow's validation); so does one Twilio names a create where the client names the new record in
	// the path (a Lookup override of a data package).
	const id = spec?.id ?? '';
	if (
		operation.method === 'POST' &&
		((isCollection(spec?.path ?? path) && !id.startsWith('Update')) || id.startsWith('Create'))
	)
		return 'creates';
	if (RESUBMITS.includes(id)) return 'resubmits';
	if (spec?.id === 'FetchPhoneNumber' && spec.product === 'lookups') {
		const paid = (sent.Fields?.[0] ?? '')
			.split(',')
			.filter((name) => name && !FREE_LOOKUP_PACKAGES.includes(name));
		return paid.length ? `bills ${paid.join(', ')}` : undefined;
	}
	const acting = Object.keys(ACTS_AGAIN[spec?.id ?? ''] ?? {}).filter(
		(name) => sent[name] !== undefined,
	);
	return acting.length ? `acts again (${acting.join(', ')})` : undefined;
}

const twilio = useTwilio();
const pairs = catalog().flatMap((resource) =>
	resource.operations
		.filter((operation) => !operation.retired)
		.map((operation) => [`${resource.value}.${operation.value}`, resource, operation] as const),
);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each<[string, Variant]>([
	['every parameter filled', 'every'],
	['required parameters only', 'required'],
])('after a lost answer, with %s', (_, variant) => {
	test.each(pairs)('%s', async (_name, resource, operation) => {
		const planned = await operationCase(twilio.emulator, resource, operation, variant);
		const options = {
			...((planned.parameters.options as INodeParameters | undefined) ?? {}),
			retryDelay: 0,
			maxRetries: 2,
		};
		twilio.emulator.faults.enqueue({
			kind: 'drop-after',
			method: planned.method,
			path: new RegExp(`^${escape(planned.path)}$`),
		});
		const before = twilio.emulator.requests.length;
		const { output, error, hints } = await twilio.run({
			parameters: { ...planned.parameters, options },
		});
		const tries = twilio.emulator.requests
			.slice(before)
			.filter((request) => request.method === planned.method && request.path === planned.path);
		// A JSON body's values count as sent as much as a form's.
		const sent = {
			...planned.wire,
			...Object.fromEntries(Object.keys(planned.json ?? {}).map((name) => [name, ['json']])),
		};
		const cost = repeatCost(operation, sent, planned.path);
		expect({ cost, tries: tries.length }).toEqual({ cost, tries: cost ? 1 : 2 });
		if (cost) {
			expect(
				(error?.context as { mayHaveBeenProcessed?: boolean } | undefined)?.mayHaveBeenProcessed,
			).toBe(true);
			return;
		}
		if (planned.method === 'DELETE') {
			// The first try deleted it; Twilio answers the retry 404, and the item did what it asked.
			expect(tries.map((request) => request.status ?? request.fault)).toEqual(['drop-after', 404]);
			expect(error).toBeUndefined();
			expect(output[0].json.deleted).toBe(true);
			expect(hints.map((hint) => hint.message).join(' ')).toMatch(/the first try deleted it/);
		}
	});
});
