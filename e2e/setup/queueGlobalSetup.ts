import { requireServices } from '../helpers/services';
import e2eGlobalSetup from './globalSetup';

/**
 * Queue mode needs Debian's PostgreSQL and Redis: say which are missing and how to install them
 * before anything is installed, packed or started. Then the end-to-end set-up.
 */
export default async function queueGlobalSetup(): Promise<void> {
	requireServices();
	await e2eGlobalSetup();
}
