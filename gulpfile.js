// tsc compiles the TypeScript; n8n also needs each node's icons and codex file beside the compiled node.
const { src, dest } = require('gulp');

function buildAssets() {
	return src(['nodes/**/*.{png,svg,json}', 'credentials/**/*.{png,svg}'], { base: '.' }).pipe(
		dest('dist'),
	);
}

exports['build:assets'] = buildAssets;
