import { catalog } from '../products';
import { buildHints, buildProperties, buildSubtitle } from './description';

/**
 * A node's editor properties, hints and canvas subtitle, built from its catalog. Each node's
 * `description.ts` gives this, and `npm run build` writes that module into dist as the data it
 * produces (gulpfile.js), so that loading the node in n8n parses one JSON text instead of building
 * the catalog; a package test checks the two agree.
 */
export function describeActionNode(node: string) {
	const resources = catalog(node);
	return {
		nodeProperties: buildProperties(resources),
		nodeHints: buildHints(resources),
		nodeSubtitle: buildSubtitle(resources),
	};
}
