import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { API_V2010 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const sipIpAccessControlListResource = (): ResourceDeclaration => ({
	value: 'sipIpAccessControlList',
	name: 'SIP IP Access Control List',
	description: 'Lists of IP addresses that SIP domains accept calls from',
	parameters: {
		Sid: {
			displayName: 'IP Access Control List SID',
			description: 'The IP access control list, AL followed by 32 hexadecimal characters',
		},
		IpAddress: {
			description: 'The IPv4 address Twilio accepts SIP requests from, such as 203.0.113.7',
		},
		CidrPrefixLength: {
			displayName: 'CIDR Prefix Length',
			description:
				'How many leading bits of the address must match, to accept a whole range (32, the default, is the address alone)',
			min: 8,
			max: 32,
			// "By default the entire IP address is used" (CreateSipIpAddress): all 32 bits of an IPv4
			// address.
			default: 32,
		},
	},
	operations: [
		...standardOperations(
			{ one: 'an IP access control list', many: 'IP access control lists' },
			collectionOf(API_V2010, API_V2010.ListSipIpAccessControlList),
			{ update: { description: 'Change the friendly name of an IP access control list' } },
		),
		...standardOperations(
			{ one: 'an IP address', many: 'IP addresses' },
			collectionOf(API_V2010, API_V2010.ListSipIpAddress),
			{
				create: {
					value: 'addIpAddress',
					name: 'Add IP Address',
					action: 'Add an IP address to an IP access control list',
					description:
						'Allow SIP traffic from an IP address or a range (CIDR) by adding it to a list',
				},
				get: {
					value: 'getIpAddress',
					name: 'Get IP Address',
					action: 'Get an IP address of an IP access control list',
					description: 'Get one IP address entry of an IP access control list, by its SID',
				},
				getMany: {
					value: 'getManyIpAddresses',
					name: 'Get Many IP Addresses',
					action: 'Get the IP addresses of an IP access control list',
					description:
						'List the IP addresses of an IP access control list: all of them, or up to a limit',
				},
				update: {
					value: 'updateIpAddress',
					name: 'Update IP Address',
					action: 'Update an IP address of an IP access control list',
					description: 'Change an entry of an IP access control list: its address, range or name',
				},
				delete: {
					value: 'deleteIpAddress',
					name: 'Delete IP Address',
					action: 'Delete an IP address of an IP access control list',
					description:
						'Remove an IP address from an IP access control list: its traffic is refused from then on',
				},
			},
		).map((operation) => ({
			...operation,
			parameters: {
				Sid: {
					displayName: 'IP Address SID',
					description: 'The IP address entry, IP followed by 32 hexadecimal characters',
				},
			},
		})),
	],
});
