import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';

// The published code is linted as n8n's own node CLI (`n8n-node lint`) does: ESLint and TypeScript
// recommendations, n8n's community-node rules, and n8n-nodes-base's node, credential and package
// rules.
const communityRules = n8nCommunityNodesPlugin.configs.recommended;

export default tseslint.config(
	{
		ignores: [
			'dist/**',
			'.build/**',
			'node_modules/**',
			'coverage/**',
			'.cache/**',
			'test-output/**',
		],
	},
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		extends: [js.configs.recommended, tseslint.configs.recommended, communityRules],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: { 'prefer-spread': 'off', 'no-console': 'error' },
	},
	{
		files: ['package.json'],
		extends: [communityRules],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: { ...n8nNodesBase.configs.community.rules },
		languageOptions: { parser: tseslint.parser, parserOptions: { extraFileExtensions: ['.json'] } },
	},
	{
		files: ['credentials/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
	// Tests, emulator, benchmark and scripts run in Node.js itself, not inside n8n: TypeScript rules
	// only.
	{
		files: ['test/**/*.ts', 'emulator/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', 'e2e/**/*.ts'],
		extends: [tseslint.configs.recommended],
	},
	// Prettier formats to 100 columns (n8n's style); no line is longer, but for one with a string,
	// template or pattern.
	{
		files: ['**/*.ts', '**/*.js', '**/*.mjs'],
		rules: {
			'max-len': [
				'error',
				{
					code: 100,
					tabWidth: 2,
					ignoreStrings: true,
					ignoreTemplateLiterals: true,
					ignoreRegExpLiterals: true,
					ignoreUrls: true,
				},
			],
		},
	},
	// Plain JavaScript that node runs beside the tests (the scanner's runner, an ES module Jest
	// cannot load).
	{
		files: ['test/**/*.mjs'],
		extends: [js.configs.recommended],
		languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
	},
);
