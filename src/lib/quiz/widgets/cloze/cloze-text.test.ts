// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clozeMarkers, splitClozeText, type ClozeSegment } from './cloze-text';

describe('splitClozeText', () => {
	it.each<[string, ClozeSegment[]]>([
		[
			'La [[b1]] siège à [[b2]].',
			[
				{ kind: 'text', text: 'La ' },
				{ kind: 'blank', id: 'b1' },
				{ kind: 'text', text: ' siège à ' },
				{ kind: 'blank', id: 'b2' },
				{ kind: 'text', text: '.' }
			]
		],
		['[[a]][[b]]', [{ kind: 'blank', id: 'a' }, { kind: 'blank', id: 'b' }]],
		['[[ spaced ]] end', [{ kind: 'blank', id: 'spaced' }, { kind: 'text', text: ' end' }]],
		['no blank [single] here', [{ kind: 'text', text: 'no blank [single] here' }]],
		['', []]
	])('%j', (text, segments) => {
		expect(splitClozeText(text)).toEqual(segments);
	});
});

describe('clozeMarkers', () => {
	it('lists the blank ids in order, repeats included', () => {
		expect(clozeMarkers('[[b]] x [[a]] y [[b]]')).toEqual(['b', 'a', 'b']);
	});
});
