import { json } from '../../answer';
import { TwilioError } from '../../errors';
import { iso } from '../../engine/paging';
import { applyParameters } from '../../engine/records';
import type { Behaviour, GenericContext, ProductBehaviours } from '../../engine/types';
import { valuesListedIn } from '../../../openapi/prose';
import type { HandlerContext, TwilioRecord } from '../../types';

/**
 * Messaging v1 (messaging.twilio.com): Messaging Services and the phone numbers of their sender
 * pool. A number is one of the account's incoming numbers (the classic API's), in one service at a
 * time: adding it to a second answers error 21712, "Phone Number or Short Code is associated with
 * another Messaging Service", and a SID the account has no number for error 21421, "Phone Number is
 * invalid" (twilio.com/docs/errors/21712, 21421). Adding it again to its own service answers the
 * number as it is (200, which the spec lists beside 201).
 */

/** Where the Messaging Services are in the emulator's store (below the product's name). */
export const MESSAGING_SERVICES = '/messaging/v1/Services';
const numbersOf = (serviceSid: string) => `${MESSAGING_SERVICES}/${serviceSid}/PhoneNumbers`;

/**
 * A service's settings from a create or update request are the description's rules: Usecase
 * "Possible values are …" (read from it), ValidityPeriod "an integer from `1` to `36,000`",
 * FriendlyName "up to 64 characters long". A request that breaks one changes nothing.
 */
function checkSettings(context: GenericContext): void {
	const { params } = context;
	const validity = params.get('ValidityPeriod');
	const validityInRange =
		validity === undefined ||
		(/^\d+$/.test(validity) && Number(validity) >= 1 && Number(validity) <= 36_000);
	if (!validityInRange)
		throw new TwilioError(400, 20001, 'ValidityPeriod must be between 1 and 36000');
	const usecase = params.get('Usecase');
	const usecases = valuesListedIn(context.operation.body.properties.Usecase?.description) ?? [];
	if (usecase !== undefined && !usecases.includes(usecase))
		throw new TwilioError(400, 20001, `Invalid Usecase ${usecase}`);
	if ([...(params.get('FriendlyName') ?? '')].length > 64)
		throw new TwilioError(400, 20001, 'FriendlyName is too long (64 characters at most)');
}

/**
 * A new service's settings where the request gives none: Twilio's defaults (Messaging Service
 * resource: sticky sender, smart encoding, MMS converter and area code geomatch on, a validity
 * period of 36,000 seconds, use case `undeclared`), not the description's example values.
 */
const SERVICE_DEFAULTS: TwilioRecord = {
	friendly_name: '',
	inbound_request_url: null,
	inbound_method: 'POST',
	fallback_url: null,
	fallback_method: 'POST',
	status_callback: null,
	sticky_sender: true,
	smart_encoding: true,
	mms_converter: true,
	fallback_to_long_code: false,
	scan_message_content: 'inherit',
	area_code_geomatch: true,
	validity_period: 36_000,
	synchronous_validation: false,
	usecase: 'undeclared',
	us_app_to_person_registered: false,
	use_inbound_webhook_on_number: false,
};

const createService: Behaviour = {
	check: checkSettings,
	apply(record, context) {
		Object.assign(record, SERVICE_DEFAULTS);
		applyParameters(record, context.params, context.schema, context.operation);
	},
};

/** The account's incoming number with that SID, from the classic API's records. */
function accountNumber(context: HandlerContext, sid: string): TwilioRecord | undefined {
	return context.store.get(
		`/2010-04-01/Accounts/${context.principal.sid}/IncomingPhoneNumbers`,
		sid,
	);
}

/** A number joins the service's pool: it is the account's, and in no other service's. */
const addNumber: Behaviour = {
	handle(context) {
		const serviceSid = context.path.ServiceSid;
		const sid = context.params.get('PhoneNumberSid') ?? '';
		const number = accountNumber(context, sid);
		if (!number) throw new TwilioError(400, 21421, 'Phone Number is invalid');
		const existing = context.collection.get(sid);
		if (existing) return json(200, existing);
		const elsewhere = context.store
			.list(MESSAGING_SERVICES)
			.some((other) => context.store.get(numbersOf(String(other.sid)), sid));
		if (elsewhere)
			throw new TwilioError(
				409,
				21712,
				'Phone Number or Short Code is associated with another Messaging Service',
			);
		const capabilities = number.capabilities as Record<string, boolean>;
		const date = iso(context.now);
		const record: TwilioRecord = {
			sid,
			account_sid: context.principal.sid,
			service_sid: serviceSid,
			date_created: date,
			date_updated: date,
			phone_number: number.phone_number,
			country_code: String(number.phone_number).startsWith('+1') ? 'US' : null,
			capabilities: Object.entries(capabilities)
				.filter(([, enabled]) => enabled)
				.map(([name]) => name.toUpperCase()),
			url: `${context.host}/v1/Services/${serviceSid}/PhoneNumbers/${sid}`,
		};
		context.collection.add(record);
		return json(201, record);
	},
};

export const messaging: ProductBehaviours = {
	behaviours: {
		CreateService: createService,
		UpdateService: { check: checkSettings },
		DeleteService: {
			// Its numbers leave the pool and stay on the account.
			deleting(record, context) {
				const numbers = numbersOf(String(record.sid));
				for (const number of [...context.store.list(numbers)])
					context.store.removeRecord(numbers, number);
			},
		},
		CreatePhoneNumber: addNumber,
	},
};
