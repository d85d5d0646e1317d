// tsc compiles the TypeScript; n8n also needs each node's icons and codex file beside the compiled node.
const { src, dest } = require('gulp');

function buildAssets() {
	return src(['nodes/**/*.{png,svg,json}', 'credentials/**/*.{png,svg}'], { base: '.' }).pipe(
		dest('dist'),
	);
}

// The emulator, run outside jest from .build/, reads Twilio's OpenAPI description beside its code.
function buildToolAssets() {
	return src('emulator/spec/*.json', { base: '.' }).pipe(dest('.build'));
}

exports['build:assets'] = buildAssets;
exports['build:tools'] = buildToolAssets;
