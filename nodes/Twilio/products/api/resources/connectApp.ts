import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { API_V2010 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const connectAppResource = (): ResourceDeclaration => ({
	value: 'connectApp',
	name: 'Connect App',
	description: 'Twilio Connect apps of this account, which other accounts can authorize',
	parameters: {
		Sid: {
			displayName: 'Connect App SID',
			description: 'The Connect app, CN followed by 32 hexadecimal characters',
		},
		AuthorizeRedirectUrl: {
			description: 'URL users go to after they authorize the app',
		},
		CompanyName: { description: 'The company users see as the owner of the app' },
		DeauthorizeCallbackUrl: {
			description: 'URL Twilio calls when a user removes the app',
		},
		DeauthorizeCallbackMethod: {
			description: 'HTTP method Twilio uses to call Deauthorize Callback URL',
		},
		Description: { description: 'What the app does, as users see it' },
		HomepageUrl: { displayName: 'Homepage URL', description: 'A public page about the app' },
		Permissions: {
			description:
				'What the app asks users for: reading (get-all) and changing (post-all) their account',
		},
	},
	operations: standardOperations(
		{ one: 'a connect app', many: 'connect apps' },
		collectionOf(API_V2010, API_V2010.ListConnectApp),
		{
			update: {
				description: "Change a Connect app's name, company, URLs or the permissions it asks for",
			},
		},
	),
});
