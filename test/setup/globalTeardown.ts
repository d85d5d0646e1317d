import { rmSync } from 'node:fs';

/** Removes the user folder globalSetup made for n8n-core. */
export default function globalTeardown(): void {
	const folder = process.env.N8N_USER_FOLDER;
	if (folder?.includes('twilio-connector-test-')) rmSync(folder, { recursive: true, force: true });
}
