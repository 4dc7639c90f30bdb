// After the first visit the tool works with the network cut: the service worker serves the app's own files.
import { test, expect } from '@playwright/test';
import { appReady } from './helpers';

test('reload with the network offline still runs the app and keeps answers', async ({ page, context }) => {
  await page.goto('/');
  await appReady(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await page.getByLabel('Kommune', { exact: true }).fill('Frakoblet');
  await page.getByRole('button', { name: 'Start egenvurderingen' }).click();
  await page.getByLabel('Delvis').check();

  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await expect(page.locator('h1')).toContainText('skriftlig');
  await expect(page.getByLabel('Delvis')).toBeChecked();
  await page.getByRole('button', { name: 'Fortsett' }).click();
  await page.getByLabel('Ja', { exact: true }).check();
  await page.goto('/#/resultat');
  await expect(page.locator('[data-testid=share-met]').first()).toHaveText(/^1 av \d+ oppfylt \(\d+\u00a0%\)$/);
  await context.setOffline(false);
});
