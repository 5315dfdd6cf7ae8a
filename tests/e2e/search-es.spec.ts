// Spanish lay searches on the Spanish search page, which searches the Spanish index only (Pagefind picks the
// index from <html lang="es">). Each expected page is checked against the content first: the query must be
// one of that page's keywords or in its title (content/es/), so the test follows the content, not the ranking.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from './fixtures.ts';
import { searchEach } from './search-results.ts';

const CONTENT = join(import.meta.dirname, '../../content/es');
const article = (slug: string) => `/es/articles/${slug}/`;
const SIDE_EFFECTS = '/es/side-effects/';

/** Spanish readers' words and the pages (any one of them) that must come in the top three. */
const LAY_QUERIES: [query: string, expected: string[]][] = [
	['mesoterapía', [article('what-is-mesotherapy')]],
	['papada', [article('fat-dissolving-injections'), article('fat-reduction')]],
	['calvicie', [article('hair-loss')]],
	['moretones', [SIDE_EFFECTS, article('risks-and-side-effects')]],
	['cardenales', [SIDE_EFFECTS, article('risks-and-side-effects')]],
	['hematoma', [SIDE_EFFECTS, article('risks-and-side-effects')]],
	['celulitis', [article('cellulite')]],
	['celulítis', [article('cellulite')]],
	['piel de naranja', [article('cellulite')]],
	['ojeras', [article('under-eye-bags')]],
	['bolsas en los ojos', [article('under-eye-bags')]],
	['caída del pelo', [article('hair-loss')]],
	['alopecia', [article('hair-loss')]],
	['mesoterapia capilar', [article('hair-loss')]],
	['minoxidil', [article('hair-loss')]],
	['michelines', [article('fat-reduction')]],
	['grasa localizada', [article('fat-reduction'), article('fat-dissolving-injections')]],
	['inyecciones para adelgazar', [article('fat-reduction')]],
	['liposucción', [article('mesotherapy-vs-liposuction')]],
	['lipo sin cirugía', [article('mesotherapy-vs-liposuction')]],
	['arrugas', [article('facial-rejuvenation')]],
	['rejuvenecimiento facial', [article('facial-rejuvenation')]],
	['lemon bottle', [article('fat-dissolving-injections')]],
	['aqualyx', [article('fat-dissolving-injections')]],
	['coolsculpting', [article('alternatives')]],
	['efectos secundarios', [SIDE_EFFECTS, article('risks-and-side-effects')]],
	['infección', [SIDE_EFFECTS, article('risks-and-side-effects')]],
	['embarazada', [SIDE_EFFECTS, article('before-during-after')]],
	['cuantas sesiones de mesoterapia', [article('before-during-after')]],
	['intrusismo', [article('choosing-a-practitioner')]],
];

/** The words a page gives readers' searches: its keywords and title (an article) or its questions' keywords (the FAQ). */
function pageWords(path: string): string[] {
	const frontmatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;
	const words = (data: Record<string, unknown>) => [...((data['keywords'] as string[] | undefined) ?? []), String(data['title'] ?? '')];
	if (path === SIDE_EFFECTS) return readdirSync(join(CONTENT, 'faq')).flatMap((name) => words(frontmatter(join(CONTENT, 'faq', name))));
	return words(frontmatter(join(CONTENT, 'articles', `${path.split('/')[3]}.mdx`)));
}

test('every Spanish lay query is a word its expected pages give in their keywords or title', () => {
	expect(LAY_QUERIES.length).toBeGreaterThanOrEqual(25);
	for (const [query, expected] of LAY_QUERIES) {
		const listing = expected.filter((path) => pageWords(path).some((word) => word.toLowerCase().includes(query)));
		expect(listing, `"${query}" is in no keyword or title of ${expected.join(', ')}`).not.toEqual([]);
	}
});

test.describe('Spanish lay queries find the right Spanish page', () => {
	test.use({ viewport: { width: 1280, height: 2400 } });
	test(`${LAY_QUERIES.length} Spanish searches each have a right Spanish page in the top three`, async ({ page }) => {
		const found = await searchEach(
			page,
			'/es/search/',
			LAY_QUERIES.map(([query]) => query),
		);
		for (const [query, expected] of LAY_QUERIES) {
			const top = found.get(query)!;
			expect
				.soft(
					top.every((path) => path.startsWith('/es/')),
					`only Spanish pages for "${query}": ${top.join(', ')}`,
				)
				.toBe(true);
			expect
				.soft(
					top.some((path) => expected.includes(path)),
					`top three for "${query}": ${top.join(', ')}; wanted ${expected.join(' or ')}`,
				)
				.toBe(true);
		}
	});
});
