import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ensureN8n } from '../../scripts/n8n/install';
import { installPackage, packPackage } from '../../scripts/n8n/package';

/**
 * Installs n8n (or finds it in the cache), packs the built package and installs the tarball once
 * into a template user folder; each test file copies that folder. Paths reach the test files
 * through the environment.
 */
export default async function globalSetup(): Promise<void> {
	const installation = await ensureN8n((line) => process.stdout.write(`${line}\n`));
	const workFolder = mkdtempSync(path.join(tmpdir(), 'twilio-connector-e2e-'));
	const template = path.join(workFolder, 'template-home');
	await installPackage(template, await packPackage(path.join(workFolder, 'pack')));
	process.env.E2E_WORK_FOLDER = workFolder;
	process.env.E2E_TEMPLATE_HOME = template;
	process.env.E2E_N8N_INSTALLATION = JSON.stringify(installation);
}
