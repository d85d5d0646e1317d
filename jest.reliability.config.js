/**
 * The full reliability runs (npm run test:reliability): the 1,000-item fault batch and the full
 * fuzz.
 */
const base = require('./jest.config');

module.exports = { ...base, testMatch: ['**/*.full.ts'] };
