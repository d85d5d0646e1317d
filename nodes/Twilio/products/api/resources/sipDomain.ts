import type { OperationDeclaration, ResourceDeclaration } from '../../../declarations/complete';
import type { OpenApiOperation } from '../../../engine/openApi';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { API_V2010 } from '../digest';

/** Add, Get, Get Many and Remove of one kind of list a domain is mapped to. */
export function mappings(
	list: { value: string; name: string; one: string; many: string; purpose: string },
	specs: {
		add: OpenApiOperation;
		get: OpenApiOperation;
		getMany: OpenApiOperation;
		remove: OpenApiOperation;
	},
): OperationDeclaration[] {
	const plural = list.name.endsWith('List') ? `${list.name}s` : list.name;
	const mapped = {
		Sid: {
			displayName: `${list.name} SID`,
			description: `The mapped ${list.one.replace(/^an? /, '')}, by its SID`,
		},
	};
	return [
		{
			value: `add${list.value}`,
			name: `Add ${list.name}`,
			action: `Add ${list.one} to a SIP domain ${list.purpose}`,
			description: `Map ${list.one} to a SIP domain ${list.purpose}: the domain then checks it`,
			spec: specs.add,
		},
		{
			value: `get${list.value}`,
			name: `Get ${list.name}`,
			action: `Get ${list.one} of a SIP domain ${list.purpose}`,
			description: `Get one ${list.name.toLowerCase()} mapped to the domain ${list.purpose}, by its SID`,
			spec: specs.get,
			parameters: mapped,
		},
		{
			value: `getMany${list.value}s`,
			name: `Get Many ${plural}`,
			action: `List the ${list.many} of a SIP domain ${list.purpose}`,
			description: `List the ${list.many} mapped to a SIP domain ${list.purpose}: all of them, or up to a limit`,
			spec: specs.getMany,
		},
		{
			value: `remove${list.value}`,
			name: `Remove ${list.name}`,
			action: `Remove ${list.one} from a SIP domain ${list.purpose}`,
			description: `Unmap ${list.one} from the domain ${list.purpose}; the list itself stays`,
			spec: specs.remove,
			parameters: mapped,
		},
	];
}

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const sipDomainResource = (): ResourceDeclaration => ({
	value: 'sipDomain',
	name: 'SIP Domain',
	description:
		'SIP domains that receive calls from SIP phones and systems, and the lists that authenticate them',
	parameters: {
		Sid: {
			displayName: 'Domain SID',
			description: 'The SIP domain, SD followed by 32 hexadecimal characters',
		},
		DomainName: {
			description:
				'The address SIP traffic goes to: letters, digits and -, ending in .sip.twilio.com',
			placeholder: 'example.sip.twilio.com',
		},
		VoiceStatusCallbackUrl: {
			description: "URL Twilio calls as the domain's calls change status",
		},
		VoiceStatusCallbackMethod: {
			description: 'HTTP method Twilio uses to call Voice Status Callback URL',
		},
		SipRegistration: {
			description: 'Whether SIP devices may register with the domain to receive calls',
		},
		EmergencyCallingEnabled: {
			description:
				'Whether calls from the domain may dial emergency numbers (from numbers with a validated address)',
		},
		Secure: { description: 'Whether calls must use TLS and SRTP' },
		ByocTrunkSid: {
			description: 'A Bring Your Own Carrier trunk the domain is tied to',
		},
		EmergencyCallerSid: {
			description: 'The phone number (PN…) emergency services call back for calls from the domain',
		},
	},
	operations: [
		...standardOperations(
			{ one: 'a SIP domain', many: 'SIP domains' },
			collectionOf(API_V2010, API_V2010.ListSipDomain),
			{
				create: {
					description: 'Create a SIP domain ({name}.sip.twilio.com) and set where its calls go',
				},
			},
		),
		...mappings(
			{
				value: 'CredentialList',
				name: 'Credential List',
				one: 'a credential list',
				many: 'credential lists',
				purpose: 'for calls',
			},
			{
				add: API_V2010.CreateSipCredentialListMapping,
				get: API_V2010.FetchSipCredentialListMapping,
				getMany: API_V2010.ListSipCredentialListMapping,
				remove: API_V2010.DeleteSipCredentialListMapping,
			},
		),
		...mappings(
			{
				value: 'IpAccessControlList',
				name: 'IP Access Control List',
				one: 'an IP access control list',
				many: 'IP access control lists',
				purpose: 'for calls',
			},
			{
				add: API_V2010.CreateSipIpAccessControlListMapping,
				get: API_V2010.FetchSipIpAccessControlListMapping,
				getMany: API_V2010.ListSipIpAccessControlListMapping,
				remove: API_V2010.DeleteSipIpAccessControlListMapping,
			},
		),
	],
});
