// Which of the browser's voices reads a page in `lang` (the default and local ones first): one whose
// language is the page's, region aside. src/lib/head/enhance.ts applies the same rule (it has no
// imports) to show the Listen control only where such a voice exists.
export function voiceFor(voices: SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
	const base = lang.toLowerCase().split('-')[0];
	const fits = voices.filter((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === base);
	const exact = fits.filter((v) => v.lang.toLowerCase().replace('_', '-') === lang.toLowerCase());
	return [...exact, ...fits].sort((a, b) => Number(b.default) - Number(a.default) || Number(b.localService) - Number(a.localService))[0];
}
