/**
 * End-to-end tests: the packed package in a real n8n (installed once into a cache), driven through
 * n8n's command line and HTTP, against the Twilio emulator.
 */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/e2e'],
	testMatch: ['**/*.e2e.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.dev.json' }],
	},
	globalSetup: '<rootDir>/e2e/setup/globalSetup.ts',
	globalTeardown: '<rootDir>/e2e/setup/globalTeardown.ts',
	testTimeout: 300000,
};
