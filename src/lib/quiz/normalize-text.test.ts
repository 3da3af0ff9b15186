// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text';

describe('normalizeText', () => {
	it.each<[string, string]>([
		['Statut de Rome', 'statut de rome'],
		['Statut  de Rome !', 'statut de rome'],
		['  statut\tde\nrome  ', 'statut de rome'],
		["l'Assemblée", 'lassemblee'],
		['l’assemblee', 'lassemblee'],
		['L ’ Assemblée', 'lassemblee'],
		['États-Unis', 'etats unis'],
		['Œuvre, ÆSIR', 'oeuvre aesir'],
		['« Crime d’agression »', 'crime dagression'],
		['Ça, c’est déjà ça.', 'ca cest deja ca'],
		['!!!', '']
	])('%j → %j', (text, normal) => {
		expect(normalizeText(text)).toBe(normal);
	});

	it.each<[string, string]>([
		['Statut de Rome', 'statut de rome'],
		['Statut de Rome', 'Statut  de Rome !'],
		["l'Assemblée", 'l’assemblee'],
		['Cour pénale internationale', 'COUR PENALE INTERNATIONALE'],
		// decomposed (NFD) and composed (NFC) accents are the same text
		['e\u0301tat', '\u00e9tat']
	])('%j matches %j', (a, b) => {
		expect(normalizeText(a)).toBe(normalizeText(b));
	});

	it.each<[string, string]>([
		['Statut de Rome', 'Statut de Rom'],
		['crime de guerre', 'crimes de guerre'],
		['CPI', 'CIJ']
	])('%j differs from %j', (a, b) => {
		expect(normalizeText(a)).not.toBe(normalizeText(b));
	});
});
