/**
 * Queue mode: n8n main and workers over PostgreSQL and Redis, with the packed package (see
 * jest.e2e.config.js).
 */
const e2e = require('./jest.e2e.config.js');

module.exports = {
	...e2e,
	testMatch: ['**/*.queue.ts'],
	globalSetup: '<rootDir>/e2e/setup/queueGlobalSetup.ts',
};
