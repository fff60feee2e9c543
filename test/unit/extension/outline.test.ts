import * as assert from 'assert';
import { outlineItems } from '../../../src/extension/outline';
import { ANALYSIS } from './analysisFixture';

describe('outline', () => {
  it('lists every entity at its first mention and every quote, in document order', () => {
    const items = outlineItems(ANALYSIS, 1000);
    assert.deepStrictEqual(items.map((i) => i.name), ['Ada Lovelace', 'ACME Corp', 'Paris', '"We will pay $5 million,"', '$5 million']);
    assert.deepStrictEqual(items.map((i) => i.kind), ['person', 'organization', 'place', 'quote', 'money']);
    const ada = items[0];
    assert.strictEqual(ANALYSIS.text.slice(ada.start, ada.end), 'Ada Lovelace');
    assert.strictEqual(ada.detail, 'Person · President · 2 mentions');
    assert.strictEqual(items[3].detail, 'Quote · Ada Lovelace');
  });

  it('past the limit keeps the names mentioned most, then quotes while there is room', () => {
    // Ada has two mentions, the others one each: she comes first, then the earliest of the rest.
    assert.deepStrictEqual(outlineItems(ANALYSIS, 1).map((i) => i.name), ['Ada Lovelace']);
    assert.deepStrictEqual(outlineItems(ANALYSIS, 3).map((i) => i.name), ['Ada Lovelace', 'ACME Corp', 'Paris']);
    // Room for every entity and no quote.
    assert.deepStrictEqual(outlineItems(ANALYSIS, 4).map((i) => i.kind), ['person', 'organization', 'place', 'money']);
    assert.strictEqual(outlineItems(ANALYSIS, 0).length, 0);
  });
});
