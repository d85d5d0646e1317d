import { readFileSync } from 'node:fs';
import path from 'node:path';

import { catalog } from '../../nodes/Twilio/products';
import { operationsTable, tableInReadme } from '../../scripts/operationsTable';

const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

test("the README's tables of resources and operations are the nodes' (npm run docs:operations writes them)", () => {
	const resources = catalog();
	const table = tableInReadme(readme);
	expect(table).toBe(operationsTable());
	for (const resource of resources) {
		for (const operation of resource.operations) expect(table).toContain(operation.name);
	}
});
