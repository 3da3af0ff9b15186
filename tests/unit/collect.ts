// Collects, straight from the content files, every quote the site cites: <Cite> tags in lessons,
// and the citations of glossaries, timelines and quizzes. The citation check runs over this list.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { extractCites, type CitationRef } from '../../src/lib/content/citations';
import type { Locale } from '../../src/lib/i18n';

export interface CitedQuote {
	file: string;
	where: string;
	lang: Locale;
	ref: CitationRef;
}

const root = join(import.meta.dirname, '../..');
export const moduleDirs = readdirSync(join(root, 'lessons'), { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => d.name)
	.sort();

function yamlFile(module: string, name: string): unknown {
	const path = join(root, 'lessons', module, `${name}.yaml`);
	return existsSync(path) ? parse(readFileSync(path, 'utf8')) : undefined;
}

export function readQuiz(module: string): { questions?: Record<string, unknown>[] } | undefined {
	return yamlFile(module, 'quiz') as { questions?: Record<string, unknown>[] } | undefined;
}

export function collectQuotes(): CitedQuote[] {
	const quotes: CitedQuote[] = [];
	for (const module of moduleDirs) {
		for (const lang of ['fr', 'en'] as const) {
			const file = `lessons/${module}/${lang}.md`;
			const path = join(root, file);
			if (existsSync(path)) {
				extractCites(readFileSync(path, 'utf8'), file).forEach((ref, i) =>
					quotes.push({ file, where: `<Cite> #${i + 1}`, lang, ref })
				);
			}
			const glossary = (yamlFile(module, 'glossary') ?? []) as { id: string; citation?: CitationRef }[];
			for (const entry of glossary) {
				if (entry.citation) quotes.push({ file: `lessons/${module}/glossary.yaml`, where: entry.id, lang, ref: entry.citation });
			}
			const timeline = (yamlFile(module, 'timeline') ?? []) as { date: string; citation: CitationRef }[];
			for (const entry of timeline) {
				quotes.push({ file: `lessons/${module}/timeline.yaml`, where: entry.date, lang, ref: entry.citation });
			}
			for (const question of readQuiz(module)?.questions ?? []) {
				for (const ref of (question.citations ?? []) as CitationRef[]) {
					quotes.push({ file: `lessons/${module}/quiz.yaml`, where: String(question.id), lang, ref });
				}
			}
		}
	}
	return quotes;
}
