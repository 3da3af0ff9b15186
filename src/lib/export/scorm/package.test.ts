// @vitest-environment node
// The package: a zip with imsmanifest.xml at its root (SCORM 1.2: one organization, one item, one
// SCO resource listing every file), index.html (lesson + quiz data) and the runtime.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleQuiz } from '../../quiz/test-support/sample-questions';
import type { Question } from '../../quiz/types';
import { everyQuiz } from '$lib/content/quizzes';
import { sourceIndex } from '$lib/content/sources';
import type { ScoData } from './data';
import { buildScormPackage, scormFileName } from './package';
import { DATA_ELEMENT_ID } from './page';

const lessonPage = (title: string) =>
	`<!doctype html><html><head><title>x</title></head><body><article class="lesson"><h1>${title}</h1><p>Text <a href="/en/sources/x/">source</a>.</p><script>evil()</script></article></body></html>`;

function dataOf(html: string): ScoData {
	const match = new RegExp(`<script type="application/json" id="${DATA_ELEMENT_ID}">([\\s\\S]*?)</script>`).exec(html);
	return JSON.parse(match?.[1] ?? 'null') as ScoData;
}

type Manifest = {
	manifest: {
		'@_identifier': string;
		metadata: { schema: string; schemaversion: string };
		organizations: {
			'@_default': string;
			organization: { '@_identifier': string; title: string; item: { '@_identifierref': string; title: string; 'adlcp:masteryscore': string }[] }[];
		};
		resources: { resource: { '@_identifier': string; '@_adlcp:scormtype': string; '@_href': string; file: { '@_href': string }[] }[] };
	};
};

describe('buildScormPackage', () => {
	const built = buildScormPackage({
		quiz: sampleQuiz,
		lang: 'en',
		lessonPageHtml: lessonPage('A <em>lesson</em> &amp; more'),
		runtimeJs: '/* runtime */',
		sources: sourceIndex()
	});
	const files = unzipSync(built.zip);

	it('zips imsmanifest.xml at the root, index.html and the runtime', () => {
		expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', 'index.html', 'quiz.js']);
		expect(strFromU8(files['quiz.js'] as Uint8Array)).toBe('/* runtime */');
		expect(scormFileName('02-cyber', 'fr')).toBe('02-cyber-fr-scorm12.zip');
	});

	it('has a well-formed SCORM 1.2 manifest: one organization, one item, one SCO listing every file', () => {
		const xml = strFromU8(files['imsmanifest.xml'] as Uint8Array);
		expect(XMLValidator.validate(xml)).toBe(true);
		const parsed = new XMLParser({
			ignoreAttributes: false,
			attributeNamePrefix: '@_',
			parseTagValue: false,
			isArray: (name) => ['organization', 'item', 'resource', 'file'].includes(name)
		}).parse(xml) as Manifest;
		const { manifest } = parsed;
		expect(manifest.metadata).toEqual({ schema: 'ADL SCORM', schemaversion: '1.2' });
		expect(manifest.organizations.organization).toHaveLength(1);
		const organization = manifest.organizations.organization[0];
		expect(manifest.organizations['@_default']).toBe(organization?.['@_identifier']);
		expect(organization?.title).toBe('A lesson & more');
		expect(organization?.item).toHaveLength(1);
		const item = organization?.item[0];
		expect(item?.['adlcp:masteryscore']).toBe('70');
		const resources = manifest.resources.resource;
		expect(resources).toHaveLength(1);
		expect(resources[0]?.['@_identifier']).toBe(item?.['@_identifierref']);
		expect(resources[0]?.['@_adlcp:scormtype']).toBe('sco');
		expect(resources[0]?.['@_href']).toBe('index.html');
		expect(resources[0]?.file.map((file) => file['@_href']).sort()).toEqual(Object.keys(files).filter((name) => name !== 'imsmanifest.xml').sort());
		expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
		expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
	});

	it('puts the lesson (without scripts or site links) and the quiz data in index.html', () => {
		const html = strFromU8(files['index.html'] as Uint8Array);
		expect(html).toContain('<html lang="en">');
		expect(html).toContain('<span class="ref">source</span>');
		expect(html).not.toContain('evil()');
		expect(html).toContain('<script src="quiz.js"></script>');
		const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
		expect(scripts).toEqual([`<script type="application/json" id="${DATA_ELEMENT_ID}">`, '<script src="quiz.js">']);
		const data = dataOf(html);
		expect(data.lang).toBe('en');
		expect(data.passMark).toBe(0.7);
		expect(data.questions.map((question) => question.view.id)).toEqual(sampleQuiz.questions.map((question) => question.view.id));
	});

	it('carries one language only, and the keys the graders need', () => {
		for (const quiz of everyQuiz()) {
			const pack = buildScormPackage({ quiz, lang: 'fr', lessonPageHtml: lessonPage('Leçon'), runtimeJs: '', sources: sourceIndex() });
			const data = dataOf(pack.files['index.html'] ?? '');
			const json = JSON.stringify(data.questions);
			expect(json).not.toMatch(/"en":"/);
			data.questions.forEach((question: Question, index) => {
				const original = quiz.questions[index] as Question;
				expect(question.key).toMatchObject({ type: original.type });
				expect(question.view.prompt.fr).toBe(original.view.prompt.fr);
				if (question.type === 'short' && original.type === 'short') expect(question.key.accepted).toEqual(original.key.accepted);
			});
			for (const id of Object.keys(data.sources)) expect(json).toContain(`"source":"${id}"`);
		}
	});

	it('leaves out the cases\' links to the navigator, a page of the site the package does not carry', () => {
		const cyber = everyQuiz().find((quiz) => quiz.module === '02-cyber')!;
		expect(JSON.stringify(cyber.questions)).toContain('"navigator":');
		const pack = buildScormPackage({ quiz: cyber, lang: 'en', lessonPageHtml: lessonPage('Lesson'), runtimeJs: '', sources: sourceIndex() });
		expect(pack.files['index.html']).not.toContain('"navigator":');
	});

	it('gives the same bytes for the same input', () => {
		const again = buildScormPackage({ quiz: sampleQuiz, lang: 'en', lessonPageHtml: lessonPage('A <em>lesson</em> &amp; more'), runtimeJs: '/* runtime */', sources: sourceIndex() });
		expect(again.zip).toEqual(built.zip);
	});
});
