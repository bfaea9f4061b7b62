// One API call from inside a page, through the same door the app uses (browser mode's
// POST /api/<method>, with the page's cookie), for the e2e tests and the benches.
import type { Page } from 'playwright';
import type { Result } from '../../shared/result.js';

export async function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  const result = (await page.evaluate(
    async ({ method, input }) => (await fetch('/api/' + method, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) })).json(),
    { method, input },
  )) as Result<T>;
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}
