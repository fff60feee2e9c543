import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { findQuotes } from '../../../src/core/quotes';
import { releaseWords, wordsOf, type Word } from '../../../src/core/quotes/attribution';
import { LetterSearch, letterOrDigitAt, markBeforeLast } from '../../../src/core/quotes/chars';
import { emptyObjectList } from '../../../src/core/quotes/lists';
import { sortedByStart } from '../../../src/core/quotes/speaker';
import { parseStructure } from '../../../src/core/structure';
import type { Entity, Quote } from '../../../src/core/types';
import { assertAllSpans, assertSpan, readFixture, SAMPLE_ORIGINAL, SAMPLE_REWRITE } from '../helpers';

/** People built by hand (the entity module is tested elsewhere): every occurrence of each form is a mention. */
function people(text: string, specs: { name: string; forms: string[]; roles?: string[] }[]): Entity[] {
  return specs.map((p) => {
    const mentions = [];
    for (const form of p.forms) {
      const re = new RegExp(`\\b${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    mentions.sort((a, b) => a.start - b.start);
    const slug = p.name.toLowerCase().replace(/\s+/g, '-');
    return { id: `person:${slug}`, type: 'person', name: p.name, aliases: p.forms.filter((f) => f !== p.name), roles: p.roles ?? [], value: null, mentions };
  });
}

/** Each quote's source and cue as written. */
const sourceAndCue = (quotes: Quote[]): (string | undefined)[][] => quotes.map((q) => [q.source?.text, q.cue?.text]);

function quotesOf(text: string, entities: Entity[] = []): Quote[] {
  const quotes = findQuotes(parseStructure(text), entities);
  for (const q of quotes) {
    assertSpan(text, q, 'quote');
    q.content.forEach((c) => assertSpan(text, c, 'content'));
    if (q.source) assertSpan(text, q.source, 'source');
    if (q.cue) assertSpan(text, q.cue, 'cue');
  }
  return quotes;
}

const quoteWith = (quotes: Quote[], words: string): Quote => {
  const q = quotes.find((x) => x.text.includes(words));
  assert.ok(q, `a quote containing "${words}" in ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q!;
};

describe('quotes', () => {
  describe('sample articles', () => {
    const text = readFixture(SAMPLE_ORIGINAL);
    const entities = people(text, [
      { name: 'Volodymyr Zelensky', forms: ['Volodymyr Zelensky', 'Zelensky'], roles: ['Ukrainian President'] },
      { name: 'Donald Trump', forms: ['Donald Trump', 'Trump'], roles: ['President'] },
      { name: 'JD Vance', forms: ['JD Vance', 'Vance'], roles: ['US Vice-President'] },
      { name: 'Keir Starmer', forms: ['Keir Starmer', 'Starmer'], roles: ['UK Prime Minister'] },
      { name: 'Jens Stoltenberg', forms: ['Jens Stoltenberg'], roles: ['NATO Secretary General'] },
      { name: 'Maria Zakharova', forms: ['Maria Zakharova'], roles: ['Foreign Ministry spokeswoman'] },
      { name: 'Emmanuel Macron', forms: ['Emmanuel Macron', 'Macron'], roles: ['French President'] },
      { name: 'Olaf Scholz', forms: ['Olaf Scholz'], roles: ['German Chancellor'] },
      { name: 'Mark Rutte', forms: ['Mark Rutte'], roles: ['NATO chief'] },
      { name: 'Vladimir Putin', forms: ['Vladimir Putin', 'Putin'], roles: ['Russian President'] },
    ]);
    const quotes = quotesOf(text, entities);

    it('finds the ten quotes of the original, each with its speaker', () => {
      const expected: [string, string, string, string][] = [
        ['“stand more firmly on our side”', 'Volodymyr Zelensky', 'expressed', 'Ukrainian President Volodymyr Zelensky'],
        // "Zelensky reiterated … amidst what he described as “tough dialogue”": the main clause's cue and subject (see the "what he called" rule).
        ['“tough dialogue”', 'Volodymyr Zelensky', 'reiterated', 'Zelensky'],
        ['“or we are out,”', 'Donald Trump', 'urged', 'Trump'],
        ['“meaningful and warm meeting,”', 'Volodymyr Zelensky', 'thank', 'Zelensky'],
        ['“I thank the people', 'Volodymyr Zelensky', 'stated', 'he'],
        ['“just and lasting”', 'Volodymyr Zelensky', 'emphasized', 'Zelensky'],
        ['“overplayed his hand”', 'Donald Trump', 'remarked', 'Trump'],
        ['“All Ukrainians', 'Volodymyr Zelensky', 'stated', 'He'],
        ['“complete diplomatic failure”', 'Maria Zakharova', 'calling', 'Foreign Ministry spokeswoman Maria Zakharova'],
        ['“There is an aggressor', 'Emmanuel Macron', 'stating', 'Macron'],
      ];
      assert.deepStrictEqual(quotes.map((q) => q.text.slice(0, expected[quotes.indexOf(q)]?.[0].length ?? 20)), expected.map((e) => e[0]));
      expected.forEach(([, speaker, cue, source], i) => {
        assert.strictEqual(quotes[i].speakerName, speaker, `speaker of ${quotes[i].text}`);
        assert.strictEqual(quotes[i].speaker, `person:${speaker.toLowerCase().replace(/\s+/g, '-')}`);
        assert.strictEqual(quotes[i].cue?.text, cue, `cue of ${quotes[i].text}`);
        assert.strictEqual(quotes[i].source?.text, source, `source of ${quotes[i].text}`);
      });
    });

    it('keeps the nested single quote and the bracketed insertion inside one quote', () => {
      const q = quoteWith(quotes, 'All Ukrainians');
      assert.ok(q.text.endsWith('against Putin.”'));
      assert.ok(q.content[0].text.includes('[Russian President Vladimir] Putin'));
      assert.ok(q.content[0].text.includes('‘peace through strength.’'));
      assert.strictEqual(quotes.filter((x) => x.text.includes('peace through strength')).length, 1);
    });

    it('finds the straight quotes of the rewrite, attributed', () => {
      const t = readFixture(SAMPLE_REWRITE);
      const qs = quotesOf(t, people(t, [
        { name: 'Volodymyr Zelensky', forms: ['Zelensky'], roles: ['Ukrainian President'] },
        { name: 'Donald Trump', forms: ['Donald Trump', 'Trump'], roles: ['President'] },
      ]));
      assert.strictEqual(quoteWith(qs, 'stand more firmly').speakerName, 'Volodymyr Zelensky');
      assert.strictEqual(quoteWith(qs, 'stand more firmly').content[0].text, "stand more firmly on Ukraine's side");
      assert.strictEqual(quoteWith(qs, 'overplayed').speakerName, 'Donald Trump');
      for (const q of qs.filter((x) => /tough dialogue|just and lasting|peace through/.test(x.text))) assert.strictEqual(q.speakerName, 'Volodymyr Zelensky', q.text);
    });
  });

  describe('whole pipeline', () => {
    it('attributes the quotes of the original sample through analyze()', () => {
      const a = analyze(readFixture(SAMPLE_ORIGINAL));
      const speakerOf = (words: string) => quoteWith(a.quotes, words).speakerName;
      assert.strictEqual(speakerOf('All Ukrainians'), 'Volodymyr Zelensky');
      assert.strictEqual(speakerOf('overplayed his hand'), 'Donald Trump');
      assert.strictEqual(speakerOf('complete diplomatic failure'), 'Maria Zakharova');
      assert.strictEqual(speakerOf('There is an aggressor'), 'Emmanuel Macron');
      assert.strictEqual(speakerOf('tough dialogue'), 'Volodymyr Zelensky');
      for (const q of a.quotes) assert.ok(q.speaker && a.entities.some((e) => e.id === q.speaker), `speaker entity of ${q.text}`);
    });

    it('gives a pronoun the subject of a verb of saying in its own sentence over the speaker of the sentence before', () => {
      const text = 'Jared Kushner reached out to rVotes, writing in an email: “We want to utilize this ASAP.” Steve Adler, rVotes\' owner, said the campaign ' +
        'has yet to follow up, though he contended his firm’s services “would be the perfect system.”\n\n' +
        'Ben Kolt spoke first: “Yes.” Hugh Hewitt asked Tom Brand about statements he had called “fair.”';
      const quotes = analyze(text).quotes.map((q) => [q.source?.text, q.speakerName]);
      assert.deepStrictEqual(quotes.slice(0, 3), [['Jared Kushner', 'Jared Kushner'], ['he', 'Steve Adler'], ['Ben Kolt', 'Ben Kolt']]);
      // "asked" has a person as object, whom the pronoun may stand for: its subject does not outrank the speaker before.
      assert.notStrictEqual(quotes[3][1], 'Hugh Hewitt');
    });

    it('seeks the person of a pronoun after a participle put first before its sentence, not in the participle\'s phrase', () => {
      const text = 'Susan Sarandon spoke on Monday. “I think Bernie would encourage people,” she said.\n\n' +
        'Asked about her own vote in the event that Clinton faces Trump, who has insulted women, she replied: “I don’t know.”\n\n' +
        'After Clinton spoke, she replied: “Thanks.”';
      assert.deepStrictEqual(analyze(text).quotes.map((q) => [q.source?.text, q.speakerName]), [['she', 'Susan Sarandon'], ['she', 'Susan Sarandon'], ['she', 'Clinton']]);
    });

    it('reads professions as roles, and a description by its profession as the person holding it', () => {
      const text = 'Fox News host Sean Hannity met Republican pollster Frank Luntz. Retired neurosurgeon Ben Carson spoke in Iowa on Monday. ' +
        'Carson talked about taxes. The retired neurosurgeon said, "We will win."';
      const a = analyze(text);
      assert.deepStrictEqual(a.entities.filter((e) => e.type === 'person').map((e) => `${e.name} [${e.roles.join('; ')}]`),
        ['Sean Hannity [Fox News host]', 'Frank Luntz [Republican pollster]', 'Ben Carson [neurosurgeon]']);
      assert.deepStrictEqual(a.quotes.map((q) => [q.source?.text, q.speakerName]), [['The retired neurosurgeon', 'Ben Carson']]);
    });

    it('gives a pronoun the person of the main clause, not one named in a clause put before it', () => {
      const text = 'Hillary Clinton spoke. While Obama had a wide array of artists writing songs about him, that has not been happening for Clinton, ' +
        'which is something that concerns Henry Crespo, president of the caucus.\n\n“No one is writing songs for Hillary,” he said.\n\n' +
        'After Trump spoke, the crowd cheered.\n\n“We will win,” he said.';
      assert.deepStrictEqual(analyze(text).quotes.map((q) => [q.source?.text, q.speakerName]), [['he', 'Henry Crespo'], ['he', 'Trump']]);
    });

    it('gives a pronoun the person a role belongs to, not the name that opens the role ("Trump campaign chairman Paul Manafort")', () => {
      const text = 'Paul Manafort met voters. But Trump campaign chairman Paul Manafort said the appeal would grow. ' +
        '“We think that the message that Donald Trump is talking about will resonate,” he said. ' +
        'Clinton’s aide Huma Abedin arrived. She said: “Fine.”';
      const a = analyze(text);
      assert.deepStrictEqual(a.quotes.map((q) => [q.source?.text, q.speakerName]), [['he', 'Paul Manafort'], ['She', 'Huma Abedin']]);
      // A comma makes the first name a subject of its own: "Trump, campaign chairman Paul Manafort and …" is not read so.
      const listed = 'Donald Trump met Paul Manafort. Trump, campaign chairman Paul Manafort and two aides were ready. “We are ready,” he said.';
      assert.strictEqual(analyze(listed).quotes[0].speakerName, 'Donald Trump');
    });

    it('passes over a possessive for the subject after it ("Trump’s grasp … worrying, Cuban said"), not over a contracted "is" or "has"', () => {
      const possessive = 'Mark Cuban met Donald Trump. Trump’s grasp of policy is worrying, Cuban said. “You know, anybody can change,” he said.';
      assert.strictEqual(analyze(possessive).quotes[0].speakerName, 'Mark Cuban');
      const married = 'Donald Trump spoke first. On Monday, Trump’s wife, Melania, spoke to the delegates. She said, “He is a kind man.”';
      assert.strictEqual(analyze(married).quotes[0].speakerName, 'Melania');
      // "Christie’s been" is Christie has been: he is the subject.
      const contracted = 'Chris Christie met Marco Rubio. Christie’s been making the case that Rubio is not ready. “You have not been tested,” he said.';
      assert.strictEqual(analyze(contracted).quotes[0].speakerName, 'Chris Christie');
      // A possessive alone in its sentence is still the person it names.
      const alone = 'Donald Trump spoke in Ohio. Trump’s speech ran long. “We will win,” he said.';
      assert.strictEqual(analyze(alone).quotes[0].speakerName, 'Donald Trump');
    });

    it('gives a pronoun the speaker of an attribution that closes the sentence before, not the first person named in it', () => {
      const closing = 'Joe Biden spoke in Scranton. Donald Trump’s claim that Barack Obama created the group had imperiled US troops, Biden said. ' +
        '“If my son were still in Iraq, I would worry,” he said.';
      assert.strictEqual(analyze(closing).quotes[0].speakerName, 'Joe Biden');
      const opening = 'Ben Carson met George Stephanopoulos. Asked by Stephanopoulos to respond, Carson said the truth would come out. ' +
        '“Let me put it this way,” he continued.';
      assert.strictEqual(analyze(opening).quotes[0].speakerName, 'Ben Carson');
      // Without the comma the name is no attribution's subject put last: the sentence's first person stays.
      const plain = 'Joe Biden met Tom Cole. Biden thanked the crowd as Cole said goodbye. “We will be back,” he said.';
      assert.strictEqual(analyze(plain).quotes[0].speakerName, 'Joe Biden');
    });
  });

  describe('marks', () => {
    it('reads quotes in headings', () => {
      const text = 'Minister: “We will rebuild every school”\n\nThe minister spoke on Monday.';
      const doc = parseStructure(text);
      const headed = { ...doc, paragraphs: doc.paragraphs.map((p, i) => (i === 0 ? { ...p, kind: 'heading' as const } : p)) };
      const qs = findQuotes(headed, []);
      assert.deepStrictEqual(qs.map((q) => [q.content[0].text, q.source?.text]), [['We will rebuild every school', 'Minister']]);
    });

    it('pairs straight quotes in order and ignores inch marks', () => {
      const text = 'The 6\' 2" guard said "we are ready for this game," and the coach said "so are we, I think."';
      const qs = quotesOf(text);
      assert.deepStrictEqual(qs.map((q) => q.content[0].text), ['we are ready for this game,', 'so are we, I think.']);
    });

    it('reads curly and straight double quotes, marks included in the span, not in the content', () => {
      const text = 'She said, “We will win.” He said, "We will not."';
      const qs = quotesOf(text);
      assert.deepStrictEqual(qs.map((q) => q.text), ['“We will win.”', '"We will not."']);
      assert.deepStrictEqual(qs.map((q) => q.content.map((c) => c.text)), [['We will win.'], ['We will not.']]);
    });

    it('does not take apostrophes for quotation marks', () => {
      const text = 'Ukraine’s leaders don’t like rock ’n’ roll from the ’90s, the minister said, “It’s the people’s choice.”';
      const qs = quotesOf(text);
      assert.deepStrictEqual(qs.map((q) => q.content[0].text), ['It’s the people’s choice.']);
    });

    it('reads a headline quoted in single marks', () => {
      const text = 'Warren tells bank chief: ‘You should be criminally investigated’\n\nThe senator spoke on Tuesday.';
      const qs = quotesOf(text);
      assert.strictEqual(qs.length, 1);
      assert.strictEqual(qs[0].content[0].text, 'You should be criminally investigated');
      assert.strictEqual(qs[0].source?.text, 'Warren');
    });

    it('keeps short single-quoted headline quotes and reads their title-case attribution', () => {
      const text = 'Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Comments\n\nThe governor spoke on Monday.';
      const qs = quotesOf(text);
      assert.strictEqual(qs.length, 1);
      assert.strictEqual(qs[0].content[0].text, 'A Disgrace');
      assert.strictEqual(qs[0].cue?.text, 'Calls');
      assert.strictEqual(qs[0].source?.text, 'Chris Christie');
    });

    it('stops an unclosed quote at the end of its paragraph', () => {
      const text = 'The mayor said, “We are not going anywhere and we will fight this to the end\n\nThe council meets on Monday. It said “no” twice.';
      const qs = quotesOf(text);
      assert.strictEqual(qs[0].text, '“We are not going anywhere and we will fight this to the end');
      assert.ok(qs.every((q) => !q.text.includes('council')));
    });

    it('joins a quote that continues over paragraphs, each reopened with a mark', () => {
      const text = '“The first part of what I said goes on here,” the governor said. “And it carries on\n\n“into the next paragraph, which closes it.”\n\nOther news.';
      const qs = quotesOf(text);
      const q = quoteWith(qs, 'And it carries on');
      assert.deepStrictEqual(q.content.map((c) => c.text), ['And it carries on', 'into the next paragraph, which closes it.']);
      assert.strictEqual(q.source?.text, 'the governor');
    });

    it('keeps CRLF offsets exact and survives emoji', () => {
      const text = 'Intro 🎉 line.\r\n\r\n“Great news 🎉 for all of us here,” said Jane Doe.\r\n';
      const qs = quotesOf(text);
      assert.strictEqual(qs.length, 1);
      assert.strictEqual(qs[0].content[0].text, 'Great news 🎉 for all of us here,');
      assert.strictEqual(qs[0].source?.text, 'Jane Doe');
      assert.strictEqual(qs[0].speakerName, 'Jane Doe');
    });

    it('ignores quotes in code blocks and attribute values', () => {
      const text = 'Some prose here.\n\n```\nconsole.log("hello, world, this is code and not a quote")\n```\n\n<tweet author="someone" id="1">text</tweet>';
      const doc = parseStructure(text);
      // Mark the fenced lines as code the way the structure module does for Markdown, whatever this version says.
      const paragraphs = doc.paragraphs.map((p) => (p.text.startsWith('```') || p.text.startsWith('console') ? { ...p, kind: 'code' as const } : p));
      assert.deepStrictEqual(findQuotes({ ...doc, paragraphs }, []), []);
    });
  });

  describe('attribution', () => {
    it('takes the source after the quote, in either order', () => {
      const qs = quotesOf('“We are ready to talk to anyone,” Smith said. “Nobody else wants to do it,” said Rep. Jane Doe (D-Md.), the panel chair.');
      assert.strictEqual(qs[0].source?.text, 'Smith');
      assert.strictEqual(qs[0].cue?.text, 'said');
      assert.strictEqual(qs[1].source?.text, 'Rep. Jane Doe (D-Md.)');
    });

    it('makes one quote of a quote split by its attribution', () => {
      const text = '“We will not give up,” the minister told reporters, “and we will not go back.”';
      const qs = quotesOf(text);
      assert.strictEqual(qs.length, 1);
      assert.strictEqual(qs[0].text, text);
      assert.deepStrictEqual(qs[0].content.map((c) => c.text), ['We will not give up,', 'and we will not go back.']);
      assert.strictEqual(qs[0].source?.text, 'the minister');
      assert.strictEqual(qs[0].cue?.text, 'told');
    });

    it('reads "according to"', () => {
      const qs = quotesOf('The plan was “dead on arrival,” according to Senate leaders.');
      assert.strictEqual(qs[0].cue?.text, 'according to');
      assert.strictEqual(qs[0].source?.text, 'Senate leaders');
    });

    it('credits the report a sentence cites ("X said, according to Y") as the source, keeping X as the speaker', () => {
      const text = 'Mary Major spoke on Monday. “We will not give up,” Mary Major said, according to the Daily Courier. “We will win.”';
      const qs = quotesOf(text, people(text, [{ name: 'Mary Major', forms: ['Mary Major'] }]));
      assert.strictEqual(qs.length, 2);
      for (const q of qs) {
        assert.strictEqual(q.source?.text, 'the Daily Courier');
        assert.strictEqual(q.cue?.text, 'according to');
        assert.strictEqual(q.speakerName, 'Mary Major');
      }
      const before = quotesOf('According to a transcript, John Doe told reporters “the talks went well.”');
      assert.strictEqual(before[0].source?.text, 'a transcript');
    });

    it('does not credit an "according to" of the sentence after a quote that ends its own', () => {
      const qs = quotesOf('Clinton’s response was: “Is the store in Maine or in Ohio?” Dalton Brody is a store in Washington, according to its website.');
      assert.strictEqual(qs[0].cue?.text, ':');
    });

    it('gives a participle describing an issued writing the subject who issued it', () => {
      const a = quotesOf('The town council released a statement Wednesday saying the plan was “a serious mistake for everyone.”');
      assert.strictEqual(a[0].source?.text, 'The town council');
      assert.strictEqual(a[0].cue?.text, 'saying');
      const b = quotesOf('His campaign sent out a text message to supporters saying: “We have won this state tonight.”');
      assert.strictEqual(b[0].source?.text, 'His campaign');
      const c = quotesOf('Mayor Jane Roe wrote a letter to Attorney General John Doe asking him to look into the “complete fiasco at the polls.”');
      assert.strictEqual(c[0].source?.text, 'Mayor Jane Roe');
    });

    it('takes a description joined by "and" between the quote and its cue as the source', () => {
      const qs = quotesOf('“We will not back down on this,” the Vermont senator and Democratic presidential candidate told reporters.');
      assert.strictEqual(qs[0].source?.text, 'the Vermont senator and Democratic presidential candidate');
      assert.strictEqual(qs[0].cue?.text, 'told');
    });

    it('takes the subject after an opening participle phrase, not the participle', () => {
      const qs = quotesOf('Continuing to explain his view, Carson rejected the idea, saying that he would “fix it right away if it was rotten.”');
      assert.strictEqual(qs[0].source?.text, 'Carson');
    });

    it('takes the subject of the reporting verb, not a name inside the reported clause', () => {
      const text = 'Jane Roe later remarked that John Doe had “lost the argument” in the debate.';
      const qs = quotesOf(text, people(text, [{ name: 'Jane Roe', forms: ['Jane Roe'] }, { name: 'John Doe', forms: ['John Doe'] }]));
      assert.strictEqual(qs[0].speakerName, 'Jane Roe');
      assert.strictEqual(qs[0].cue?.text, 'remarked');
    });

    it('resolves a pronoun to the subject of the sentence before', () => {
      const text = 'Mary Major met John Doe in Paris on Monday. She said, “The talks went well and will go on next week.”';
      const qs = quotesOf(text, people(text, [{ name: 'Mary Major', forms: ['Mary Major'] }, { name: 'John Doe', forms: ['John Doe'] }]));
      assert.strictEqual(qs[0].source?.text, 'She');
      assert.strictEqual(qs[0].speaker, 'person:mary-major');
    });

    it('passes over people of the other gender, as titles and pronouns in the text show it', () => {
      const titled = 'Ms. Jane Roe met Mr. John Doe in Paris on Monday. He said, “The talks went well and will go on next week.”';
      const a = quotesOf(titled, people(titled, [{ name: 'Jane Roe', forms: ['Jane Roe'] }, { name: 'John Doe', forms: ['John Doe'] }]));
      assert.strictEqual(a[0].speakerName, 'John Doe');
      const told = 'Alex Roe opened the session, and she thanked the staff. Later Alex Roe and Sam Doe met the press. He said, “We agree on most of it.”';
      const b = quotesOf(told, people(told, [{ name: 'Alex Roe', forms: ['Alex Roe'] }, { name: 'Sam Doe', forms: ['Sam Doe'] }]));
      assert.strictEqual(b[0].speakerName, 'Sam Doe');
      const unknown = 'Alex Roe met Sam Doe in Paris. He said, “We agree on most of it.”';
      const c = quotesOf(unknown, people(unknown, [{ name: 'Alex Roe', forms: ['Alex Roe'] }, { name: 'Sam Doe', forms: ['Sam Doe'] }]));
      assert.strictEqual(c[0].speakerName, 'Alex Roe', 'without evidence, the subject');
      const ruledOut = 'Ms. Alex Roe met the press in Paris. He said, “We agree on most of it.”';
      const d = quotesOf(ruledOut, people(ruledOut, [{ name: 'Alex Roe', forms: ['Alex Roe'] }]));
      assert.strictEqual(d[0].speakerName, 'Alex Roe', 'the only person in reach, whatever the text says of her');
    });

    it('follows a "he" that opens the sentence before its first person back to the person it stands for', () => {
      const text = 'Don Fowler noted that he backed Sargent Shriver in 1972. Though that was seamless, he said, loyalists to Joe Biden would fight. ' +
        '“This is a different time,” he said.';
      const cast = [{ name: 'Don Fowler', forms: ['Don Fowler'] }, { name: 'Sargent Shriver', forms: ['Sargent Shriver'] }, { name: 'Joe Biden', forms: ['Joe Biden'] }];
      assert.strictEqual(quotesOf(text, people(text, cast))[0].speakerName, 'Don Fowler', 'not Joe Biden, named after the "he"');
      // The pronoun of a clause put first stands for the name opening the main clause after it.
      const fronted = 'Chris Stevens died in Benghazi. While he does support Hillary Clinton, Florent Groberg admits there is a faction. “Nobody is pro-war,” he said.';
      const others = [{ name: 'Chris Stevens', forms: ['Chris Stevens'] }, { name: 'Hillary Clinton', forms: ['Hillary Clinton'] }, { name: 'Florent Groberg', forms: ['Florent Groberg'] }];
      assert.strictEqual(quotesOf(fronted, people(fronted, others))[0].speakerName, 'Florent Groberg');
    });

    it('looks further back for a person of the pronoun’s gender when everyone near is of the other', () => {
      const text = 'Ms. Jane Roe opened the hearing. ' + 'Mr. John Doe answered for an hour. '.repeat(7) + 'She said, “We will return to this next week.”';
      const qs = quotesOf(text, people(text, [{ name: 'Jane Roe', forms: ['Jane Roe'] }, { name: 'John Doe', forms: ['John Doe'] }]));
      assert.strictEqual(qs[0].speakerName, 'Jane Roe');
    });

    it('passes over a person whose given name is of the other gender', () => {
      const text = 'Donald Trump met Susan Sarandon in Paris on Monday. She said, “The talks went well and will go on next week.”';
      const qs = quotesOf(text, people(text, [{ name: 'Donald Trump', forms: ['Donald Trump'] }, { name: 'Susan Sarandon', forms: ['Susan Sarandon'] }]));
      assert.strictEqual(qs[0].speakerName, 'Susan Sarandon', 'not the subject, a man by his given name');
      const his = 'Susan Sarandon met Donald Trump in Paris on Monday. He said, “The talks went well and will go on next week.”';
      const qh = quotesOf(his, people(his, [{ name: 'Donald Trump', forms: ['Donald Trump'] }, { name: 'Susan Sarandon', forms: ['Susan Sarandon'] }]));
      assert.strictEqual(qh[0].speakerName, 'Donald Trump');
    });

    it('reads lower-case role words after a capitalised modifier in an inverted source ("said Democratic strategist David Axelrod")', () => {
      const text = '“This is a raw time,” said Democratic strategist David Axelrod. “It is hard,” said Republican political consultant Chris Russell. “Fine,” said Clinton on Monday.';
      const qs = quotesOf(text, people(text, [{ name: 'David Axelrod', forms: ['David Axelrod'] }, { name: 'Chris Russell', forms: ['Chris Russell'] }, { name: 'Hillary Clinton', forms: ['Clinton'] }]));
      assert.deepStrictEqual(qs.map((q) => [q.source?.text, q.speakerName]), [
        ['Democratic strategist David Axelrod', 'David Axelrod'], ['Republican political consultant Chris Russell', 'Chris Russell'], ['Clinton', 'Hillary Clinton'],
      ]);
    });

    it('reads listed role words between a capitalised modifier and the name of a sentence\'s subject, and no verb there', () => {
      const text = 'Democratic presidential nominee Hillary Clinton chimed in, saying that “this is sad.” Clinton beat Sanders in Iowa, calling it “a big night.”';
      const qs = quotesOf(text, people(text, [{ name: 'Hillary Clinton', forms: ['Hillary Clinton', 'Clinton'] }, { name: 'Bernie Sanders', forms: ['Sanders'] }]));
      assert.deepStrictEqual(qs.map((q) => [q.source?.text, q.speakerName]), [
        ['Democratic presidential nominee Hillary Clinton', 'Hillary Clinton'], ['Clinton', 'Hillary Clinton'],
      ]);
    });

    it('gives a source naming two people the one its role introduces, and the first of two joined', () => {
      const text = '“We are ready,” Trump campaign manager Corey Lewandowski said. “We agree,” Trump and Paul Ryan said. “It is close,” Patrick Murray of Christie’s office said.';
      const qs = quotesOf(text, people(text, [
        { name: 'Donald Trump', forms: ['Trump'] }, { name: 'Corey Lewandowski', forms: ['Corey Lewandowski'] }, { name: 'Paul Ryan', forms: ['Paul Ryan'] },
        { name: 'Patrick Murray', forms: ['Patrick Murray'] }, { name: 'Chris Christie', forms: ['Christie'] },
      ]));
      assert.deepStrictEqual(qs.map((q) => q.speakerName), ['Corey Lewandowski', 'Donald Trump', 'Patrick Murray']);
    });

    it('takes the nearest person within the wider reach when the genders rule out everyone, but for a given name of the other gender', () => {
      const text = 'Mr. Jordan Doe opened the hearing. ' + 'The room was full and the air was warm. '.repeat(7) + 'She said, “We will return to this next week.”';
      const qs = quotesOf(text, people(text, [{ name: 'Jordan Doe', forms: ['Jordan Doe'] }]));
      assert.strictEqual(qs[0].speakerName, 'Jordan Doe', 'the genders are likelier wrong than the speaker unnamed');
      const john = text.replace(/Jordan/g, 'John');
      assert.strictEqual(quotesOf(john, people(john, [{ name: 'John Doe', forms: ['John Doe'] }]))[0].speakerName, null, 'a given name is not wrong so');
    });

    it('takes a named source the recogniser missed as an antecedent when it is written like a person’s name', () => {
      const text = 'Donald Trump spoke in Ohio. “We need jobs,” Sexton said. “It is about respect,” he added.';
      const qs = quotesOf(text, people(text, [{ name: 'Donald Trump', forms: ['Donald Trump'] }]));
      assert.strictEqual(qs[1].speakerName, 'Sexton');
    });

    it('resolves a pronoun to the speaker just quoted rather than a person mentioned since', () => {
      const text = 'Asked about Donald Trump, Mark Cuban said: “He is not ready.” “It is possible for anybody to change,” he said.';
      const qs = quotesOf(text, people(text, [{ name: 'Mark Cuban', forms: ['Mark Cuban'] }, { name: 'Donald Trump', forms: ['Donald Trump'] }]));
      assert.strictEqual(qs[1].source?.text, 'he');
      assert.strictEqual(qs[1].speakerName, 'Mark Cuban');
    });

    it('resolves a description to the person holding that role', () => {
      const text = 'Senator Jane Roe spoke first. Later, “we have the votes,” the senator said.';
      const qs = quotesOf(text, people(text, [{ name: 'Jane Roe', forms: ['Jane Roe'], roles: ['Senator'] }]));
      assert.strictEqual(qs[0].source?.text, 'the senator');
      assert.strictEqual(qs[0].speakerName, 'Jane Roe');
    });

    it('resolves a person description nobody holds by name to the person the text is about', () => {
      const text = 'Sheldon Adelson met Donald Trump in Las Vegas. “It was very nice,” the gambling tycoon told Reuters.';
      const qs = quotesOf(text, people(text, [{ name: 'Sheldon Adelson', forms: ['Sheldon Adelson'] }, { name: 'Donald Trump', forms: ['Donald Trump'] }]));
      assert.strictEqual(qs[0].source?.text, 'the gambling tycoon');
      assert.strictEqual(qs[0].speakerName, 'Sheldon Adelson');
      const thing = 'Sheldon Adelson met Donald Trump. “It was very nice,” the statement said.';
      assert.strictEqual(quotesOf(thing, people(thing, [{ name: 'Sheldon Adelson', forms: ['Sheldon Adelson'] }]))[0].speakerName, null, 'a statement is no person');
    });

    it('gives a quote with no cue of its own the speaker of the quote before it', () => {
      const text = '“We did our best,” Smith said.\n\n“There is nothing more we could have done for them.”\n\nThe storm hit on Friday.';
      const qs = quotesOf(text);
      assert.strictEqual(qs.length, 2);
      assert.strictEqual(qs[1].source?.text, 'Smith');
      assert.strictEqual(qs[1].speakerName, 'Smith');
    });

    it('reads an attribution that introduces the quote with a colon in the paragraph before', () => {
      const qs = quotesOf('Caddell continued:\n\n"The health issue overall is very much a partisan issue for voters."');
      assert.strictEqual(qs[0].source?.text, 'Caddell');
      assert.strictEqual(qs[0].cue?.text, 'continued');
    });

    it('gives a quote opening a sentence the attribution the sentence before ends on', () => {
      const qs = quotesOf('The panel met for an hour, Schiff said. “The other factor is the timing of all of this.”');
      assert.strictEqual(qs[0].source?.text, 'Schiff');
      assert.strictEqual(qs[0].cue?.text, 'said');
    });

    it('keeps two quotes joined by a lone participle apart, both the speaker’s', () => {
      const qs = quotesOf('Sanders said the process could be “messy,” adding, “Democracy is messy.”');
      assert.deepStrictEqual(qs.map((q) => [q.text, q.source?.text, q.cue?.text]), [
        ['“messy,”', 'Sanders', 'said'],
        ['“Democracy is messy.”', 'Sanders', 'adding'],
      ]);
      // Also after the cue of the first: “…,” she said, adding, “…” is two quotes, the second cued by the participle.
      const after = quotesOf('“They are not affiliated with the campaign,” she said, adding, “Mr. Trump is grateful.”');
      assert.deepStrictEqual(after.map((q) => [q.text, q.source?.text, q.cue?.text]), [
        ['“They are not affiliated with the campaign,”', 'she', 'said'],
        ['“Mr. Trump is grateful.”', 'she', 'adding'],
      ]);
      // A sentence that is only an attribution, after a quote closed by a full stop where a comma belonged.
      const bare = quotesOf('Trump spoke. “I hope you find the 30,000 emails that are missing.” Trump said. Clinton disagreed.');
      assert.deepStrictEqual(sourceAndCue(bare), [['Trump', 'said']]);
      // A participle that reports nothing leaves the quote split by its attribution, one quote.
      assert.strictEqual(quotesOf('“It is a disgrace,” she said, smiling, “and I mean it.”').length, 1);
    });

    it('takes the main clause’s attribution from the sentence before, not a relative clause about its source', () => {
      const qs = quotesOf('“He did try to intimidate me,” said O’Donnell, who wrote about the visit in the book. “Thank goodness, none of it was true.”');
      assert.strictEqual(qs[1].source?.text, 'O’Donnell');
      assert.strictEqual(qs[1].cue?.text, 'said');
    });

    it('gives a participle the source of the cue it continues', () => {
      const qs = quotesOf('“We do not see a link,” the mayor said, adding that it would take “many more hours” to know.');
      assert.strictEqual(qs[1].cue?.text, 'adding');
      assert.strictEqual(qs[1].source?.text, 'the mayor');
    });

    it('reads a sentence that introduces the quote with a colon', () => {
      const qs = quotesOf('In a Fox interview later that day, Trump went even further: “If he loses, it is the end of his career.”');
      assert.strictEqual(qs[0].source?.text, 'Trump');
      assert.strictEqual(qs[0].cue?.text, ':');
    });

    it('takes "another" and "others" as sources', () => {
      const qs = quotesOf('Yet another said, “Rubio is in a five-person battle for second place.”');
      assert.strictEqual(qs[0].source?.text, 'another');
    });

    it('reads an opening mark typed for a closing one', () => {
      const qs = quotesOf('“It is unusual,“ said Larry Noble, an attorney. “It is a hard thing to pull off.”');
      assert.deepStrictEqual(qs.map((q) => q.content[0].text), ['It is unusual,', 'It is a hard thing to pull off.']);
      assert.strictEqual(qs[0].source?.text, 'Larry Noble');
      assert.strictEqual(qs[1].speakerName, 'Larry Noble');
    });

    it('does not take the object of a preposition before a colon for the source', () => {
      const qs = quotesOf('Senate Majority Leader Mitch McConnell delivered a blunt message to Trump: “It is time to get on message.”');
      assert.strictEqual(qs[0].source?.text, 'Senate Majority Leader Mitch McConnell');
      const from = quotesOf('More from Jones: “The polls were off by a wide margin this time.”');
      assert.strictEqual(from[0].source?.text, 'Jones');
    });

    it('reads a dash attribution', () => {
      const qs = quotesOf('“I am so proud of what this community did today.” ― Carla Sanchez');
      assert.strictEqual(qs[0].source?.text, 'Carla Sanchez');
    });

    it('leaves out scare quotes and titles that nothing attributes, keeps short quotes that are attributed', () => {
      const qs = quotesOf('He appeared on “Fox News Sunday” to discuss the so-called “reform” plan. The governor called the plan “a disaster.”');
      assert.deepStrictEqual(qs.map((q) => q.content[0].text), ['a disaster.']);
      assert.strictEqual(qs[0].source?.text, 'The governor');
      assert.strictEqual(qs[0].cue?.text, 'called');
    });

    it('does not take the name of a show or a book for speech, even next to a cue', () => {
      const qs = quotesOf('“He has no chance,” Graham said on MSNBC’s “Morning Joe,” adding that the race was over.');
      assert.deepStrictEqual(qs.map((q) => q.content[0].text), ['He has no chance,']);
    });

    it('does not read markup attribute values as quotes', () => {
      const qs = quotesOf('<tweet id="67213861" author="@someone" datetime="2015-12-02">A long tweet text that goes on and on here.</tweet>');
      assert.deepStrictEqual(qs, []);
    });

    it('gives a quote with no reporting verb to the subject of the verb governing it', () => {
      const qs = quotesOf('Clinton decried the Republican Party for “turning its back” on workers.');
      assert.strictEqual(qs[0].source?.text, 'Clinton');
      assert.strictEqual(qs[0].cue?.text, 'decried');
    });

    it('takes a relative pronoun as the source and resolves it through the noun phrase before it', () => {
      const text = 'The bill was backed by Mike Lee, who declared in the spin room, “It is time to unite the party.”';
      const qs = quotesOf(text, people(text, [{ name: 'Mike Lee', forms: ['Mike Lee'] }]));
      assert.strictEqual(qs[0].source?.text, 'who');
      assert.strictEqual(qs[0].cue?.text, 'declared');
      assert.strictEqual(qs[0].speakerName, 'Mike Lee');
      assert.strictEqual(qs[0].speaker, 'person:mike-lee');
    });

    it('resolves a relative pronoun after a description set beside a name to the name, not to a place inside it', () => {
      const text = 'The plan was backed by Elizabeth Arnold, 32, a former staff member for the campaign in Philadelphia who declared, “It is time to unite.” '
        + 'It was opposed by the groups who said, “We are concerned.”';
      const qs = quotesOf(text, people(text, [{ name: 'Elizabeth Arnold', forms: ['Elizabeth Arnold'] }]));
      assert.deepStrictEqual(qs.map((q) => [q.source?.text, q.speakerName]), [['who', 'Elizabeth Arnold'], ['who', null]]);
    });

    it('skips a short phrase of time between a relative pronoun and its verb', () => {
      const text = 'Glenn Beck, who has in the past described Trump as “a narcissistic psychopath,” spoke in Indiana.';
      const qs = quotesOf(text, people(text, [{ name: 'Glenn Beck', forms: ['Glenn Beck'] }]));
      assert.strictEqual(qs[0].source?.text, 'who');
      assert.strictEqual(qs[0].speakerName, 'Glenn Beck');
      const aside = quotesOf('The campaign’s leadership, who, on a press call Friday, criticized Sanders for “misrepresenting what had occurred.”');
      assert.strictEqual(aside[0].source?.text, 'who');
    });

    it('gives a participle after its object to the subject of the clause', () => {
      const qs = quotesOf('On Saturday, Trump issued a statement saying the judge was “a remarkable person.”');
      assert.strictEqual(qs[0].cue?.text, 'saying');
      assert.strictEqual(qs[0].source?.text, 'Trump');
      const sign = quotesOf('A woman in the front row held a sign saying “No more wars.”');
      assert.strictEqual(sign[0].source?.text, 'a sign', 'a sign says what is written on it');
      const opening = quotesOf('Shortly after the call ended, Rubio’s campaign sent an email saying he owed “Florida an explanation.”');
      assert.strictEqual(opening[0].source?.text, 'Rubio’s campaign', 'not the opening phrase');
    });

    it('gives a quote standing alone to the person the sentence before opens with', () => {
      const text = 'Buddy Valastro praised the governor’s leadership after the storm.\n\n“We need someone who is going to bring people together.”';
      const qs = quotesOf(text, people(text, [{ name: 'Buddy Valastro', forms: ['Buddy Valastro'] }]));
      assert.strictEqual(qs[0].source?.text, 'Buddy Valastro');
      assert.strictEqual(qs[0].cue?.text, 'praised');
      assert.strictEqual(qs[0].speakerName, 'Buddy Valastro');
      const object = quotesOf('The storm hit the coast on Friday.\n\n“We need someone who is going to bring people together.”');
      assert.strictEqual(object[0].source, null, 'a sentence that opens with no person gives no source');
      const nearer = quotesOf('“We need a union,” Sanders said.\n\nClinton touted her record as a co-sponsor of the bill. “We need to support workers who want a union.”');
      assert.strictEqual(nearer[1].source?.text, 'Clinton', 'the sentence just before is nearer than the earlier quote');
    });

    it('carries a speaker on to the next quote of the paragraph after a connective alone ("But “…”", "Instead, “…”")', () => {
      const text = '“He’s supposed to be a cheerleader,” Trump said. Instead, “he just acts like a defeated man.” But “it helps.” For voters, “it is over.”';
      const qs = quotesOf(text, people(text, [{ name: 'Donald Trump', forms: ['Trump'] }]));
      assert.deepStrictEqual(qs.map((q) => q.speakerName), ['Donald Trump', 'Donald Trump', 'Donald Trump', null]);
    });

    it('reads an initial in a source after the cue, whatever letter it is: "said Jock A. Finlayson"', () => {
      const qs = quotesOf('“We were not very happy,” said Jock A. Finlayson, head of policy at the council. “No,” said I. M. Pei.');
      assert.deepStrictEqual(qs.map((q) => q.source?.text), ['Jock A. Finlayson', 'I. M. Pei']);
    });

    it('reads reporting verbs with a doubled consonant and chants', () => {
      const admitted = quotesOf('Clinton admitted “one or two instances” where the rules slipped.');
      assert.strictEqual(admitted[0].cue?.text, 'admitted');
      assert.strictEqual(admitted[0].source?.text, 'Clinton');
      const chant = quotesOf('His supporters were chanting “USA!” as he left.');
      assert.strictEqual(chant.length, 1, 'a two-word chant is speech');
      assert.strictEqual(chant[0].cue?.text, 'chanting');
    });

    it('gives a pronoun inside a reported clause the named source of the reporting verb around it', () => {
      const qs = quotesOf('Bolton said he would advise the candidate on the “strategic threats that exist out there.”');
      assert.strictEqual(qs[0].source?.text, 'Bolton');
      assert.strictEqual(qs[0].cue?.text, 'said');
      const other = quotesOf('Mook said Sanders was wrong and that he called it “a rigged system.”');
      assert.strictEqual(other[0].source?.text, 'he', 'someone else is named in between');
    });

    it('reads "as X put it" and "the email read"', () => {
      const put = quotesOf('As Ruth Marcus puts it, Obama is trying to make Republicans “an offer they can’t afford to refuse.”');
      assert.strictEqual(put[0].source?.text, 'Ruth Marcus');
      assert.strictEqual(put[0].cue?.text, 'puts');
      const read = quotesOf('“Friend, let me be blunt. I can beat Hillary Clinton,” the email read.');
      assert.strictEqual(read[0].source?.text, 'the email');
      assert.strictEqual(read[0].cue?.text, 'read');
      const notCue = quotesOf('They put it on the table and called it “a fair offer to everyone.”');
      assert.notStrictEqual(notCue[0].cue?.text, 'put', 'put it without "as" is no cue');
    });

    it('takes a description opening the sentence as its subject, not the capitalised determiner alone', () => {
      const qs = quotesOf('The retired neurosurgeon decried the plan as “a disaster for the country.”');
      assert.strictEqual(qs[0].source?.text, 'The retired neurosurgeon');
      assert.strictEqual(qs[0].cue?.text, 'decried');
    });

    it('reads a noun-like cue after "as" and its subject, and a bare cue after a modal and an adverb', () => {
      const as = quotesOf('It matters, as the Heritage Foundation website notes:\n\n“In the fall of 1960, some 90 young conservatives met.”');
      assert.strictEqual(as[0].source?.text, 'the Heritage Foundation website');
      assert.strictEqual(as[0].cue?.text, 'notes');
      const quip = quotesOf('Her spokesman could only quip, “I guess Christmas Eve was booked.”');
      assert.strictEqual(quip[0].cue?.text, 'quip');
      assert.strictEqual(quip[0].source?.text, 'Her spokesman');
    });

    it('takes the head of "a spokesman for X" as the source, not X', () => {
      const text = '“We will not comment on rumors,” a spokesman for Bernie Sanders said.';
      const qs = quotesOf(text, people(text, [{ name: 'Bernie Sanders', forms: ['Bernie Sanders'] }]));
      assert.strictEqual(qs[0].source?.text, 'a spokesman for Bernie Sanders');
      assert.strictEqual(qs[0].speakerName, null, 'the spokesman, whose name the text does not give');
    });

    it('gives a source the text leaves unnamed ("one longtime adviser") no speaker, even when someone holds that role', () => {
      const text = 'David Axelrod, a longtime adviser to the president, was there. “This is eerily similar,” said one longtime adviser.';
      const qs = quotesOf(text, people(text, [{ name: 'David Axelrod', forms: ['David Axelrod'], roles: ['longtime adviser'] }]));
      assert.strictEqual(qs[0].source?.text, 'one longtime adviser');
      assert.strictEqual(qs[0].speakerName, null);
    });

    it('gives a description with "a" or "an" no speaker: it brings in someone unnamed, not the person named before', () => {
      const text = [
        '“We will not back down,” said Keir Starmer on Tuesday.',
        '“We are disappointed,” a spokesman for the Confederation of British Industry said.',
        '“We’re going to win this,” a senior administration official said.',
        'An aide to the senator said he was “confident” the measure would fail.',
      ].join('\n');
      const byText = new Map(analyze(text).quotes.map((q) => [q.text, q]));
      assert.strictEqual(byText.get('“We will not back down,”')?.speakerName, 'Keir Starmer');
      for (const [quote, source] of [
        ['“We are disappointed,”', 'a spokesman for the Confederation of British Industry'],
        ['“We’re going to win this,”', 'a senior administration official'],
        ['“confident”', 'An aide to the senator'],
      ]) {
        assert.strictEqual(byText.get(quote)?.source?.text, source);
        assert.strictEqual(byText.get(quote)?.speakerName, null, `${source}: no one named`);
      }
    });

    it('still names the person a description with "a" ends with, follows or is the role of', () => {
      const text = [
        'Jeb Bush spoke last. “I will not quit,” a choked-up Jeb Bush said.',
        '“We expect to win,” a top strategist, John Weaver, told reporters.',
        '“It is a mess,” Cecelia Purner, 67, a retired customer service representative, said.',
      ].join('\n');
      const speakers = analyze(text).quotes.map((q) => q.speakerName);
      assert.deepStrictEqual(speakers, ['Jeb Bush', 'John Weaver', 'Cecelia Purner']);
    });

    it('gives a pronoun right after a described, unnamed speaker no speaker, rather than the person named before; not within that sentence', () => {
      const text = [
        '“There was carnage on the road,” Wassim Bouhlel said.',
        'A reporter for Agence France-Presse called it “absolute chaos.”',
        '“We saw people hit and debris flying around,” he said.',
        'Hillary Clinton, a top aide said, “is very confident,” and she has often told Barack Obama’s team that “I only lost one debate.”',
      ].join('\n\n');
      const speakers = analyze(text).quotes.map((q) => q.speakerName);
      assert.deepStrictEqual(speakers, ['Wassim Bouhlel', null, null, null, 'Hillary Clinton']);
      // A description that says the other gender is passed over.
      const other = analyze('“We won,” Mark Smith said.\n\nA spokeswoman for the firm called it “great news.”\n\n“We are thrilled,” he said.').quotes.map((q) => q.speakerName);
      assert.deepStrictEqual(other, ['Mark Smith', null, 'Mark Smith']);
    });

    it('gives "the spokeswoman" no speaker when no one in the text holds that role, rather than the woman named before', () => {
      const text = 'Rep. Alexandria Ocasio-Cortez tweeted: “This is unacceptable.”\n“No comment,” the spokeswoman said.';
      const quotes = analyze(text).quotes;
      assert.deepStrictEqual(quotes.map((q) => q.speakerName), ['Alexandria Ocasio-Cortez', null]);
    });

    it('reads a source after the cue with what its role is of: "said a spokesperson for Google", not "at the time"', () => {
      const qs = quotesOf('“No comment,” said a spokesperson for Google. “We lost,” said the mayor of the city. “Yes,” wrote the ambassador at the time.');
      assert.deepStrictEqual(qs.map((q) => q.source?.text), ['a spokesperson for Google', 'the mayor of the city', 'the ambassador']);
    });

    it('gives "Clinton’s campaign chairman" its holder, not Clinton: the person named next to it, else no one', () => {
      const text = [
        'Hillary Clinton and Donald Trump spoke.',
        '“We will win,” Clinton’s campaign chairman, John Podesta, said in a statement.',
        '“It was espionage,” said Clinton’s top foreign policy aide Jake Sullivan.',
        'Donald Trump’s campaign manager says he is “gratified” by the result.',
      ].join('\n');
      const quotes = analyze(text).quotes;
      assert.deepStrictEqual(quotes.map((q) => q.source?.text), ['Clinton’s campaign chairman', 'Clinton’s top foreign policy aide', 'Donald Trump’s campaign manager']);
      assert.deepStrictEqual(quotes.map((q) => q.speakerName), ['John Podesta', 'Jake Sullivan', null]);
    });

    it('reads "that was how one official put it" after a quote as its attribution, without "how" in the source', () => {
      const qs = analyze('Smith says the plan will fail. “It never does,” she says.\n\n“The money is gone” — that was how one official put it.\n\n“It is over” — that is how Jones put it.').quotes;
      assert.deepStrictEqual(qs.slice(1).map((q) => [q.source?.text, q.cue?.text, q.speakerName]), [['one official', 'put', null], ['Jones', 'put', 'Jones']]);
    });

    it('gives a description the person named right after it, set off by commas', () => {
      const text = 'Barack Obama spoke first. “It was an act of terror,” the White House spokesman, Josh Earnest, said on Thursday.';
      const [q] = analyze(text).quotes;
      assert.strictEqual(q.source?.text, 'the White House spokesman');
      assert.strictEqual(q.speakerName, 'Josh Earnest', 'not the person named before');
    });

    it('takes the agent of a passive cue as the source, and never the object of "told"', () => {
      const passive = quotesOf('Rubio was asked by moderator Gerard Baker whether the plan would risk “adding another entitlement.”');
      assert.strictEqual(passive[0].source?.text, 'moderator Gerard Baker');
      assert.strictEqual(passive[0].cue?.text, 'asked');
      const told = quotesOf('“North Korea is a paranoid, isolated nation,” the independent senator and candidate told ABC on Monday.');
      assert.notStrictEqual(told[0].source?.text, 'ABC', 'the addressee of "told" is no source');
      const warned = quotesOf('“We will not stand for it,” warned Senator Smith on Monday.');
      assert.strictEqual(warned[0].source?.text, 'Senator Smith', '"warned" is inverted like "said"');
    });

    it('gives a cue conjoined by "and" the pronoun subject of the verb before it', () => {
      const qs = quotesOf('When Robby Mook was asked about a press conference at a Journal lunch, he laughed and said, “We’ll see.”');
      assert.strictEqual(qs[0].source?.text, 'he');
      assert.strictEqual(qs[0].cue?.text, 'said');
    });

    it('keeps the cue of an opening clause that a quote closes', () => {
      const qs = quotesOf('When Maddow pointed out that Sanders calls it “a single-payer plan for all,” Clinton seized upon the reference.');
      assert.notStrictEqual(qs[0].source?.text, 'Clinton');
      const emails = quotesOf('State said more than 1,300 Clinton emails contained material that was merely “confidential,” a lower level.');
      assert.notStrictEqual(emails[0].cue?.text, 'emails', '"emails" is a noun');
    });

    it('reads inverted cues after an opener, pronoun subjects after "Then", and shares of those polled', () => {
      const but = quotesOf('But, said Solovey, “I don’t want to drum up conflict with him.”');
      assert.strictEqual(but[0].source?.text, 'Solovey');
      const then = quotesOf('Then he cut into Bush, calling him a “stiff” on the stage.');
      assert.strictEqual(then[0].source?.text, 'he');
      const share = quotesOf('Asked about the race, 14 percent said “not at all likely.”');
      assert.strictEqual(share[0].source?.text, '14 percent');
      const ratio = quotesOf('About four in 10 said they were “angry” with the government.');
      assert.strictEqual(ratio[0].source?.text, 'four in 10');
    });

    it('reads a retort ("shot back") and "beamed" as cues', () => {
      const back = quotesOf('Sanders shot back, “Secretary Clinton called them out. Oh my goodness.”');
      assert.strictEqual(back[0].source?.text, 'Sanders');
      assert.strictEqual(back[0].cue?.text, 'shot');
      const beamed = quotesOf('“This is fantastic!” beamed Donald Hartley of Madison.');
      assert.strictEqual(beamed[0].cue?.text, 'beamed');
      assert.strictEqual(beamed[0].source?.text, 'Donald Hartley of Madison');
      const shot = quotesOf('The officer was shot in the arm during what police called a “routine stop.”');
      assert.notStrictEqual(shot[0].cue?.text, 'shot');
    });

    it('reads a verb with its particle as a cue after a pronoun ("he pointed out", "she chimed in", "he went on"), not the verb alone', () => {
      for (const [text, cue] of [['“Voters reject them,” he pointed out.', 'pointed'], ['“Not now,” she chimed in.', 'chimed'], ['“And another thing,” he went on.', 'went'], ['“It is over,” she weighed in.', 'weighed']]) {
        const qs = quotesOf(text);
        assert.deepStrictEqual([qs[0].source?.text, qs[0].cue?.text], [text.includes('she') ? 'she' : 'he', cue], text);
      }
      const onTo = quotesOf('The email went on to say, “Today people just don’t show up.”');
      assert.deepStrictEqual([onTo[0].source?.text, onTo[0].cue?.text], ['The email', 'say']);
      // "went" without "on", or with a noun phrase after "on", is no speech.
      assert.strictEqual(quotesOf('“The rally was long,” he went home.')[0].cue, null);
      assert.strictEqual(quotesOf('“The rally was long,” he went on a trip.')[0].cue, null);
    });

    it('takes a description opened by a capitalised determiner as the source, not the determiner alone ("The email goes on to say:")', () => {
      const qs = quotesOf('The email goes on to say: “Trump wants to write racism into our law books.”');
      assert.deepStrictEqual([qs[0].source?.text, qs[0].cue?.text], ['The email', 'say']);
    });

    it('does not take a participle before the plural noun it describes for a cue ("hundreds of screaming supporters")', () => {
      const qs = quotesOf('“Let’s put this thing away,” he tells hundreds of screaming supporters at a party. “And let’s make America great again.”');
      assert.deepStrictEqual(qs.map((q) => [q.source?.text, q.cue?.text]), [['he', 'tells'], ['he', 'tells']]);
      // "of" and a participle before a pronoun or a quote stays a cue.
      assert.strictEqual(quotesOf('He was accused of calling rivals “losers.”')[0].cue?.text, 'accused');
    });

    it('does not take a noun for a reporting verb', () => {
      const qs = quotesOf('Clinton says the late-night tweets were “unhinged, even for him.”');
      assert.strictEqual(qs[0].cue?.text, 'says');
      assert.strictEqual(qs[0].source?.text, 'Clinton');
    });

    it('keeps a title-cased name the subject gave something, and not a show the subject appeared on', () => {
      const named = quotesOf('Trump called the 1996 pageant winner “Miss Piggy” and “Miss Housekeeping” in an interview.');
      assert.deepStrictEqual(named.map((q) => q.text), ['“Miss Piggy”', '“Miss Housekeeping”']);
      assert.ok(named.every((q) => q.source?.text === 'Trump' && q.cue?.text === 'called'));
      assert.deepStrictEqual(quotesOf('Trump said the economy was weak, appearing on “Fox News Sunday” later.').map((q) => q.text), []);
      assert.deepStrictEqual(quotesOf('Trump called it a disaster. He then watched “Morning Joe” on MSNBC.').map((q) => q.text), []);
    });

    it('reads "He’s claiming" as the pronoun and its verb, with the pronoun alone as the source', () => {
      const qs = quotesOf('He’s claiming that voting fraud is “a big, big problem in this country” but nobody talks about it.');
      assert.strictEqual(qs[0].cue?.text, 'claiming');
      assert.strictEqual(qs[0].source?.text, 'He');
      const possessive = quotesOf('The senator’s claiming of credit was “absurd,” critics said.');
      assert.notStrictEqual(possessive[0]?.cue?.text, 'claiming');
    });

    it('gives a participle after a relative clause the main clause’s subject, not the relative pronoun', () => {
      const qs = quotesOf('Trump was defensive about not paying an architect who said he was stiffed, saying, “Maybe he didn’t do a good job.”');
      assert.strictEqual(qs[0].cue?.text, 'saying');
      assert.strictEqual(qs[0].source?.text, 'Trump');
    });

    it('reads an inverted cue after a quote’s comma or an opening clause, when a comma sets its source off', () => {
      const split = quotesOf('“The risk,” said Edward Leamer, an economist at the university, “is that we attract workers and repel jobs.”');
      assert.ok(split.length >= 1);
      const second = quoteWith(split, 'attract workers');
      assert.strictEqual(second.source?.text, 'Edward Leamer');
      assert.strictEqual(second.cue?.text, 'said');
      const opening = quotesOf('Because of how the calendar was drawn, explained Rosenberg, “it is hard to see how she gets any airtime before the convention.”');
      assert.strictEqual(opening[0].source?.text, 'Rosenberg');
      assert.strictEqual(opening[0].cue?.text, 'explained');
      // After an apposition's closing comma, the words after the cue are its object, not an inverted source.
      const object = quotesOf('Ramil Carr, 31, a Philadelphia photographer, said the convention represented the “perfect opportunity” to speak.');
      assert.strictEqual(object[0].source?.text, 'Ramil Carr');
    });

    it('takes a bare reporting verb right after a quote’s comma for the verb of an inverted attribution', () => {
      const qs = quotesOf('“Our revolution has already forced her to change her mind,” read the email. “And with every vote, we grow stronger.”');
      assert.strictEqual(qs.length, 2);
      assert.strictEqual(qs[0].cue?.text, 'read');
      assert.strictEqual(qs[0].source?.text, 'the email');
      assert.strictEqual(qs[1].source?.text, 'the email');
      const plural = quotesOf('“The numbers simply do not add up for the campaign,” say the authors of the study.');
      assert.strictEqual(plural[0].cue?.text, 'say');
      assert.strictEqual(plural[0].source?.text, 'the authors');
    });

    it('keeps a short lower-case phrase quoted after a person in its sentence, as their word, with the subject as source', () => {
      const text = 'Campaign chair Paul Manafort dismissed the whole kerfuffle as “absurd.” Supporters seemed unperturbed.';
      const qs = quotesOf(text, people(text, [{ name: 'Paul Manafort', forms: ['Paul Manafort'] }]));
      assert.strictEqual(qs.length, 1);
      assert.strictEqual(qs[0].text, '“absurd.”');
      assert.strictEqual(qs[0].source?.text, 'Campaign chair Paul Manafort', 'the source as written, with its role');
      assert.strictEqual(qs[0].speakerName, 'Paul Manafort');
      const described = 'The policymakers in Asia have been startled by Trump’s “isolationist” foreign policy.';
      const startled = quotesOf(described, people(described, [{ name: 'Donald Trump', forms: ['Trump'] }]));
      assert.strictEqual(startled[0]?.source?.text, 'The policymakers');
      // No person named before it, or the writer's "so-called": scare quotes, left out.
      assert.deepStrictEqual(quotesOf('Yes, the “tough guy” image is back.').map((q) => q.text), []);
      const soCalled = 'Trump defended his so-called “plan” again.';
      assert.deepStrictEqual(quotesOf(soCalled, people(soCalled, [{ name: 'Donald Trump', forms: ['Trump'] }])).map((q) => q.text), []);
      // Title-cased names of works stay out.
      const show = 'Trump appeared on “Fox News Sunday” later.';
      assert.deepStrictEqual(quotesOf(show, people(show, [{ name: 'Donald Trump', forms: ['Trump'] }])).map((q) => q.text), []);
    });

    it('takes a description opening the clause after an opening phrase for the subject of a participle cue', () => {
      const qs = quotesOf('In three separate interviews, the justice sounded off on Trump, saying she did not “want to contemplate” that future.');
      assert.strictEqual(qs[0].cue?.text, 'saying');
      assert.strictEqual(qs[0].source?.text, 'the justice');
    });

    it('takes the name opening a chain of asides for the source, not a place inside them', () => {
      const town = quotesOf('Clinton, during a town hall meeting in Columbus, Ohio, said she was “going to put a lot of coal companies out of business.”');
      assert.strictEqual(town[0].source?.text, 'Clinton');
      assert.strictEqual(town[0].cue?.text, 'said');
      const aged = quotesOf('Cory James, 22, of Flint, Mich., said he still hoped for a convention “surprise” in July.');
      assert.strictEqual(aged[0].source?.text, 'Cory James');
    });

    it('gives a cue inside the clause an outer cue reports the outer attribution: X said (that) Y called it “…”', () => {
      const reported = quotesOf('Rep. Gregory Meeks said Clinton reassured them that Democrats “were not going to be like Trump.”');
      assert.strictEqual(reported[0].source?.text, 'Rep. Gregory Meeks');
      assert.strictEqual(reported[0].cue?.text, 'said');
      const told = quotesOf('Israel told reporters that Clinton called on members to be “closely coordinated.”');
      assert.strictEqual(told[0].source?.text, 'Israel');
      // A clause of its own, not what the earlier cue reports.
      const own = quotesOf('Mukasey criticized the ruling, and Clinton called it “a disgrace to the court.”');
      assert.strictEqual(own[0].source?.text, 'Clinton');
      assert.strictEqual(own[0].cue?.text, 'called');
    });

    it('takes a description opening the sentence for the subject of a participle cue, not a time phrase', () => {
      const aide = quotesOf('His chief aide doubled down on attacks on Clinton, saying she is experienced “on paper” but little else.');
      assert.strictEqual(aide[0].source?.text, 'His chief aide');
      assert.strictEqual(aide[0].cue?.text, 'saying');
      const but = quotesOf('But a campaign official later walked back the comments, saying that Clinton “did not have a video in mind.”');
      assert.strictEqual(but[0].source?.text, 'a campaign official');
      const later = quotesOf('A month later, he toured the border, calling the wall “a great thing for the country.”');
      assert.strictEqual(later[0].source?.text, 'he');
    });

    it('reads a participle right after a quote’s comma as continuing the sentence’s attribution', () => {
      const qs = quotesOf('In the email, Ash described the move as a “major breach of trust,” adding: “I am now informing all of our committee members.”');
      const second = quoteWith(qs, 'informing');
      assert.strictEqual(second.cue?.text, 'adding');
      assert.strictEqual(second.source?.text, 'Ash');
    });

    it('gives naming in a "what he called" clause to the main clause and its subject', () => {
      const condemned = quotesOf('Secretary General Ban Ki-moon condemned what he called a “brazen breach” of the resolutions.');
      assert.strictEqual(condemned[0].source?.text, 'Secretary General Ban Ki-moon');
      const says = quotesOf('Hillary Clinton says Americans are hungry for what she calls “real solutions.”');
      assert.strictEqual(says[0].source?.text, 'Hillary Clinton');
      assert.strictEqual(says[0].cue?.text, 'says');
      // Someone else's name for it stays theirs.
      const other = quotesOf('Nixon’s campaign relied on what aide Kevin Phillips called the “Southern strategy” that year.');
      assert.ok(other[0].source?.text.includes('Kevin Phillips'), other[0].source?.text);
      // "Maybe", "Perhaps" open a sentence without being a name.
      const maybe = quotesOf('Maybe he said four years ago that the plan was “a disaster for the country.”');
      assert.strictEqual(maybe[0].source?.text, 'he');
    });

    it('gives a headline quoting in single marks without a verb of saying to the person it opens with', () => {
      const text = 'Gingrich Takes Talk Of Being Trump’s Running Mate ‘Very Seriously.’\n\nThe former speaker spoke on Friday.';
      const qs = quotesOf(text, people(text, [{ name: 'Newt Gingrich', forms: ['Gingrich'] }, { name: 'Donald Trump', forms: ['Trump'] }]));
      assert.strictEqual(qs[0].text, '‘Very Seriously.’');
      assert.strictEqual(qs[0].source?.text, 'Gingrich');
      assert.strictEqual(qs[0].speakerName, 'Newt Gingrich');
      // Not opened by anyone named: kept, without a source.
      const plain = quotesOf('Christian Speaker Just Shared This ‘Prophetic Prayer’\n\nIt went viral.');
      assert.strictEqual(plain[0].text, '‘Prophetic Prayer’');
      assert.strictEqual(plain[0].source, null);
    });

    it('does not lend a pronoun opening a coordinate clause the attribution before it', () => {
      const qs = quotesOf('“Your success depends on you,” Stevens says, but she cautions that she sees “two different sides to it.”');
      const second = quoteWith(qs, 'two different sides');
      assert.strictEqual(second.source?.text, 'she');
      assert.strictEqual(second.cue?.text, 'cautions');
    });

    it('does not join quotes around a gap where a second clause brings its own speaker', () => {
      const qs = quotesOf('“Apparently there is a young man having some problems,” Cruz said as the heckler yelled: “You suck!”');
      assert.strictEqual(qs.length, 2);
      assert.strictEqual(qs[0].source?.text, 'Cruz');
      assert.strictEqual(qs[1].source?.text, 'the heckler');
      assert.strictEqual(qs[1].cue?.text, 'yelled');
      // One speaker's gap still joins the halves.
      assert.strictEqual(quotesOf('“We will win,” he said, “and soon.”').length, 1);
    });

    it('leaves out a headline followed by its byline, and the show someone told something', () => {
      const roundup = 'MOVING SHOP — "High-end art gallery opening across from the Whitney Museum," by DNAinfo\'s Danielle Tcholakian: A gallery will open.';
      assert.deepStrictEqual(quotesOf(roundup).map((q) => q.text), []);
      // Attributed words that a "by" follows stay.
      const attributed = quotesOf('Salceda said the "ugliness of utterances, largely unprompted and undeserved," by Trump stood in contrast.');
      assert.strictEqual(attributed.length, 1);
      assert.strictEqual(attributed[0].source?.text, 'Salceda');
      const told = quotesOf('“He is a former president,” Fiorina told “Fox and Friends,” reminding the hosts of it.');
      assert.deepStrictEqual(told.map((q) => q.text), ['“He is a former president,”']);
      assert.strictEqual(told[0].source?.text, 'Fiorina');
    });

    it('reads the subject past a dateline, a place list in an opening phrase and an opening preposition', () => {
      const dated = quotesOf('Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Trump’s stance, saying that “bombastic comments” do harm.');
      assert.strictEqual(dated[0].source?.text, 'Democrat Hillary Clinton');
      const salem = quotesOf('Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”');
      assert.strictEqual(salem[0].source?.text, 'Trump');
      // Past a phrase of time set off by commas, also after a state's abbreviation.
      const ames = quotesOf('At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to explain, saying that the country should “lead.”');
      assert.strictEqual(ames[0].source?.text, 'Mrs. Clinton');
      const portsmouth = quotesOf('At a rally in Portsmouth, N.H., on Tuesday, Bernie Sanders endorsed Mrs. Clinton, saying that she would “make an outstanding president.”');
      assert.strictEqual(portsmouth[0].source?.text, 'Bernie Sanders');
      // After an opening conjunction, as if the sentence began after it.
      const but = quotesOf('But Sen. Pat Toomey (R-Pa.) refused to campaign alongside Cruz, responding that he is “not going to go into” it.');
      assert.strictEqual(but[0].source?.text, 'Sen. Pat Toomey');
      const butAfter = quotesOf('But after the debate, Trump went on, saying “we won.”');
      assert.strictEqual(butAfter[0].source?.text, 'Trump');
      const amid = quotesOf('Amid what the New York Times called a “delegate revolt” the campaign stayed calm.');
      assert.notStrictEqual(amid[0]?.source?.text, 'Amid');
      // An apposition after the name keeps the name.
      const call = 'In the call, Wisconsin Rep. Reid Ribble, who was elected in 2010, casts Trump as a liberal who would “unravel” their policies.';
      const ribble = quotesOf(call, people(call, [{ name: 'Reid Ribble', forms: ['Reid Ribble'] }, { name: 'Donald Trump', forms: ['Trump'] }]));
      assert.ok(ribble[0]?.source?.text.includes('Reid Ribble'), ribble[0]?.source?.text);
    });

    it('gives a participle cue after the quote the sentence’s subject, and reads a number inside a description', () => {
      const later = quotesOf('The Trayvon Martin Foundation did not want to address “that person,” telling Fox 35 it is focused on “ending violence.”');
      assert.deepStrictEqual(sourceAndCue(later), [['The Trayvon Martin Foundation', 'telling'], ['The Trayvon Martin Foundation', 'telling']]);
      const counted = quotesOf('The two lawmakers argue that the law is clear, citing “an instance” in which a Marine was found guilty.');
      assert.strictEqual(counted[0].source?.text, 'The two lawmakers');
      const after = quotesOf('“We will fight,” the two senators said.');
      assert.strictEqual(after[0].source?.text, 'the two senators');
    });

    it('ends a description at an irregular past ("The Florida senator sought to …") and keeps an ordinal in it ("The first incident")', () => {
      const sought = quotesOf('The Florida senator sought to calm his supporters, saying a heckler would “not get beat up” at a rally.');
      assert.strictEqual(sought[0].source?.text, 'The Florida senator');
      const began = quotesOf('The billionaire businessman began by talking about trade, calling it “a disaster.”');
      assert.strictEqual(began[0].source?.text, 'The billionaire businessman');
      const last = quotesOf('“We will win,” the last speaker said.');
      assert.strictEqual(last[0].source?.text, 'the last speaker');
    });

    it('gives a quote alone in its paragraph the subject of the paragraph before, past a phrase set off by commas after the name', () => {
      const text = 'Clinton, clearly frustrated, responded by pointing a finger at the woman, saying the campaign was conflating donations.\n\n' +
        '“I do not have money from fossil fuel companies. I am so sick of it.”';
      assert.strictEqual(quotesOf(text)[0].source?.text, 'Clinton');
      // Not an opening adverb set off the same way.
      const rather = 'Rather, as the polls showed, voters stayed home.\n\n“It was a quiet day.”';
      assert.notStrictEqual(quotesOf(rather)[0]?.source?.text, 'Rather');
    });

    it('reads a noun in -ly as a noun, an opening past participle with its agent as an opening phrase, and "so called" as no cue', () => {
      assert.strictEqual(quotesOf('The rally denounced the call for “a total and complete shutdown.”')[0].source?.text, 'The rally');
      assert.strictEqual(quotesOf('“We are heartbroken,” the family said.')[0].source?.text, 'the family');
      // Also as a role word before a name.
      assert.strictEqual(quotesOf('“David is a longtime friend of mine,” said Clinton ally James Carville.')[0].source?.text, 'Clinton ally James Carville');
      const joined = quotesOf('Joined by Sen. Elizabeth Warren, Clinton attacked Trump, saying he “roots for” a collapse.');
      assert.strictEqual(joined[0].source?.text, 'Clinton');
      // A label written "so called" is nobody's words: no quote with "The" as its source.
      const label = quotesOf('The so called “Implementation Initiative” was put to a vote.');
      assert.ok(label.every((q) => q.source?.text !== 'The' && q.cue?.text !== 'called'), JSON.stringify(sourceAndCue(label)));
    });

    it('does not read "continue to" as a reporting verb', () => {
      const qs = quotesOf('Cruz said he is certain Rubio will continue to be “a champion for limitless opportunity in America.”');
      assert.strictEqual(qs[0].cue?.text, 'said');
      assert.strictEqual(qs[0].source?.text, 'Cruz');
    });

    it('takes a determiner standing alone after an inverted cue for the source: “…,” tweeted another', () => {
      const qs = quotesOf('“Better watch out for illegal conduct by the state officials,” tweeted another.');
      assert.strictEqual(qs[0].cue?.text, 'tweeted');
      assert.strictEqual(qs[0].source?.text, 'another');
      const described = quotesOf('“We will not give up on this fight at all,” said another supporter.');
      assert.strictEqual(described[0].source?.text, 'another supporter');
    });

    it('keeps a capitalised name given after "as", with its attribution, but not "as" opening a clause or "as “X” wrote"', () => {
      const refers = quotesOf('Christie refers to the candidate, his longtime friend, as “Mr. Trump,” while Trump refers to the governor as “Chris.”');
      assert.deepStrictEqual(refers.map((q) => [q.text, q.source?.text, q.cue?.text]), [['“Mr. Trump,”', 'Christie', 'refers'], ['“Chris.”', 'Trump', 'refers']]);
      // The speaker is the person the source names.
      const named = 'Gov. Chris Christie spoke on Sunday. Christie refers to the candidate as “Mr. Trump,” these days.';
      const christie = quotesOf(named, people(named, [{ name: 'Chris Christie', forms: ['Chris Christie', 'Christie'] }]));
      assert.deepStrictEqual(christie.map((q) => [q.text, q.speakerName, q.speaker]), [['“Mr. Trump,”', 'Chris Christie', 'person:chris-christie']]);
      const known = quotesOf('The bill, known as the “Justice Against Sponsors of Terrorism Act” was passed by Congress.');
      assert.deepStrictEqual(known.map((q) => q.text), ['“Justice Against Sponsors of Terrorism Act”']);
      // With no cue, the sentence's subject is the source.
      const lists = quotesOf('Yildirim’s page lists him as "Executive Director." The phone is off.');
      assert.strictEqual(lists[0]?.source?.text, 'Yildirim’s page');
      assert.deepStrictEqual(quotesOf('As the “Never Trump” movement continues to battle, Graham has come out for Cruz.').map((q) => q.text), []);
      assert.deepStrictEqual(quotesOf('Why do it, because as “The Wall Street Journal” wrote, it shows their concern?').map((q) => q.text), []);
      // Lower-case words after "as" stay scare quotes when nobody is named.
      assert.deepStrictEqual(quotesOf('The pro-Rubio narrative will be that, as the “establishment” candidate, he is well placed.').map((q) => q.text), []);
    });

    it('keeps the words a noun of speech introduces, with the sentence’s subject as source when nothing else gives one', () => {
      // "a thunderous chant": an adjective in -ous before a bare reporting verb is no plural subject, and the noun no cue.
      const chant = quotesOf('A mix of Sanders supporters and activists joined in a thunderous chant of "Feel the Bern!" Their voices drowned out traffic.');
      const ted = 'Ted Cruz won Texas. At the rally, Cruz led chants of “Ted! Ted! Ted!” from the stage.';
      const chants = quotesOf(ted, people(ted, [{ name: 'Ted Cruz', forms: ['Ted Cruz', 'Cruz'] }]));
      assert.deepStrictEqual(chants.map((q) => [q.text, q.speakerName]), [['“Ted! Ted! Ted!”', 'Ted Cruz']]);
      assert.deepStrictEqual(chant.map((q) => [q.text, q.source?.text, q.cue?.text ?? null]), [['"Feel the Bern!"', 'A mix', null]]);
      const slogan = quotesOf('Richard Nixon ran on the slogan "Experience Counts" in 1960.');
      assert.deepStrictEqual(slogan.map((q) => [q.text, q.source?.text]), [['"Experience Counts"', 'Richard Nixon']]);
      // Without such a noun a title stays out.
      assert.deepStrictEqual(quotesOf('Richard Nixon ran on “The Tonight Show” in 1960.').map((q) => q.text), []);
    });

    it('keeps a title-cased quote in the clause of the cue before it, but not the name of a work there', () => {
      const learned = quotesOf('Republicans quickly acknowledged that the “Solid South” no longer gave them a lock on the map.');
      assert.deepStrictEqual(learned.map((q) => [q.text, q.source?.text, q.cue?.text]), [['“Solid South”', 'Republicans', 'acknowledged']]);
      const rails = quotesOf('He rails against its "Great Wall of Protectionism" and pledges to stand firm.');
      assert.deepStrictEqual(rails.map((q) => [q.text, q.source?.text]), [['"Great Wall of Protectionism"', 'He']]);
      // A comma between cue and quote, a work's preposition or noun, or the source of "according to": titles stay out.
      assert.deepStrictEqual(quotesOf('“Being a dad is my job,” Weiner said in May on the podcast “Here’s the Thing.”').map((q) => q.text), ['“Being a dad is my job,”']);
      assert.deepStrictEqual(quotesOf('Hooton said she came to the barn event, a “No-B.S.” barbecue.').map((q) => q.text), []);
      assert.deepStrictEqual(quotesOf('Supporters gathered at the “Still Sanders” rally in Hollywood.').map((q) => q.text), []);
      assert.deepStrictEqual(quotesOf('The plan would cost $1.38 trillion a year, according to the "Medicare for all" document he released.').map((q) => q.text), []);
    });

    it('gives a quote listed with the one before it that quote’s fate and attribution', () => {
      const listed = quotesOf('At the debate, Clinton cited his references to Machado as “Miss Piggy” and “Miss Housekeeping” as examples.');
      assert.deepStrictEqual(listed.map((q) => [q.text, q.source?.text, q.cue?.text]), [['“Miss Piggy”', 'Clinton', 'cited'], ['“Miss Housekeeping”', 'Clinton', 'cited']]);
      // Listed after the name of a show: a show too.
      assert.deepStrictEqual(quotesOf('Sanders is scheduled to appear on “The View” and “The Late Show With Stephen Colbert,” among others.').map((q) => q.text), []);
    });

    it('does not read a noun after a preposition and a capitalised word as a reporting verb: “32% of Republican claims”', () => {
      const rated = quotesOf('PolitiFact rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of Democratic ones.');
      assert.deepStrictEqual(rated.map((q) => [q.text, q.source?.text, q.cue?.text]), [['“false”', 'PolitiFact', 'rated'], ['“pants on fire,”', 'PolitiFact', 'rated']]);
      // A name before the -s form stays its subject.
      assert.strictEqual(quotesOf('Sanders claims the system is “rigged” against him.')[0]?.cue?.text, 'claims');
    });

    it('gives a quote the verb that governs it before a later cue that "and" joins to that verb', () => {
      const used = quotesOf('Trump has used the phrase “Islamic terrorism” often in his campaign, and criticized Obama for not doing so.');
      assert.deepStrictEqual(sourceAndCue(used), [['Trump', 'used']]);
      const blamed = quotesOf('She blamed the violence on a "disturbed person," not on his religion, and said it was unnerving.');
      assert.deepStrictEqual(sourceAndCue(blamed), [['She', 'blamed']]);
      // Without such a verb the later cue stays: “…” is what Trump told reporters.
      assert.strictEqual(quotesOf('“Get them out” is what Trump told reporters.')[0]?.cue?.text, 'told');
    });

    it('reads a name and its cue across several asides set off by commas after a quote', () => {
      const qs = quotesOf('“The plans are steps in the right direction,” Anne Richards, assistant secretary of state for population, refugees, and migration, said on the call.');
      assert.deepStrictEqual(sourceAndCue(qs), [['Anne Richards', 'said']]);
      // One aside, as before.
      const one = quotesOf('“It is a disgrace,” Scott Pruitt, the attorney general of Oklahoma, said.');
      assert.deepStrictEqual(sourceAndCue(one), [['Scott Pruitt', 'said']]);
    });

    it('gives a quote in the "that" clause of a possessed noun of saying to its holder: “Trump’s claim that …”', () => {
      const claim = quotesOf('Pence blamed the media for making an issue out of Donald Trump’s claim that Obama “founded ISIS,” saying they nitpicked.');
      assert.deepStrictEqual(sourceAndCue(claim), [['Donald Trump’s', 'claim']]);
      const text = 'Madeleine Albright, a Clinton supporter, fanned controversy over her remark that “there’s a special place in hell for women who don’t help each other.”';
      const remark = quotesOf(text, people(text, [{ name: 'Madeleine Albright', forms: ['Madeleine Albright', 'Albright'] }]));
      assert.deepStrictEqual(remark.map((q) => [q.source?.text, q.cue?.text, q.speakerName]), [['her', 'remark', 'Madeleine Albright']]);
      const answer = quotesOf('The Florida senator’s answer was that “the most important institution in society is the family.”');
      assert.deepStrictEqual(sourceAndCue(answer), [['The Florida senator’s', 'answer']]);
      // A reporting verb earlier in the sentence keeps the quote, and a noun that is the subject of a clause of its own is no cue.
      const said = quotesOf('Spokeswoman Catherine Frazier said Thursday that Rubio’s claim that Cruz favors amnesty is “simply not true.”');
      assert.deepStrictEqual(sourceAndCue(said), [['Spokeswoman Catherine Frazier', 'said']]);
      const comments = quotesOf('Clark later said his comments were mischaracterized and that he was “for separating people who made dangerous decisions.”');
      assert.deepStrictEqual(sourceAndCue(comments), [['Clark', 'said']]);
    });

    it('gives a headline’s single-quoted words to the speaker it opens with before a colon, whatever verbs follow', () => {
      const worried = quotesOf('Pat Caddell: Democrat Voters Worried About Hillary Clinton’s Health Issues; It’s ‘in Their Heads.’\n\nCaddell spoke on Fox.');
      assert.deepStrictEqual(worried.map((q) => [q.text, q.source?.text, q.cue?.text]), [['‘in Their Heads.’', 'Pat Caddell', ':']]);
      const on = quotesOf('CNN President On Trump: ‘We Do Not Pay Candidates To Appear At Debates.’\n\nJeff Zucker spoke on Monday.');
      assert.deepStrictEqual(sourceAndCue(on), [['CNN President', ':']]);
      // A label is no speaker: "The Latest:" leaves the headline's verb.
      const latest = quotesOf('The Latest: Sanders Declares ‘Revolution,’ Ignores Losses.\n\nWASHINGTON (AP) — The Latest on campaign 2016.');
      assert.deepStrictEqual(sourceAndCue(latest), [['Sanders', 'Declares']]);
    });

    it('passes over a phrase of place or a participle and its object between a subject and its cue', () => {
      const speaking = quotesOf('Another intelligence source speaking to Fox News said, “The agents are investigating the donations.”');
      assert.deepStrictEqual(sourceAndCue(speaking), [['Another intelligence source', 'said']]);
      const marching = quotesOf('Protesters marching through the streets chanted "What curfew?" and kept going.');
      assert.deepStrictEqual(sourceAndCue(marching), [['Protesters', 'chanted']]);
      const room = quotesOf('"Will he be the next attorney general?" a Democratic staffer in the room wondered.');
      assert.deepStrictEqual(sourceAndCue(room), [['a Democratic staffer', 'wondered']]);
      // A description right after a preposition of time or place is no subject: the sentence's is.
      const later = quotesOf('The employee did not recall the deletions, but in a later interview said he had an "Oh, no" moment back then.');
      assert.deepStrictEqual(later.map((q) => q.source?.text), ['The employee']);
      // Not through "to" without a participle: "a website linked to a group called …" is no speaker.
      const linked = quotesOf('One message read “anybodybuttrump.us,” a website linked to a group called the “We The People Foundation.”');
      assert.deepStrictEqual(sourceAndCue(linked)[0], ['One message', 'read']);
    });

    it('reads a role linked by "of" before an inverted source’s name: said former secretary of state Hillary Clinton', () => {
      const role = quotesOf('"The first line of defense is within the community," said former secretary of state Hillary Clinton, who praised Bush.');
      assert.deepStrictEqual(sourceAndCue(role), [['former secretary of state Hillary Clinton', 'said']]);
      const master = quotesOf('"Thanks, Clarkston, for welcoming these refugees," said master of ceremonies Asab Al-Tabchi, a Syrian engineer.');
      assert.deepStrictEqual(master.map((q) => q.source?.text), ['master of ceremonies Asab Al-Tabchi']);
    });

    it('leaves out single-quoted words below the first paragraph that nothing attributes, and keeps the headline’s', () => {
      const text = 'Trump Calls Rival ‘A Disgrace’\n\nThe speech ran long.\n\nWEDNESDAY’S ‘OUTLIERS’ - Links to the best of news.\n\n– ‘Who cares?’ –.\n\nAnd how ‘bout this new headline from the Post.';
      assert.deepStrictEqual(quotesOf(text).map((q) => q.text), ['‘A Disgrace’']);
      // Attributed ones stay: “… ‘…’ …” is nested, and a cue gives single-quoted words their speaker.
      const said = quotesOf('Headline here\n\nShe said, ‘We will win this state and the next one.’');
      assert.deepStrictEqual(sourceAndCue(said), [['She', 'said']]);
    });

    it('leaves out a work cited with its year, and the title of a piece set off after the noun naming it', () => {
      const posters = quotesOf('The party’s posters stoked fears.\n\n“Lose safety? Lose work? No to Schengen” (2005) — “Free pass for all? No.” (2007).');
      assert.deepStrictEqual(posters.map((q) => q.text), []);
      const column = quotesOf('In Sen. Jeff Sessions’ column on Aug. 10, "The piling on must stop," the Republican seems to be doing just that.');
      assert.deepStrictEqual(column.map((q) => q.text), []);
      const commentary = quotesOf('Ouisa Davis’ commentary, "Melania, tell your immigrant story," is very thoughtful.');
      assert.deepStrictEqual(commentary.map((q) => q.text), []);
      // Attributed words stay: “…,” she said in a 2015 interview (2015 is no bracketed year after the quote).
      assert.strictEqual(quotesOf('“We will win this state and the next one,” she wrote in her column, “and then the country.”').length, 1);
    });

    it('gives a quote after a sentence ending on "X said, adding …" the earlier cue, not the participle’s object', () => {
      const qs = quotesOf('“It could be very rough out there,” Trump said, adding a plug for himself as president. “And who can fix things better than me?”');
      assert.deepStrictEqual(sourceAndCue(qs), [['Trump', 'said'], ['Trump', 'said']]);
    });

    it('gives a participle opened by "with" the words between as its subject: with many marchers chanting “…”', () => {
      const chanting = quotesOf('Orlando was on their minds, with many marchers and spectators chanting "We are Orlando" and "Disarm hate."');
      assert.deepStrictEqual(sourceAndCue(chanting), [['many marchers and spectators', 'chanting'], ['many marchers and spectators', 'chanting']]);
      const asking = quotesOf('Republicans chimed in, with Donald Trump tweeting that it was a "disaster" for Clinton and asking, "How can someone with such bad judgement be our next president?"');
      assert.deepStrictEqual(asking.map((q) => q.source?.text).slice(-1), ['Donald Trump']);
      // Not across a comma: "spoke with reporters, saying" has the sentence's subject.
      const spoke = quotesOf('Trump spoke with reporters, saying “We are going to win this state big.”');
      assert.deepStrictEqual(sourceAndCue(spoke), [['Trump', 'saying']]);
    });

    it('reads the verb governing a quote after an apposition set off by commas, and irregular past forms', () => {
      const ripped = quotesOf('Corey Lewandowski, Donald Trump’s fired campaign manager, ripped FBI Director James Comey for acting as “the judge and the jury” in the probe.');
      assert.deepStrictEqual(sourceAndCue(ripped), [['Corey Lewandowski', 'ripped']]);
      const gone = quotesOf('In recent weeks, Reid has gone after Trump as a “human leech who will bleed the country” on the floor.');
      assert.deepStrictEqual(sourceAndCue(gone), [['Reid', 'gone']]);
      // Not a verb of getting or moving: the writer's term stays out.
      assert.deepStrictEqual(quotesOf('Mainstream Republicans got behind an overhaul, as the “autopsy” recommended.').map((q) => q.text), []);
    });

    it('takes a title with a longer preposition in lower case for a title: “The Lead with Jake Tapper”', () => {
      assert.deepStrictEqual(quotesOf('In an interview with CNN’s “The Lead with Jake Tapper,” on June 3, Trump continued his attacks.').map((q) => q.text), []);
      assert.deepStrictEqual(quotesOf('He is now host of “The Nightly Show from Washington.” The dinner raised money.').map((q) => q.text), []);
      assert.deepStrictEqual(quotesOf('Gingrich campaigned on his 1994 “Contract with America” for years.').map((q) => q.text), []);
      // The show someone gave an interview to.
      assert.deepStrictEqual(quotesOf('“We will back Putin,” Clinton said in an interview with “Fox News Sunday.” She went on.').map((q) => q.text), ['“We will back Putin,”']);
      assert.deepStrictEqual(quotesOf('In an interview with "Fox and Friends," Donald Trump pointed to China as the enforcer.').map((q) => q.text), []);
      // A title ends on a capitalised word: a short sentence with "with" stays speech.
      const slogan = quotesOf('Clinton’s campaign slogan is “I’m with her.” But now she wants voters to know that she’s with them.');
      assert.deepStrictEqual(slogan.map((q) => q.text), ['“I’m with her.”']);
    });

    it('reads a bare reporting verb after a plural opening the sentence: Aides say, Politicos call', () => {
      const aides = quotesOf('Aides say the former governor plans to "actively support" Cruz.');
      assert.deepStrictEqual(aides.map((q) => [q.text, q.source?.text, q.cue?.text]), [['"actively support"', 'Aides', 'say']]);
      const politicos = quotesOf('Politicos call this the “expectations game” and play it well.');
      assert.deepStrictEqual(sourceAndCue(politicos), [['Politicos', 'call']]);
    });
  });
});

describe('quotes: double marks nested in double marks', () => {
  it('reads “… “hell” …” as one quote with a nested phrase, and its attribution', () => {
    const text = 'Voters spoke after the debate.\n\n“As a young woman, I’d rather live in what he calls “hell” than live in a world where he is president.” ― Adriana Rodarte\n\n' +
      'Jack noted that “many of those elected from the “list” are undecided” and that, “We’re confident.”';
    const a = analyze(text);
    assertAllSpans(a);
    assert.deepStrictEqual(a.quotes.map((q) => [q.text.slice(0, 12), q.text.slice(-10), q.speakerName]), [
      ['“As a young ', 'resident.”', 'Adriana Rodarte'],
      ['“many of tho', 'undecided”', 'Jack'],
      ['“We’re confi', 'onfident.”', 'Jack'],
    ]);
  });

  it('still reads an opening mark left unclosed before the next quote as two quotes', () => {
    const qs = quotesOf('She was angry. “It was over. “Next,” he said. “We go on.”');
    assert.deepStrictEqual(qs.map((q) => q.text), ['“It was over.', '“Next,”', '“We go on.”']);
  });
});

describe('quotes: straight single marks', () => {
  const texts = (qs: Quote[]): string[] => qs.map((q) => q.text);

  it("reads two straight single marks ('') as a double mark, with a nested quote and ''' closing both", () => {
    // As the New York Times articles' copy types them (most of PolNeAR's NYT articles).
    const text = "Mr. Hoenlein met Mr. Obama. ''I said, 'There shouldn't be daylight,''' he recalled. ''He said, 'No progress.'.''\n\n''I hate the term 'Manhattan poor,' '' Ms. Ferriss said.";
    const a = analyze(text);
    assertAllSpans(a);
    assert.deepStrictEqual(texts(a.quotes), ["''I said, 'There shouldn't be daylight,'''", "''He said, 'No progress.'.''", "''I hate the term 'Manhattan poor,' ''"]);
    assert.deepStrictEqual(a.quotes.map((q) => [q.content[0].text, q.cue?.text]), [
      ["I said, 'There shouldn't be daylight,'", 'recalled'], ["He said, 'No progress.'.", 'recalled'], ["I hate the term 'Manhattan poor,' ", 'said'],
    ]);
    assert.strictEqual(a.quotes[2].source?.text, 'Ms. Ferriss');
  });

  it("goes on over paragraphs that reopen with ''", () => {
    const qs = quotesOf("''The first part goes on,\n\n''and ends here,'' said Jane Doe.");
    assert.deepStrictEqual(qs.map((q) => q.content.map((c) => c.text)), [['The first part goes on,', 'and ends here,']]);
  });

  it('reads British quotes in straight single marks, and their attribution', () => {
    const a = analyze("Prime Minister Boris Johnson said: 'We will get Brexit done.' He added: 'It's time.'\n\n'We will deliver,' he said.");
    assert.deepStrictEqual(a.quotes.map((q) => [q.text, q.speakerName]), [
      ["'We will get Brexit done.'", 'Boris Johnson'], ["'It's time.'", 'Boris Johnson'], ["'We will deliver,'", 'Boris Johnson'],
    ]);
  });

  it("reads a short phrase in straight single marks that opens with \"a\" as a quote, not as an elision", () => {
    const a = analyze("Unions met on Monday.\n\nThe union's leader, Sharon Graham, called it 'a betrayal of workers'.");
    assert.deepStrictEqual(a.quotes.map((q) => [q.text, q.speakerName, q.cue?.text]), [["'a betrayal of workers'", 'Sharon Graham', 'called']]);
  });

  it("closes a straight single quote at a mark read as a possessive when nothing else closes it", () => {
    assert.deepStrictEqual(texts(quotesOf("Jane Doe said the players' union was 'furious' about it.")), ["'furious'"]);
    assert.deepStrictEqual(texts(quotesOf("'We beat the players' union,' Jane Doe said.")), ["'We beat the players' union,'"]);
  });

  it("takes no apostrophe for a mark: elisions, possessives, a name with 't, and a double quote after one", () => {
    const text = "'We love rock 'n' roll,' said Jane Doe. Back in the '90s the players' union said no. Sophie in 't Veld spoke. \"It's a risk everywhere,\" said John Roe.";
    assert.deepStrictEqual(texts(quotesOf(text)), ["'We love rock 'n' roll,'", "\"It's a risk everywhere,\""]);
  });
});

describe('quotes: text full of quotation marks', () => {
  const ITEMS = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split(' ');

  it('reads a quote\'s attribution among at most eight quotes on either side, so the quotes nearest it keep it', () => {
    // Twelve quotes, then their attribution: the frames of the last nine reach it without reading the quotes beyond
    // their eight neighbours as words (which had left the three nearest the cue unattributed).
    const text = `${ITEMS.map((w) => `“${w} is here today,”`).join(' ')} Jane Doe said.`;
    const a = analyze(text);
    assertAllSpans(a);
    assert.strictEqual(a.quotes.length, 12);
    assert.deepStrictEqual(sourceAndCue(a.quotes.slice(3)), ITEMS.slice(3).map(() => ['Jane Doe', 'said']));
  });

  it('keeps a list of quotes after one attribution whole however long it is', () => {
    const text = `Senator Jane Doe said the words were ${ITEMS.map((w) => `“${w} now”`).join(', ')}.`;
    const a = analyze(text);
    assert.deepStrictEqual(a.quotes.map((q) => q.speakerName), ITEMS.map(() => 'Jane Doe'));
  });

  it('finds valid spans in runs of stray and unbalanced marks, data and one-line JSON', () => {
    const texts = ['“a '.repeat(6000), '"a '.repeat(6000), '“a” “b ‘c’ '.repeat(2000), 'Trump said “we '.repeat(1500),
      '{"name": "Volodymyr Zelensky", "said": "We will win"}, '.repeat(400)];
    for (const text of texts) {
      const a = analyze(text);
      assertAllSpans(a);
      for (const q of a.quotes) assert.ok(q.end - q.start >= 2, JSON.stringify(q.text));
    }
    // The unclosed marks open no quote; the JSON's values are quotes.
    assert.strictEqual(analyze(texts[0]).quotes.length, 0);
    assert.ok(analyze(texts[4]).quotes.length >= 400);
  });
});

describe('quotes: words of an attribution window', () => {
  const lowers = (text: string, from = 0, to = text.length, quotes: { start: number; end: number }[] = []): string[] =>
    wordsOf(text, from, to, quotes, []).map((w) => (w.kind === 'quote' ? '<q>' : w.lower));

  it('joins letter runs by . \' ’ - & and keeps the full stop of an abbreviation or initial', () => {
    const words = wordsOf('Sen. O’Neil-Smith and U.S. officials, J. Doe.', 0, 45, [], []);
    assert.deepStrictEqual(words.map((w) => w.text), ['Sen.', 'O’Neil-Smith', 'and', 'U.S', '.', 'officials', ',', 'J.', 'Doe', '.']);
    assert.deepStrictEqual(words.map((w) => w.lower), ['sen', 'o’neil-smith', 'and', 'u.s', '.', 'officials', ',', 'j', 'doe', '.']);
  });

  it('drops a possessive ending from `lower` but not from the text, and skips a lone ’ before s', () => {
    const words = wordsOf('Saturday’s vote, the Joneses ’s', 0, 31, [], []);
    assert.deepStrictEqual(words.map((w) => [w.text, w.lower, w.kind]), [
      ['Saturday’s', 'saturday', 'word'], ['vote', 'vote', 'word'], [',', ',', 'punct'], ['the', 'the', 'word'],
      ['Joneses', 'joneses', 'word'], ['s', 's', 'word'],
    ]);
  });

  it('reads letters beyond ASCII and beyond the BMP as words, other symbols as one token each', () => {
    const text = 'Él dijo 𝐀𝐁c 😀 Ⓐ';
    const words = wordsOf(text, 0, text.length, [], []);
    assert.deepStrictEqual(words.map((w) => [w.text, w.lower, w.kind]), [
      ['Él', 'él', 'word'], ['dijo', 'dijo', 'word'], ['𝐀𝐁c', '𝐀𝐁c'.toLowerCase(), 'word'], ['😀', '😀', 'punct'], ['Ⓐ', 'ⓐ', 'punct'],
    ]);
    for (const w of words) assert.strictEqual(w.text, text.slice(w.start, w.end));
  });

  it('reuses the objects of released words and reads the same words with them', () => {
    const text = '“Fine,” Sen. Warren said, “thanks.” The senator’s aide added: “No.”';
    const fresh = wordsOf(text, 0, text.length, [{ start: 0, end: 7 }], []).map((w) => ({ ...w }));
    const spare: Word[] = [];
    const first = wordsOf('Another window, other words and marks here.', 0, 43, [], spare);
    const objects = new Set(first);
    releaseWords(first, spare);
    assert.strictEqual(spare.length, first.length);
    const again = wordsOf(text, 0, text.length, [{ start: 0, end: 7 }], spare);
    assert.deepStrictEqual(again.map((w) => ({ ...w })), fresh);
    assert.ok(again.filter((w) => objects.has(w)).length >= 8);
  });

  it('makes each quote one token and cuts a word that runs past the window', () => {
    const text = '“Yes,” he said\u00a0loudly';
    assert.deepStrictEqual(lowers(text, 0, text.length, [{ start: 0, end: 6 }]), ['<q>', 'he', 'said', 'loudly']);
    const cut = wordsOf(text, 7, 16, [], []);
    assert.deepStrictEqual(cut.map((w) => w.text), ['he', 'said', 'l']);
    assert.strictEqual(cut[2].lower, 'loudly');
  });
});

describe('quotes: speaker look-ups', () => {
  it('makes a new empty list each time, which takes objects', () => {
    const a = emptyObjectList<{ n: number }>();
    const b = emptyObjectList<{ n: number }>();
    assert.notStrictEqual(a, b);
    assert.deepStrictEqual([a.length, b.length], [0, 0]);
    a.push({ n: 1 });
    assert.deepStrictEqual([a, b], [[{ n: 1 }], []]);
  });

  it('orders mention starts stably, as a comparison sort by start then index would', () => {
    let seed = 7;
    const rnd = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed % n; };
    for (const [n, range] of [[0, 1], [1, 5], [20, 3], [32, 100], [33, 100], [40, 3], [300, 70000], [2000, 1 << 24], [5000, 2 ** 31 - 1]]) {
      const starts = new Int32Array(n);
      for (let k = 0; k < n; k++) starts[k] = range > 65536 ? (rnd(range >>> 8) << 8) + rnd(256) : rnd(range);
      const expected = [...starts.keys()].sort((a, b) => starts[a] - starts[b] || a - b);
      assert.deepStrictEqual([...sortedByStart(starts)], expected);
    }
  });

  it('resolves a description to the latest person holding that role, also when an entity lists its mentions out of order', () => {
    const text = 'Senator Jane Roe spoke. Senator John Poe spoke. Later, “we have the votes,” the senator said. Mayor Ann Doe agreed.';
    const entities = people(text, [
      { name: 'Jane Roe', forms: ['Jane Roe'], roles: ['Senator'] },
      { name: 'John Poe', forms: ['John Poe'], roles: ['Senator'] },
      { name: 'Ann Doe', forms: ['Ann Doe'], roles: ['Mayor'] },
    ]);
    assert.strictEqual(quotesOf(text, entities)[0].speakerName, 'John Poe');
    // The same people, each named twice, one of them with its mentions listed last to first.
    const twice = `${text} Jane Roe and John Poe left.`;
    const shuffled = people(twice, [
      { name: 'Jane Roe', forms: ['Jane Roe'], roles: ['Senator'] },
      { name: 'John Poe', forms: ['John Poe'], roles: ['Senator'] },
    ]);
    shuffled[1].mentions.reverse();
    assert.strictEqual(quotesOf(twice, shuffled)[0].speakerName, 'John Poe');
  });

  it('names no one by a word capitalised only because it opens the sentence, but keeps a name the text does not list', () => {
    // No entities given: every source falls through to the words it is written with.
    const speakers = (text: string): (string | null)[] => quotesOf(text).map((q) => q.speakerName);
    assert.deepStrictEqual(speakers('Small groups of protesters marched on, chanting, "Hands up, don\'t shoot."'), [null]);
    assert.deepStrictEqual(speakers('Officials said the road "will reopen on Monday."'), [null]);
    assert.deepStrictEqual(speakers('Xinhua said the talks were "frank and useful."'), ['Xinhua']);
    // Mid-sentence the same word is not read that way: only a sentence's first word is in doubt.
    const sources = (text: string): (string | undefined)[] => quotesOf(text).map((q) => q.source?.text);
    assert.deepStrictEqual(sources('Small groups of protesters marched on, chanting, "Hands up, don\'t shoot."'), ['Small']);
  });

  it('gives "she" to no one rather than to the only person in reach when a given name says he is a man', () => {
    const named = (text: string, name: string): (string | null)[] => quotesOf(text, people(text, [{ name, forms: [name] }])).map((q) => q.speakerName);
    assert.deepStrictEqual(named('Donald Smith spoke to reporters on Monday. “We will win the vote,” she said.', 'Donald Smith'), [null]);
    // A name that tells no gender may still be the one: the text's own votes can be wrong (two people of one surname).
    assert.deepStrictEqual(named('Officer Kelly Scott spoke to reporters on Monday. He left. “We will win the vote,” she said.', 'Kelly Scott'), ['Kelly Scott']);
  });

  it('reads a pronoun written with its verb ("I\'m", "They’re") as that pronoun, not as a name', () => {
    const text = 'Mayor Ann Doe spoke at the hall. “We will rebuild the harbour,” she’s told reporters. “Soon,” I\'m told. They’re calling it “a new start.”';
    const entities = people(text, [{ name: 'Ann Doe', forms: ['Ann Doe'], roles: ['Mayor'] }]);
    const quotes = quotesOf(text, entities);
    assert.deepStrictEqual(quotes.map((q) => [q.source?.text, q.speakerName]), [['she', 'Ann Doe'], ['I\'m', null], ['They’re', null]]);
  });
});

describe('quotes: character tests without slices', () => {
  // Random strings over characters where the regexes and the char-code reading could part: ASCII, letters
  // beyond ASCII, curly marks, dashes, white space and line breaks, astral letters and emoji (pairs that a
  // range may cut), lone surrogate halves.
  const ALPHABET = ['a', 'Z', '5', ' ', '.', ',', '?', '!', '-', "'", '’', '”', '“', '—', '–', '\n', '\r', '\u2028', '\u00a0', '\u3000', 'é', 'Ő', 'ß', '²', '٣', '‰', '⁰', '𝐀', '😀', '\ud835', '\udc00'];
  let seed = 11;
  const rnd = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed % n; };
  const randomText = (): string => { let s = ''; for (let k = rnd(9); k > 0; k--) s += ALPHABET[rnd(ALPHABET.length)]; return s; };

  it('LetterSearch reads a range as /[\\p{L}\\p{N}]/u reads its slice, whatever order the ranges come in', () => {
    // Long texts with few letters, so that the kept searches answer many ranges; starts forward, backward and anywhere.
    const sparse = ALPHABET.filter((c) => !/[\p{L}\p{N}]/u.test(c));
    for (let t = 0; t < 300; t++) {
      let s = '';
      for (let k = rnd(60); k > 0; k--) s += rnd(6) ? sparse[rnd(sparse.length)] : ALPHABET[rnd(ALPHABET.length)];
      const search = new LetterSearch(s);
      for (let q = 0; q < 40; q++) {
        const from = q % 3 === 0 ? q % s.length || 0 : rnd(s.length + 1);
        const to = from + rnd(s.length - from + 1);
        assert.strictEqual(search.within(from, to), /[\p{L}\p{N}]/u.test(s.slice(from, to)), JSON.stringify([s, from, to]));
      }
    }
  });

  it('letterOrDigitAt gives the width of a letter or digit, 0 for anything else or a surrogate half alone', () => {
    assert.deepStrictEqual(['a', 'é', '𝐀', '😀', '”', '\ud835', '5', '٣'].map((s) => letterOrDigitAt(s, 0)), [1, 1, 2, 0, 0, 0, 1, 1]);
    assert.strictEqual(letterOrDigitAt('𝐀', 1), 0);
  });

  it('markBeforeLast tells the mark before a quote\'s last character as the end-anchored regexes do', () => {
    for (let t = 0; t < 4000; t++) {
      const s = randomText();
      const mark = markBeforeLast(s);
      assert.strictEqual(mark === 44, /,[’']?\s*.$/.test(s), JSON.stringify(s));
      assert.strictEqual([44, 63, 33, 0x2014, 0x2013, 45].includes(mark), /[,?!—–-][’']?\s*.$/.test(s), JSON.stringify(s));
    }
  });
});
