// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	const __APP_VERSION__: string;
	/** questions and items of the framework new assessments use (vite.config.ts) */
	const __DEFAULT_FRAMEWORK_SIZE__: { questions: number; items: number };
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
