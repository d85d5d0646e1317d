import type { ResourceDeclaration } from '../../../declarations/complete';
import { API_V2010 } from '../digest';
import { mappings } from './sipDomain';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const sipDomainAuthResource = (): ResourceDeclaration => ({
	value: 'sipDomainAuth',
	name: 'SIP Domain Authentication',
	description:
		'Which credential lists and IP access control lists a SIP domain checks, for calls and for registrations',
	operations: [
		...mappings(
			{
				value: 'CallsCredentialList',
				name: 'Calls Credential List',
				one: 'a credential list',
				many: 'credential lists',
				purpose: 'to authenticate calls',
			},
			{
				add: API_V2010.CreateSipAuthCallsCredentialListMapping,
				get: API_V2010.FetchSipAuthCallsCredentialListMapping,
				getMany: API_V2010.ListSipAuthCallsCredentialListMapping,
				remove: API_V2010.DeleteSipAuthCallsCredentialListMapping,
			},
		),
		...mappings(
			{
				value: 'CallsIpAccessControlList',
				name: 'Calls IP Access Control List',
				one: 'an IP access control list',
				many: 'IP access control lists',
				purpose: 'to authenticate calls',
			},
			{
				add: API_V2010.CreateSipAuthCallsIpAccessControlListMapping,
				get: API_V2010.FetchSipAuthCallsIpAccessControlListMapping,
				getMany: API_V2010.ListSipAuthCallsIpAccessControlListMapping,
				remove: API_V2010.DeleteSipAuthCallsIpAccessControlListMapping,
			},
		),
		...mappings(
			{
				value: 'RegistrationsCredentialList',
				name: 'Registrations Credential List',
				one: 'a credential list',
				many: 'credential lists',
				purpose: 'to authenticate registrations',
			},
			{
				add: API_V2010.CreateSipAuthRegistrationsCredentialListMapping,
				get: API_V2010.FetchSipAuthRegistrationsCredentialListMapping,
				getMany: API_V2010.ListSipAuthRegistrationsCredentialListMapping,
				remove: API_V2010.DeleteSipAuthRegistrationsCredentialListMapping,
			},
		),
	],
});
