import { notFound } from '../../../errors';
import type { ResourceEmulation } from '../../../types';

/**
 * The developer Sandbox, retired in 2010: Twilio answers every request for it with 404. Nothing is
 * listed here either; the routes exist to say so on purpose.
 */
export const sandbox: ResourceEmulation = {
	collectionPath: '/Accounts/:AccountSid/Sandbox',
	listKey: 'sandbox',
	order: 'oldest-first',
	customRoutes: ['.json', ''].map((extension) => ({
		pattern: `/Accounts/:AccountSid/Sandbox${extension}`,
		handle: (context) => {
			throw notFound(`${context.collectionUri}${extension}`);
		},
	})),
};
