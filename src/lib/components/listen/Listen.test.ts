import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Listen, { textToRead } from './Listen.svelte';

// A fake speechSynthesis: voices given (or given late, with `voiceschanged`), utterances kept so
// that the test can end them one by one.
class FakeUtterance {
	text: string;
	lang = '';
	voice: unknown = null;
	onend: (() => void) | null = null;
	onerror: (() => void) | null = null;
	constructor(text: string) {
		this.text = text;
	}
}
const voice = (lang: string, name = lang) => ({ lang, name, default: false, localService: true, voiceURI: name }) as SpeechSynthesisVoice;

function fakeSynth(voices: SpeechSynthesisVoice[]) {
	const listeners: (() => void)[] = [];
	const synth = {
		voices,
		spoken: [] as FakeUtterance[],
		getVoices: () => synth.voices,
		speak: vi.fn((u: FakeUtterance) => synth.spoken.push(u)),
		pause: vi.fn(),
		resume: vi.fn(),
		cancel: vi.fn(),
		addEventListener: (_: string, f: () => void) => listeners.push(f),
		removeEventListener: vi.fn(),
		voicesArrive(v: SpeechSynthesisVoice[]) {
			synth.voices = v;
			listeners.forEach((f) => f());
		}
	};
	vi.stubGlobal('speechSynthesis', synth);
	vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
	return synth;
}

const STEP = `
	<h2>Qui peut saisir la Cour ?</h2>
	<p>Un État partie peut <a href="#">renvoyer</a> une situation.</p>
	<details><summary>Statut de Rome, art. 13</summary><blockquote>Texte cité caché</blockquote></details>
	<details open><summary>Ouvert</summary><p>Texte visible</p></details>
	<p data-listen-skip>Ne pas lire</p>
	<button>Vérifier</button>
	<div style="display: contents"><p>Dans une enveloppe.</p></div>
	<p style="display: none">Caché par un style</p>
	<p>Fin<span class="visually-hidden"> pour lecteurs d’écran</span>.</p>`;

afterEach(() => {
	vi.unstubAllGlobals();
	document.body.innerHTML = '';
	document.documentElement.lang = '';
});

describe('what Listen reads', () => {
	it('reads the visible prose block by block, skipping closed panels, buttons and [data-listen-skip]', () => {
		const article = document.createElement('article');
		article.innerHTML = STEP;
		document.body.append(article);
		expect(textToRead(article)).toEqual(['Qui peut saisir la Cour ?', 'Un État partie peut renvoyer une situation.', 'Ouvert', 'Texte visible', 'Dans une enveloppe.', 'Fin.']);
	});

	it('reads a glossary term marked in the prose as part of its sentence, not its closed definition', () => {
		const p = document.createElement('p');
		p.innerHTML = 'C’est une <button type="button" class="term" popovertarget="t1">juridiction permanente</button><span class="term-definition" id="t1" popover="auto" style="display: none"><strong>CPI</strong> Définition.</span> créée par un traité.';
		document.body.append(p);
		expect(textToRead(p)).toEqual(['C’est une juridiction permanente créée par un traité.']);
	});

	it('cuts a long paragraph at its sentences', () => {
		const p = document.createElement('p');
		p.textContent = 'Une phrase assez longue pour compter. '.repeat(12);
		const pieces = textToRead(p);
		expect(pieces.length).toBeGreaterThan(1);
		expect(pieces.every((piece) => piece.length <= 220 && piece.endsWith('.'))).toBe(true);
		expect(pieces.join(' ')).toBe(p.textContent.trim());
	});
});

describe('Listen', () => {
	it('stays hidden without speech synthesis', () => {
		const { container } = render(Listen, { lang: 'fr' });
		expect(container.querySelector('.listen')).toHaveAttribute('hidden');
	});

	it('stays hidden without a voice for the page language, and shows once one arrives', async () => {
		document.documentElement.lang = 'fr';
		const synth = fakeSynth([voice('en-GB')]);
		const { container } = render(Listen, {});
		await tick();
		expect(container.querySelector('.listen')).toHaveAttribute('hidden');
		synth.voicesArrive([voice('en-GB'), voice('fr-FR', 'Amélie')]);
		await tick();
		expect(container.querySelector('.listen')).not.toHaveAttribute('hidden');
	});

	it('reads the [data-listen] element in the page language, with pause, resume and stop', async () => {
		const synth = fakeSynth([voice('en-US'), voice('fr-FR', 'Amélie')]);
		const article = document.createElement('article');
		article.setAttribute('data-listen', '');
		article.innerHTML = STEP;
		document.body.append(article);
		render(Listen, { lang: 'fr' });
		await tick();
		await userEvent.click(screen.getByRole('button', { name: 'Écouter' }));
		expect(synth.spoken.map((u) => [u.text, u.lang, (u.voice as SpeechSynthesisVoice).name])).toEqual([['Qui peut saisir la Cour ?', 'fr-FR', 'Amélie']]);
		synth.spoken[0].onend!();
		expect(synth.spoken.map((u) => u.text)).toEqual(['Qui peut saisir la Cour ?', 'Un État partie peut renvoyer une situation.']);

		await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
		expect(synth.pause).toHaveBeenCalledOnce();
		await userEvent.click(screen.getByRole('button', { name: 'Reprendre' }));
		expect(synth.resume).toHaveBeenCalledOnce();

		await userEvent.click(screen.getByRole('button', { name: 'Arrêter' }));
		expect(synth.cancel).toHaveBeenCalled();
		synth.spoken[1].onend!(); // the end of the utterance cut short starts nothing more
		expect(synth.spoken).toHaveLength(2);
		expect(screen.getByRole('button', { name: 'Écouter' })).toBeInTheDocument();
	});
});
