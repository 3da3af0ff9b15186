// Two small modules for the assignment builder's tests (the page gets the real ones at build time).
import type { TeachModule } from '../types';

export const teachModules: TeachModule[] = [
	{
		slug: '01-jurisdiction',
		order: 1,
		title: { fr: 'La compétence de la Cour', en: 'The Court’s jurisdiction' },
		questions: ['j1', 'j2', 'j3', 'j4'].map((id) => ({ id, type: 'single' as const, prompt: `Question ${id}` }))
	},
	{
		slug: '02-cyber',
		order: 2,
		title: { fr: 'Le cyber et le Statut', en: 'Cyber and the Statute' },
		questions: ['c1', 'c2'].map((id) => ({ id, type: 'truefalse' as const, prompt: `Question ${id}` }))
	}
];
