import { readFileSync } from 'node:fs';

import { generate } from '../../scripts/generate-spec';

test('the committed spec digests are what scripts/generate-spec.ts writes from the spec files (npm run generate:spec)', () => {
	const modules = generate();
	expect(modules.length).toBeGreaterThan(0);
	for (const { file, text } of modules)
		expect({ file, text: readFileSync(file, 'utf8') }).toEqual({ file, text });
});
