import { notFound, TwilioError } from '../../../errors';
import type { Behaviour, GenericContext } from '../../../engine/types';
import { accountUri, invalid } from './common';

/**
 * Password: "The password must be a minimum of 12 characters, contain at least 1 digit, and have
 * mixed case. (eg `IWasAtSignal2018`)" (the description, CreateSipCredential and
 * UpdateSipCredential). The password is never shown: the credential's schema has no field for it,
 * "we don't store the passwords you provide in the credential records as cleartext" (docs: SIP
 * Credential resource).
 */
function checkPassword(context: GenericContext): void {
	const password = context.params.get('Password');
	if (password === undefined) return;
	if (
		password.length < 12 ||
		!/\d/.test(password) ||
		!/[a-z]/.test(password) ||
		!/[A-Z]/.test(password)
	) {
		throw invalid(
			'Password must be at least 12 characters long, with a digit, a lowercase and an uppercase letter',
		);
	}
}

/**
 * IpAddress: "An IP address in dotted decimal notation … IPv4 only supported today";
 * CidrPrefixLength: "the length of the CIDR prefix … By default the entire IP address is used"
 * (the description, CreateSipIpAddress): an IPv4 prefix of 0 to 32 bits, 32 when not given.
 */
function checkIpAddress(context: GenericContext): void {
	const address = context.params.get('IpAddress');
	if (address !== undefined) {
		const octets = address.split('.');
		const valid =
			octets.length === 4 &&
			octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255);
		if (!valid)
			throw invalid(`IpAddress must be an IPv4 address in dotted decimal notation, not ${address}`);
	}
	const prefix = context.params.get('CidrPrefixLength');
	if (
		prefix !== undefined &&
		!(Number.isInteger(Number(prefix)) && Number(prefix) >= 0 && Number(prefix) <= 32)
	) {
		throw invalid(`CidrPrefixLength must be between 0 and 32, not ${prefix}`);
	}
}

/**
 * DomainName: "The unique address you reserve on Twilio to which you route your SIP traffic.
 * Domain names can contain letters, digits, and "-" and must end with `sip.twilio.com`" (the
 * description, CreateSipDomain). Unique among every account of the emulator.
 */
function checkDomainName(context: GenericContext): void {
	const name = context.params.get('DomainName');
	if (name === undefined) return;
	if (!/^[A-Za-z0-9-]+\.sip\.twilio\.com$/.test(name)) {
		throw invalid(
			`DomainName must be letters, digits and "-" ending with .sip.twilio.com, not ${name}`,
		);
	}
	const taken = context.accounts
		.all()
		.some((account) =>
			context.store
				.list(`/2010-04-01/Accounts/${account.sid}/SIP/Domains`)
				.some((domain) => domain.domain_name === name && domain.sid !== context.path.Sid),
		);
	if (taken) throw invalid(`DomainName ${name} is already reserved`);
}

/**
 * A mapping puts a credential list or an IP access control list of the account on a domain: its
 * SID and friendly name are the list's (the description's examples), the list must exist, and a
 * list is mapped once.
 */
function mapping(
	parameter: 'CredentialListSid' | 'IpAccessControlListSid',
	lists: string,
): Behaviour {
	return {
		check(context) {
			const sid = context.params.get(parameter) ?? '';
			if (!context.store.get(accountUri(context, lists), sid))
				throw notFound(accountUri(context, `${lists}/${sid}.json`));
			if (context.collection.get(sid))
				throw new TwilioError(400, 20001, `${sid} is already mapped to this domain`);
		},
		apply(record, context) {
			const list = context.store.get(
				accountUri(context, lists),
				context.params.get(parameter) ?? '',
			)!;
			record.sid = list.sid;
			record.friendly_name = list.friendly_name;
		},
	};
}

const credentialListMapping = mapping('CredentialListSid', '/SIP/CredentialLists');
const ipAccessControlListMapping = mapping('IpAccessControlListSid', '/SIP/IpAccessControlLists');

export const sipBehaviours: Record<string, Behaviour> = {
	CreateSipCredential: { check: checkPassword },
	UpdateSipCredential: { check: checkPassword },
	CreateSipIpAddress: {
		check: checkIpAddress,
		apply: (record, context) =>
			void (record.cidr_prefix_length = Number(context.params.get('CidrPrefixLength') ?? 32)),
	},
	UpdateSipIpAddress: { check: checkIpAddress },
	CreateSipDomain: { check: checkDomainName },
	UpdateSipDomain: { check: checkDomainName },
	CreateSipCredentialListMapping: credentialListMapping,
	CreateSipAuthCallsCredentialListMapping: credentialListMapping,
	CreateSipAuthRegistrationsCredentialListMapping: credentialListMapping,
	CreateSipIpAccessControlListMapping: ipAccessControlListMapping,
	CreateSipAuthCallsIpAccessControlListMapping: ipAccessControlListMapping,
};
