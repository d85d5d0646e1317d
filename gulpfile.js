// tsc compiles the TypeScript; n8n also needs each node's icons and codex file beside the compiled
// node.
const { existsSync, readdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { parallel, series, src, dest } = require('gulp');

function copyAssets() {
	return src(['nodes/**/*.{png,svg,json}', 'credentials/**/*.{png,svg}'], { base: '.' }).pipe(
		dest('dist'),
	);
}

/**
 * Each action node's description is built from its catalog of operations; in dist it becomes the
 * data it produces, so that n8n parses one JSON text when it loads a node instead of building the
 * whole catalog. (test/package.test.ts checks that both give the same description.)
 */
async function writeDescriptionData() {
	const nodes = path.join(__dirname, 'dist', 'nodes');
	for (const folder of readdirSync(nodes)) {
		const file = path.join(nodes, folder, 'description.js');
		if (!existsSync(file)) continue;
		const { nodeProperties, nodeHints, nodeSubtitle } = require(file);
		const data = JSON.stringify(JSON.stringify({ nodeProperties, nodeHints, nodeSubtitle }));
		writeFileSync(
			file,
			[
				'"use strict";',
				`// Written by gulpfile.js from the node's catalog of operations (nodes/${folder}/description.ts).`,
				'Object.defineProperty(exports, "__esModule", { value: true });',
				`const description = JSON.parse(${data});`,
				'exports.nodeProperties = description.nodeProperties;',
				'exports.nodeHints = description.nodeHints;',
				'exports.nodeSubtitle = description.nodeSubtitle;',
				'',
			].join('\n'),
		);
	}
}

// The emulator, run outside jest from .build/, reads Twilio's OpenAPI descriptions from
// .build/openapi/.
function buildToolAssets() {
	return src('openapi/*.json', { base: '.' }).pipe(dest('.build'));
}

exports['build:assets'] = parallel(copyAssets, series(writeDescriptionData));
exports['build:tools'] = buildToolAssets;
