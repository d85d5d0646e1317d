import { rmSync } from 'node:fs';

export default function globalTeardown(): void {
	if (process.env.E2E_WORK_FOLDER)
		rmSync(process.env.E2E_WORK_FOLDER, { recursive: true, force: true });
}
