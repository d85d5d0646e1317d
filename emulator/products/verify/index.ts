import { json } from '../../answer';
import { TwilioError } from '../../errors';
import { iso } from '../../engine/paging';
import { applyParameters } from '../../engine/records';
import type { Behaviour, GenericContext, ProductBehaviours } from '../../engine/types';
import type { RecordStore } from '../../store';
import type { HandlerContext, TwilioRecord } from '../../types';

/**
 * Verify v2 (verify.twilio.com): services, verifications and the check of a code, as Twilio's docs
 * describe them:
 * - a verification expires 10 minutes after it was created (Verify: "Rate limits and timeouts");
 * - starting a verification for a number that has a pending one sends its code again, as a new send
 *   attempt of the same verification; a sixth send answers 429 with error 60203, "Max send attempts
 *   reached" (twilio.com/docs/errors/60203);
 * - a wrong code answers 200 with status pending; Twilio allows 5 checks: the fifth wrong one ends
 *   the verification (status max_attempts_reached) and later checks answer 429 with error 60202,
 *   "Max check attempts reached", until it expires (twilio.com/docs/errors/60202);
 * - Twilio deletes a verification once it is approved, expired or out of check attempts: fetching
 *   or checking it then answers 404 (Verification Check reference, and Twilio's "Test Verify
 *   without rate limits" guide).
 * - Silent Network Auth (`sna`) sends no code: the verification carries `sna.url`, which the user's
 * phone opens over mobile data; Twilio answers it `ErrorCode=0&ErrorDescription=Success&Carrier=…`
 *   ("Best Practices for Verify SNA Error Handling"), and a check without a code then approves the
 *   verification; before that the check leaves it pending. `sna_attempts_error_codes` is a list for
 * an SNA check and null for any other ("VerificationCheck" properties). With EnableSnaClientToken,
 *   the URL's answer holds a token the check must repeat (SnaClientToken): the emulator adds it to
 *   that answer as `SnaClientToken=…`, a form Twilio does not document.
 * - `auto` tries SNA first and falls back to SMS ("use channel=auto if you want Verify to attempt
 *   Silent Network Auth first and fall back to SMS", error 60510). SNA needs the device's network,
 *   which the emulator knows only from DeviceIp ("strongly encouraged if using the auto channel"):
 *   without it, an auto verification is an SMS one.
 * - A check without a code of a verification that has one is refused (400, 60200 on Code).
 * The code of a verification is the emulator's, readable by tests (`verificationCode`); a test
 * opens an SNA URL with `openSnaUrl` or `GET /__emulator/sna/{VerificationSid}`.
 */

/** How long a verification lasts, and the limits of its sends and checks. */
const LIFETIME_MS = 10 * 60_000;
const MAX_SENDS = 5;
const MAX_CHECKS = 5;

/** Where Verify's services are in the emulator's store (below the product's name). */
const SERVICES = '/verify/v2/Services';
/** The emulator's own state of each verification (its code, checks, expiry): never in an answer. */
const STATE = '/__emulator/verify/state';

interface VerificationState extends TwilioRecord {
	sid: string;
	serviceSid: string;
	to: string;
	code: string;
	checks: number;
	expiresAt: number;
	/** Why Twilio would have deleted it: approved, or out of check attempts. */
	ended?: 'approved' | 'attempts';
	/**
	 * For a Silent Network Auth verification: whether the phone opened its URL, and the client token
	 * it was given.
	 */
	sna?: { opened: boolean; clientToken?: string };
}

const verificationsOf = (serviceSid: string) => `${SERVICES}/${serviceSid}/Verifications`;
const invalid = (name: string, value?: string) =>
	new TwilioError(
		400,
		60200,
		`Invalid parameter \`${name}\`${value === undefined ? '' : `: ${value}`}`,
	);

const E164 = /^\+[1-9]\d{1,14}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CHANNELS = ['sms', 'call', 'email', 'whatsapp', 'sna', 'auto'];

/** The service the path names, or Twilio's 404 (20404). */
function service(context: HandlerContext, sid: string): TwilioRecord {
	const found = context.store.get(SERVICES, sid);
	if (!found)
		throw new TwilioError(404, 20404, `The requested resource /Services/${sid} was not found`);
	return found;
}

// Ranges the description gives in prose (CreateService, UpdateService): CodeLength "between 4 and
// 10, inclusive", Totp.TimeStep "between 20 and 60 seconds, inclusive", Totp.CodeLength "between 3
// and 8, inclusive", Totp.Skew "between 0 and 2, inclusive"; FriendlyName "up to 32 characters
// long". A request outside one changes nothing.
const RANGES: Record<string, [min: number, max: number]> = {
	CodeLength: [4, 10],
	'Totp.TimeStep': [20, 60],
	'Totp.CodeLength': [3, 8],
	'Totp.Skew': [0, 2],
};

function checkServiceSettings({ params }: HandlerContext): void {
	const friendlyName = params.get('FriendlyName');
	if (friendlyName !== undefined && (friendlyName === '' || [...friendlyName].length > 32))
		throw invalid('FriendlyName', friendlyName);
	for (const [name, [min, max]] of Object.entries(RANGES)) {
		const value = params.get(name);
		if (
			value !== undefined &&
			!(/^\d+$/.test(value) && Number(value) >= min && Number(value) <= max)
		)
			throw invalid(name, value);
	}
}

/** One parameter, a list in the answer: "it can have multiple origins split by `,`". */
function applyOrigins(record: TwilioRecord, { params }: HandlerContext): void {
	const origins = params.get('Passkeys.RelyingParty.Origins');
	const relyingParty = (record.passkeys as { relying_party: TwilioRecord }).relying_party;
	if (origins !== undefined)
		relyingParty.origins = origins.split(',').map((origin) => origin.trim());
}

/**
 * A new service's settings where the request gives none: Twilio's defaults (Verify Service
 * resource: a 6-digit code, TOTP steps of 30 seconds with 6 digits and a skew of 1, DTMF input
 * required on calls), not the description's example values.
 */
const SERVICE_DEFAULTS: TwilioRecord = {
	friendly_name: null,
	code_length: 6,
	lookup_enabled: false,
	psd2_enabled: false,
	skip_sms_to_landlines: false,
	dtmf_input_required: true,
	tts_name: null,
	do_not_share_warning_enabled: false,
	custom_code_enabled: false,
	push: { include_date: false, apn_credential_sid: null, fcm_credential_sid: null },
	totp: { issuer: null, time_step: 30, code_length: 6, skew: 1 },
	whatsapp: { msg_service_sid: null, from: null },
	passkeys: {
		relying_party: { id: null, name: null, origins: null },
		authenticator_attachment: null,
		discoverable_credentials: null,
		user_verification: null,
	},
	default_template_sid: null,
	verify_event_subscription_enabled: false,
};

const createService: Behaviour = {
	check: checkServiceSettings,
	apply(record, context) {
		Object.assign(record, structuredClone(SERVICE_DEFAULTS));
		applyParameters(record, context.params, context.schema, context.operation);
		applyOrigins(record, context);
	},
};

/**
 * A code of the service's length, from the emulator's seeded SIDs (so a seed gives the same codes).
 */
function newCode(context: HandlerContext, length: number): string {
	const digits = String(BigInt(`0x${context.newSid('').slice(0, 16)}`));
	return digits.slice(-length).padStart(length, '0');
}

function stateOf(store: RecordStore, sid: string): VerificationState | undefined {
	return store.get(STATE, sid) as VerificationState | undefined;
}

/** The state of a verification that still exists (not deleted, not expired), with its record. */
function live(
	context: HandlerContext,
	state: VerificationState | undefined,
): { state: VerificationState; record: TwilioRecord } | undefined {
	if (!state || state.ended || state.expiresAt <= context.now.getTime()) return undefined;
	const record = context.store.get(verificationsOf(state.serviceSid), state.sid);
	return record ? { state, record } : undefined;
}

function sendAttempt(context: HandlerContext, channel: string) {
	return {
		time: iso(context.now),
		channel: channel.toUpperCase(),
		attempt_sid: context.newSid('VL'),
	};
}

function startVerification(context: GenericContext): TwilioRecord {
	const serviceSid = context.path.ServiceSid;
	const settings = service(context, serviceSid);
	const to = context.params.get('To') ?? '';
	const asked = context.params.get('Channel') ?? '';
	if (!CHANNELS.includes(asked)) throw invalid('Channel', asked);
	const channel = asked === 'auto' ? (context.params.get('DeviceIp') ? 'sna' : 'sms') : asked;
	if (channel === 'email' ? !EMAIL.test(to) : !E164.test(to)) throw invalid('To', to);
	const customCode = context.params.get('CustomCode');
	if (
		customCode !== undefined &&
		(!settings.custom_code_enabled || !/^[0-9A-Za-z]{4,10}$/.test(customCode))
	)
		throw invalid('CustomCode');
	const states = context.store.list(STATE) as VerificationState[];
	const current = states
		.filter(
			(state) =>
				state.serviceSid === serviceSid &&
				state.to === to &&
				state.expiresAt > context.now.getTime(),
		)
		.pop();
	if (current?.ended === 'attempts')
		throw new TwilioError(429, 60202, 'Max check attempts reached');
	const pending = live(context, current);
	if (pending && pending.record.status === 'pending') {
		const attempts = pending.record.send_code_attempts as unknown[];
		if (attempts.length >= MAX_SENDS)
			throw new TwilioError(429, 60203, 'Max send attempts reached');
		attempts.push(sendAttempt(context, channel));
		Object.assign(pending.record, { channel, date_updated: iso(context.now) });
		return pending.record;
	}
	const sid = context.newSid('VE');
	const date = iso(context.now);
	const sna =
		channel === 'sna'
			? {
					opened: false,
					...(context.params.get('EnableSnaClientToken') === 'true'
						? { clientToken: context.newSid('').slice(2) }
						: {}),
				}
			: undefined;
	const record: TwilioRecord = {
		sid,
		service_sid: serviceSid,
		account_sid: context.principal.sid,
		to,
		channel,
		status: 'pending',
		valid: false,
		lookup: {},
		amount: context.params.get('Amount') ?? null,
		payee: context.params.get('Payee') ?? null,
		send_code_attempts: [sendAttempt(context, channel)],
		date_created: date,
		date_updated: date,
		sna: sna ? { url: `${context.emulatorUrl}${SNA_URL}/${sid}` } : null,
		url: `${context.host}/v2/Services/${serviceSid}/Verifications/${sid}`,
	};
	context.store.add(verificationsOf(serviceSid), record);
	const state: VerificationState = {
		sid,
		serviceSid,
		to,
		code: customCode ?? newCode(context, settings.code_length as number),
		checks: 0,
		expiresAt: context.now.getTime() + LIFETIME_MS,
		...(sna ? { sna } : {}),
	};
	context.store.add(STATE, state);
	return record;
}

function checkCode(context: HandlerContext): TwilioRecord {
	const serviceSid = context.path.ServiceSid;
	service(context, serviceSid);
	const to = context.params.get('To');
	const verificationSid = context.params.get('VerificationSid');
	const code = context.params.get('Code');
	if (to === undefined && verificationSid === undefined)
		throw new TwilioError(
			400,
			60200,
			"Either a 'To' number or 'VerificationSid' must be specified",
		);
	const candidates = (context.store.list(STATE) as VerificationState[]).filter(
		(state) =>
			state.serviceSid === serviceSid &&
			(verificationSid !== undefined ? state.sid === verificationSid : state.to === to),
	);
	const latest = candidates.filter((state) => state.expiresAt > context.now.getTime()).pop();
	if (latest?.ended === 'attempts') throw new TwilioError(429, 60202, 'Max check attempts reached');
	const found = live(context, latest);
	if (!found || found.record.status !== 'pending') {
		throw new TwilioError(
			404,
			20404,
			`The requested resource /Services/${serviceSid}/VerificationCheck was not found`,
		);
	}
	const { state, record } = found;
	if (!state.sna && code === undefined) throw invalid('Code');
	state.checks++;
	const passes = state.sna
		? state.sna.opened &&
			(state.sna.clientToken === undefined ||
				context.params.get('SnaClientToken') === state.sna.clientToken)
		: code === state.code;
	if (passes) {
		Object.assign(record, { status: 'approved', valid: true });
		state.ended = 'approved';
	} else if (state.checks >= MAX_CHECKS) {
		Object.assign(record, { status: 'max_attempts_reached', valid: false });
		state.ended = 'attempts';
	}
	record.date_updated = iso(context.now);
	return {
		sid: record.sid,
		service_sid: serviceSid,
		account_sid: record.account_sid,
		to: record.to,
		channel: record.channel,
		status: record.status,
		valid: record.valid,
		amount: context.params.get('Amount') ?? record.amount,
		payee: context.params.get('Payee') ?? record.payee,
		date_created: record.date_created,
		date_updated: record.date_updated,
		sna_attempts_error_codes: state.sna ? [] : null,
	};
}

function verification(context: HandlerContext): { state: VerificationState; record: TwilioRecord } {
	const serviceSid = context.path.ServiceSid;
	service(context, serviceSid);
	const found = live(context, stateOf(context.store, context.path.Sid));
	if (!found || found.state.serviceSid !== serviceSid) {
		throw new TwilioError(
			404,
			20404,
			`The requested resource /Services/${serviceSid}/Verifications/${context.path.Sid} was not found`,
		);
	}
	return found;
}

/**
 * A verification's own operations: Twilio's rules above replace the generic ones. Everything else
 * of Verify (rate limits, entities, factors, webhooks, templates…) is the generic emulation's.
 */
export const verify: ProductBehaviours = {
	behaviours: {
		CreateService: createService,
		UpdateService: { check: checkServiceSettings, apply: applyOrigins },
		DeleteService: {
			deleting(record, context) {
				for (const state of [...context.store.list(STATE)] as VerificationState[]) {
					if (state.serviceSid === record.sid) context.store.removeRecord(STATE, state);
				}
			},
		},
		CreateVerification: { handle: (context) => json(201, startVerification(context)) },
		FetchVerification: { handle: (context) => json(200, verification(context).record) },
		UpdateVerification: {
			handle(context) {
				const { state, record } = verification(context);
				if (record.status !== 'pending') {
					throw new TwilioError(
						404,
						20404,
						`The requested resource /Services/${state.serviceSid}/Verifications/${state.sid} was not found`,
					);
				}
				const status = context.params.get('Status');
				Object.assign(record, {
					status,
					valid: status === 'approved',
					date_updated: iso(context.now),
				});
				// An approved verification is deleted, as after a right code.
				if (status === 'approved') state.ended = 'approved';
				return json(200, record);
			},
		},
		/**
		 * The forms are Twilio's own, one per factor type (Verify: Form resource, "The Type of this
		 * Form. Currently only `form-push` is supported"): each is its example, for its type.
		 */
		FetchForm: {
			handle: ({ operation, path, host }) =>
				json(200, {
					...operation.examples[0],
					form_type: path.FormType,
					url: `${host}/v2/Forms/${path.FormType}`,
				}),
		},
		// Twilio answers a check with 200 (the spec also allows 201).
		CreateVerificationCheck: { handle: (context) => json(200, checkCode(context)) },
	},
};

/**
 * What tests may read of the emulator's verifications: the code Twilio sent, by verification SID or
 * recipient.
 */
export function verificationCode(
	target: { store: RecordStore },
	by: { sid: string } | { to: string },
): string | undefined {
	const states = target.store.list(STATE) as VerificationState[];
	const found =
		'sid' in by
			? states.find((state) => state.sid === by.sid)
			: states.filter((state) => state.to === by.to).pop();
	return found?.code;
}

/**
 * Where the emulator serves the URL an SNA verification's phone opens (a carrier's address at
 * Twilio).
 */
export const SNA_URL = '/__emulator/sna';

/**
 * What the phone's opening of an SNA verification's URL answers, as Twilio's carrier does:
 * `ErrorCode=0&ErrorDescription=Success&Carrier=…`; undefined for an unknown or ended one.
 */
export function openSnaUrl(target: { store: RecordStore }, sid: string): string | undefined {
	const state = stateOf(target.store, sid);
	if (!state?.sna || state.ended) return undefined;
	state.sna.opened = true;
	const token =
		state.sna.clientToken === undefined ? '' : `&SnaClientToken=${state.sna.clientToken}`;
	return `ErrorCode=0&ErrorDescription=Success&Carrier=EMULATOR${token}`;
}

/** Makes a verification expire now, as 10 minutes would. */
export function expireVerification(target: { store: RecordStore }, sid: string): void {
	const state = stateOf(target.store, sid);
	if (!state) throw new Error(`No verification ${sid}`);
	state.expiresAt = 0;
}
