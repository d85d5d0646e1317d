import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The modules' imports, across the package, the emulator and the tools: no module reaches itself
 * through others (a circle makes the order modules load in matter), and the emulator, a model of
 * Twilio, builds on nothing of the tools.
 */
const ROOT = path.join(__dirname, '..');
const FOLDERS = ['nodes', 'credentials', 'emulator', 'scripts', 'openapi'];

function sourcesOf(folder: string): string[] {
	return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.ts'))
		.map((name) => path.join(folder, name));
}

/** A relative import's module: the file, or the folder's index. */
function resolve(from: string, target: string): string | undefined {
	const base = path.join(path.dirname(from), target);
	return [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) =>
		existsSync(path.join(ROOT, candidate)),
	);
}

/** Imports that load a module: not `import type`, which leaves nothing in the JavaScript. */
const graph = new Map(
	FOLDERS.flatMap(sourcesOf).map((file) => {
		const source = readFileSync(path.join(ROOT, file), 'utf8');
		const targets = [...source.matchAll(/^(?:import|export)(?! type )[^'"]*from '(\.[^']+)'/gm)]
			.map((match) => resolve(file, match[1]))
			.filter((target): target is string => target !== undefined);
		return [file, targets] as const;
	}),
);

/** The strongly connected groups of more than one module (Tarjan's algorithm). */
function circles(): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const found: string[][] = [];
	const visit = (node: string) => {
		index.set(node, index.size);
		low.set(node, index.get(node)!);
		stack.push(node);
		for (const next of graph.get(node) ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
		}
		if (low.get(node) === index.get(node)) {
			const group: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				group.push(member);
			} while (member !== node);
			if (group.length > 1 || graph.get(node)?.includes(node)) found.push(group.sort());
		}
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);
	return found;
}

test('the modules are found with their imports', () => {
	expect(graph.size).toBeGreaterThan(200);
	expect([...graph.values()].flat().length).toBeGreaterThan(500);
});

test('no module imports itself through others', () => {
	expect(circles()).toEqual([]);
});

test("the emulator imports nothing from the tools, and its engine nothing of a product's folder", () => {
	const wrong = [...graph].flatMap(([file, targets]) =>
		targets
			.filter(
				(target) =>
					(file.startsWith('emulator/') && target.startsWith('scripts/')) ||
					(file.startsWith('emulator/engine/') && target.startsWith('emulator/products/')),
			)
			.map((target) => `${file} → ${target}`),
	);
	expect(wrong).toEqual([]);
});

/** Every TypeScript file of the repository, as text, by path. */
const everyFile = new Map(
	[...FOLDERS, 'test', 'e2e', 'bench']
		.flatMap(sourcesOf)
		.map((file) => [file, readFileSync(path.join(ROOT, file), 'utf8')]),
);

/** Modules another imports whole (`import * as lists`): their exports are used through it. */
const importedWhole = new Set(
	[...everyFile].flatMap(([file, text]) =>
		[...text.matchAll(/^import \* as \w+ from '(\.[^']+)'/gm)].flatMap(
			(match) => resolve(file, match[1]) ?? [],
		),
	),
);

test('every export is used by another file: what only its own file uses is not exported', () => {
	expect(importedWhole).toContain('nodes/Twilio/products/api/lists.ts');
	const unused = [...graph.keys()]
		.filter((file) => !importedWhole.has(file))
		.flatMap((file) =>
			[
				...everyFile
					.get(file)!
					.matchAll(/^export (?:async )?(?:const|function|class|type|interface|enum) (\w+)/gm),
			]
				.map((match) => match[1])
				.filter((name) => {
					const word = new RegExp(`\\b${name}\\b`);
					return ![...everyFile].some(([other, text]) => other !== file && word.test(text));
				})
				.map((name) => `${file}: ${name}`),
		);
	expect(unused).toEqual([]);
});
