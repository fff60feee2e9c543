// The manifest's setting defaults are what users get; they must agree with the engine's own defaults.
import * as assert from 'assert';
import { DEFAULT_NEAR_DUPLICATE_THRESHOLD } from '../../../src/core';
import manifest = require('../../../package.json');

const setting = (key: string): { default?: unknown } =>
  (manifest.contributes.configuration.properties as Record<string, { default?: unknown }>)[key];

describe('extension manifest', () => {
  it('near-duplicate similarity defaults to the engine threshold', () => {
    assert.strictEqual(setting('factlens.duplicates.similarity').default, DEFAULT_NEAR_DUPLICATE_THRESHOLD);
  });
  it('summary length defaults to three sentences, as the engine', () => {
    assert.strictEqual(setting('factlens.summary.sentences').default, 3);
  });
  it('every contributed command is in the Fact Lens category', () => {
    for (const c of manifest.contributes.commands) assert.strictEqual((c as { category?: string }).category, 'Fact Lens', c.command);
  });
});
