// Collects, through the content index (src/lib/content/index.ts: the loaders the site is built
// with), every quote the site cites: <Cite> tags in lessons and their steps, and the citations of glossaries,
// timelines, quizzes, graded cases, the pictures' boxes (diagrams.yaml), the teacher packs (teach.yaml) and the navigator (navigator.yaml). The citation check runs over this list, once per page language.
import { extractCites, type Citation } from '../../src/lib/content/citations';
import { content } from '../../src/lib/content/index';
import { NAVIGATOR_FILE, navigatorCitations } from '../../src/lib/content/navigator';
import { teachOf } from '../../src/lib/content/teach';
import { locales, type Locale } from '../../src/lib/i18n';

export interface CitedQuote {
	file: string;
	where: string;
	lang: Locale;
	ref: Citation;
}

export function collectQuotes(): CitedQuote[] {
	const quotes: CitedQuote[] = [];
	for (const module of content.modules) {
		const folder = `lessons/${module.slug}`;
		for (const lang of locales) {
			const lesson = module.lessons[lang];
			extractCites(lesson.body, lesson.file).forEach((ref, i) => quotes.push({ file: lesson.file, where: `<Cite> #${i + 1}`, lang, ref }));
			for (const step of module.steps?.[lang] ?? []) {
				extractCites(step.body, step.file).forEach((ref, i) => quotes.push({ file: step.file, where: `<Cite> #${i + 1}`, lang, ref }));
			}
			for (const entry of module.glossary) {
				if (entry.citation) quotes.push({ file: `${folder}/glossary.yaml`, where: entry.id, lang, ref: entry.citation });
			}
			for (const entry of module.timeline) {
				quotes.push({ file: `${folder}/timeline.yaml`, where: entry.date, lang, ref: entry.citation });
			}
			for (const diagram of module.diagrams) {
				for (const { box, citation } of diagram.citations) {
					quotes.push({ file: `${folder}/diagrams.yaml`, where: `${diagram.name}.boxes.${box}`, lang, ref: citation });
				}
			}
			for (const question of module.quiz?.questions ?? []) {
				for (const ref of question.key.citations) {
					quotes.push({ file: `${folder}/quiz.yaml`, where: question.view.id, lang, ref });
				}
			}
			for (const question of module.cases) {
				for (const ref of question.key.citations) {
					quotes.push({ file: `${folder}/cases.yaml`, where: question.view.id, lang, ref });
				}
			}
			// the teacher pack's own words (teach.yaml): controversy, hook, activity, guidance
			for (const { where, citation } of teachOf(module.slug)?.citations ?? []) {
				quotes.push({ file: `${folder}/teach.yaml`, where, lang, ref: citation });
			}
		}
	}
	// The navigator's questions and outcomes (lessons/navigator.yaml), on both pages.
	for (const lang of locales) {
		for (const { node, citation } of navigatorCitations()) quotes.push({ file: NAVIGATOR_FILE, where: node, lang, ref: citation });
	}
	return quotes;
}
