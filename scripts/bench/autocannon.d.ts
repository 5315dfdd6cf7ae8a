// The part of autocannon's API the bench uses (the package ships no types).
declare module 'autocannon' {
	interface Histogram {
		average: number;
		total: number;
		p50: number;
		p99: number;
	}
	interface Options {
		url: string;
		connections: number;
		/** Seconds. */
		duration: number;
		headers?: Record<string, string>;
		requests?: { method: string; path: string }[];
	}
	interface Result {
		requests: Histogram;
		latency: Histogram;
		errors: number;
		timeouts: number;
		non2xx: number;
	}
	export default function autocannon(options: Options): Promise<Result>;
}
