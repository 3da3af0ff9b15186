import { describe, expect, it } from 'vitest';
import { glueTermPunctuation } from './term-glue';

describe('glueTermPunctuation', () => {
	it('keeps a full stop or a comma on the term’s line', () => {
		expect(glueTermPunctuation('a <Term id="j-referral">referral</Term>. Next')).toBe(
			'a <span class="term-glue"><Term id="j-referral">referral</Term>.</span> Next'
		);
		expect(glueTermPunctuation('<Term id="x">y</Term>, z')).toBe('<span class="term-glue"><Term id="x">y</Term>,</span> z');
	});

	it('keeps French punctuation with its narrow no-break space, and closing marks', () => {
		expect(glueTermPunctuation('la <Term id="x">saisine</Term>\u202F: oui')).toBe(
			'la <span class="term-glue"><Term id="x">saisine</Term>\u202F:</span> oui'
		);
		expect(glueTermPunctuation('(<Term id="x">y</Term>).')).toBe('(<span class="term-glue"><Term id="x">y</Term>).</span>');
	});

	it('leaves a term followed by a space or a word alone, and each term is glued to its own punctuation', () => {
		expect(glueTermPunctuation('<Term id="x">y</Term> and <Term id="z">w</Term>')).toBe('<Term id="x">y</Term> and <Term id="z">w</Term>');
		expect(glueTermPunctuation('<Term id="x">y</Term> and <Term id="z">w</Term>.')).toBe(
			'<Term id="x">y</Term> and <span class="term-glue"><Term id="z">w</Term>.</span>'
		);
	});
});
