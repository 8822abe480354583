// The built app opens with the default scenario already running and shows the hand-computed delivery.
import assert from 'node:assert/strict';

export const tests = [
  {
    name: 'app shows the default scenario',
    async run({ page, baseUrl, resultsDir }) {
      await page.goto(baseUrl);
      await page.getByText('not a dosing aid').waitFor();
      const delivered = page.locator('itp-run-summary [data-key="delivered"]');
      await delivered.waitFor({ timeout: 15000 });
      assert.equal(await delivered.textContent(), '18 mL');
      assert.equal(await page.locator('itp-run-summary [data-key="dose"]').textContent(), '36 mg');
      await page.screenshot({ path: new URL('app-default.png', resultsDir).pathname, fullPage: true });
    },
  },
];
