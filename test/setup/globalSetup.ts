import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** n8n-core writes its instance settings (an encryption key) under N8N_USER_FOLDER: keep them out of ~/.n8n. */
export default function globalSetup(): void {
	process.env.N8N_USER_FOLDER = mkdtempSync(path.join(tmpdir(), 'twilio-connector-test-'));
}
