import { json } from '../answer';
import { TwilioError } from '../errors';
import { applyParameters } from '../generic/records';
import { iso, metaPage } from './paging';
import { findService, serviceRoutes } from './services';
import { valuesListedIn } from '../../openapi/prose';
import { productOperation } from './spec';
import type { ProductContext, ProductRoute, TwilioRecord } from './types';

/**
 * Messaging v1 (messaging.twilio.com): Messaging Services and the phone numbers of their sender
 * pool. A number is one of the account's incoming numbers (the classic API's), in one service at a
 * time: adding it to a second answers error 21712, "Phone Number or Short Code is associated with
 * another Messaging Service", and a SID the account has no number for error 21421, "Phone Number is
 * invalid" (twilio.com/docs/errors/21712, 21421). Adding it again to its own service answers the
 * number as it is (200, which the spec lists beside 201).
 */

const SERVICES = '/v1/Services';
const numbersOf = (serviceSid: string) => `${SERVICES}/${serviceSid}/PhoneNumbers`;

const service = (context: ProductContext, sid: string) => findService(context, SERVICES, sid);

/**
 * A service's settings from a create or update request, each as the operation's description types
 * it. Its rules are the description's too: Usecase "Possible values are …" (read from it),
 * ValidityPeriod "an integer from `1` to `36,000`", FriendlyName "up to 64 characters long". A
 * request that breaks one changes nothing.
 */
function applySettings(record: TwilioRecord, context: ProductContext): void {
	const { params } = context;
	const validity = params.get('ValidityPeriod');
	const validityInRange =
		validity === undefined ||
		(/^\d+$/.test(validity) && Number(validity) >= 1 && Number(validity) <= 36_000);
	if (!validityInRange)
		throw new TwilioError(400, 20001, 'ValidityPeriod must be between 1 and 36000');
	const operation = productOperation(
		'messaging',
		context.path.Sid ? 'UpdateService' : 'CreateService',
	);
	const usecase = params.get('Usecase');
	const usecases = valuesListedIn(operation.body.properties.Usecase?.description) ?? [];
	if (usecase !== undefined && !usecases.includes(usecase))
		throw new TwilioError(400, 20001, `Invalid Usecase ${usecase}`);
	if ([...(params.get('FriendlyName') ?? '')].length > 64)
		throw new TwilioError(400, 20001, 'FriendlyName is too long (64 characters at most)');
	applyParameters(record, params, operation.schema ?? {}, operation);
	record.date_updated = iso(context.now);
}

function newService(context: ProductContext): TwilioRecord {
	const sid = context.newSid('MG');
	const url = `${context.host}${SERVICES}/${sid}`;
	const date = iso(context.now);
	const links = [
		'phone_numbers:PhoneNumbers',
		'short_codes:ShortCodes',
		'alpha_senders:AlphaSenders',
		'messages:Messages',
		'us_app_to_person:Compliance/Usa2p',
		'us_app_to_person_usecases:Compliance/Usa2p/Usecases',
		'channel_senders:ChannelSenders',
		'destination_alpha_senders:DestinationAlphaSenders',
	];
	const record: TwilioRecord = {
		account_sid: context.principal.sid,
		sid,
		date_created: date,
		date_updated: date,
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
		links: Object.fromEntries(
			links.map((link) => link.split(':')).map(([name, path]) => [name, `${url}/${path}`]),
		),
		url,
	};
	applySettings(record, context);
	return record;
}

/** The account's incoming number with that SID, from the classic API's records. */
function accountNumber(context: ProductContext, sid: string): TwilioRecord | undefined {
	return context.store.get(
		`/2010-04-01/Accounts/${context.principal.sid}/IncomingPhoneNumbers`,
		sid,
	);
}

function addNumber(context: ProductContext) {
	const serviceSid = context.path.ServiceSid;
	service(context, serviceSid);
	const sid = context.params.get('PhoneNumberSid') ?? '';
	const number = accountNumber(context, sid);
	if (!number) throw new TwilioError(400, 21421, 'Phone Number is invalid');
	const existing = context.store.get(numbersOf(serviceSid), sid);
	if (existing) return json(200, existing);
	const elsewhere = context.store
		.list(SERVICES)
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
		url: `${context.host}${numbersOf(serviceSid)}/${sid}`,
	};
	context.store.add(numbersOf(serviceSid), record);
	return json(201, record);
}

function poolNumber(context: ProductContext): TwilioRecord {
	const serviceSid = context.path.ServiceSid;
	service(context, serviceSid);
	const found = context.store.get(numbersOf(serviceSid), context.path.Sid);
	if (!found)
		throw new TwilioError(
			404,
			20404,
			`The requested resource /Services/${serviceSid}/PhoneNumbers/${context.path.Sid} was not found`,
		);
	return found;
}

export const messagingRoutes: ProductRoute[] = [
	...serviceRoutes({
		path: SERVICES,
		create: newService,
		update: applySettings,
		// Its numbers leave the pool and stay on the account.
		removeDependents(record, context) {
			const numbers = numbersOf(String(record.sid));
			for (const number of [...context.store.list(numbers)])
				context.store.removeRecord(numbers, number);
		},
	}),
	{ method: 'POST', pattern: `${SERVICES}/:ServiceSid/PhoneNumbers`, handle: addNumber },
	{
		method: 'GET',
		pattern: `${SERVICES}/:ServiceSid/PhoneNumbers`,
		handle(context) {
			service(context, context.path.ServiceSid);
			return json(
				200,
				metaPage('phone_numbers', context.store.list(numbersOf(context.path.ServiceSid)), context),
			);
		},
	},
	{
		method: 'GET',
		pattern: `${SERVICES}/:ServiceSid/PhoneNumbers/:Sid`,
		handle: (context) => json(200, poolNumber(context)),
	},
	{
		method: 'DELETE',
		pattern: `${SERVICES}/:ServiceSid/PhoneNumbers/:Sid`,
		handle(context) {
			context.store.removeRecord(numbersOf(context.path.ServiceSid), poolNumber(context));
			return json(204, undefined);
		},
	},
];
