import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The node's folders, from the top: each may import its own folder and those below it, never one
 * above (docs/architecture.md). The node classes at the top may import any of them.
 */
const LAYERS = ['trigger', 'editor', 'products', 'declarations', 'fields', 'engine', 'transport'];
const NODE_FOLDER = path.join(__dirname, '..', '..', '..', 'nodes', 'Twilio');

function importsOf(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	return [...source.matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)].map(
		(match) => match[1],
	);
}

const edges = LAYERS.flatMap((layer) =>
	readdirSync(path.join(NODE_FOLDER, layer), { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.ts'))
		.flatMap((name) => {
			const file = path.join(NODE_FOLDER, layer, name);
			return importsOf(file).map((target) => {
				const resolved = path.relative(NODE_FOLDER, path.resolve(path.dirname(file), target));
				return {
					from: `${layer}/${name}`,
					layer,
					to: resolved,
					toLayer: resolved.split(path.sep)[0],
				};
			});
		}),
);

test('the folders are found and import each other', () => {
	expect(edges.length).toBeGreaterThan(50);
	expect(new Set(edges.map((edge) => edge.layer))).toEqual(new Set(LAYERS));
});

test('no folder imports one above it', () => {
	const upward = edges.filter(
		(edge) =>
			!LAYERS.includes(edge.toLayer) || LAYERS.indexOf(edge.toLayer) < LAYERS.indexOf(edge.layer),
	);
	expect(upward.map((edge) => `${edge.from} → ${edge.to}`)).toEqual([]);
});
