import * as assert from 'assert';
import { givenNameGender } from '../../../src/core/givenNames';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../../../src/core/givenNames.data';

describe('given names', () => {
  it('tells the gender that name lists give the first word of a name of two words or more', () => {
    assert.strictEqual(givenNameGender('Susan Sarandon'), 'female');
    assert.strictEqual(givenNameGender('Donald Trump'), 'male');
    assert.strictEqual(givenNameGender('François Hollande'), 'male', 'accents kept');
    assert.strictEqual(givenNameGender('Franc\u0327ois Hollande'), 'male', 'a combining cedilla read as the precomposed letter');
    assert.strictEqual(givenNameGender('Alex Roe'), null, 'a name given to both');
    assert.strictEqual(givenNameGender('Trump'), null, 'one word: a surname');
    assert.strictEqual(givenNameGender('Zqxv Roe'), null, 'a name no list has');
  });
  it('keeps its lists sorted, as the binary search needs them', () => {
    for (const list of [MALE_GIVEN_NAMES, FEMALE_GIVEN_NAMES]) {
      const names = list.split('|');
      assert.ok(names.length > 1000);
      assert.ok(names.every((n, i) => i === 0 || names[i - 1] < n));
    }
  });
});
