// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
}

declare module '*.yaml?raw' {
	const text: string;
	export default text;
}

export {};
