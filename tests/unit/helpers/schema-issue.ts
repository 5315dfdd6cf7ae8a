// What the build would report for data a schema rejects: the first issue's field path and message.
import type { z } from 'astro/zod';

export function firstIssue(schema: z.ZodType, data: unknown): { path: string; message: string } | undefined {
	const result = schema.safeParse(data);
	if (result.success) return undefined;
	const issue = result.error.issues[0]!;
	return { path: issue.path.join('.'), message: issue.message };
}
