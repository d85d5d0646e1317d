import type { OutsideRoute } from '../../../engine/types';
import { notFound } from '../../../errors';

/**
 * The developer Sandbox, retired in 2010: Twilio answers every request for it with 404. The routes
 * exist to say so on purpose.
 */
export const sandbox: OutsideRoute[] = ['.json', ''].map((extension) => ({
	pattern: `/2010-04-01/Accounts/{AccountSid}/Sandbox${extension}`,
	handle: (context) => {
		throw notFound(`${context.collectionUri}${extension}`);
	},
}));
