import { readFileSync } from 'node:fs';

import { generate } from '../../scripts/generate-digests';

test('the committed spec digests are what scripts/generate-digests.ts writes from the spec files (npm run generate:digests)', () => {
	const modules = generate();
	expect(modules.length).toBeGreaterThan(0);
	for (const { file, text } of modules)
		expect({ file, text: readFileSync(file, 'utf8') }).toEqual({ file, text });
});
