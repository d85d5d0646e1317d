import type { ResourceDeclaration } from '../../../declarations/complete';
import { standardOperations } from '../../../declarations/standard';
import { API_V2010 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const authorizedConnectAppResource = (): ResourceDeclaration => ({
	value: 'authorizedConnectApp',
	name: 'Authorized Connect App',
	description: "Other companies' Connect apps that this account has authorized to act on it",
	operations: standardOperations(
		{ one: 'an authorized connect app', many: 'authorized connect apps' },
		{ get: API_V2010.FetchAuthorizedConnectApp, getMany: API_V2010.ListAuthorizedConnectApp },
		{
			get: {
				description:
					'Get one authorized Connect app by its SID, with the permissions granted to it',
			},
		},
	),
});
