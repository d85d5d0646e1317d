import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * n8n-core writes its instance settings (an encryption key) under N8N_USER_FOLDER: keep them out of
 * ~/.n8n.
 *
 * n8n's logger is silent: n8n-core logs every error a node throws, and the tests make nodes fail on
 * purpose. A failing test still reports what went wrong; `N8N_LOG_LEVEL=debug npm test` shows n8n's
 * log.
 */
export default function globalSetup(): void {
	process.env.N8N_USER_FOLDER = mkdtempSync(path.join(tmpdir(), 'twilio-connector-test-'));
	process.env.N8N_LOG_LEVEL ??= 'silent';
}
