// Languages (issue 15) on the built app: Spanish by address (?lang=es) on every view and every lesson page, with
// <html lang>, Spanish numbers and axe clean; the visible selector switches the page in place without losing the
// scenario being edited, and remembers the choice in the address.
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { VIEWS, axeViolations, shot } from './ui-helpers.mjs';

const ES_NAV = {
  compare: 'Comparación de bombas',
  spine: 'Columna',
  charts: 'Gráficas',
  programming: 'Programación',
  lifecycle: 'Ciclo de vida',
  troubleshoot: 'Resolución de problemas',
  routes: 'Comparación de vías',
  lessons: 'Lecciones',
};
const ES_HEADINGS = {
  compare: 'Bombas de flujo constante y programables en el mismo paciente',
  spine: 'Adónde va el fármaco en el líquido cefalorraquídeo',
  charts: 'Series temporales',
  programming: 'Programar la bomba',
  lifecycle: 'De meses a años: rellenos, alarmas, batería',
  troubleshoot: 'Resolución de problemas: ¿por qué dejó de funcionar la terapia?',
  routes: '¿Por qué intratecal? El mismo efecto por otras vías',
  lessons: 'Lecciones', // the lesson list's heading comes first
};
const ES_LESSONS = {
  'why-intrathecal': '¿Por qué intratecal?',
  'constant-vs-programmable': 'Flujo constante frente a programable',
  'fever-and-flight': 'Fiebre y vuelos',
  'dead-space': 'El espacio muerto del catéter',
  mri: 'La resonancia magnética y tu bomba',
  'refills-alarms-pocket': 'Rellenos, alarmas y llenados del bolsillo',
  battery: 'Batería y reemplazo',
  'screening-trial': 'La prueba de cribado',
  'tolerance-withdrawal': 'Tolerancia y abstinencia',
};

test('?lang=es: every view in Spanish, html lang, Spanish numbers, axe-clean, screenshot', async ({
  page,
  baseUrl,
  resultsDir,
}) => {
  await page.goto(new URL('?lang=es', baseUrl).href);
  await page.getByText('para aprender, no para dosificar').waitFor({ timeout: 15000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  for (const [, tag, id] of VIEWS) {
    await page.locator('itp-app nav').getByRole('button', { name: ES_NAV[id], exact: true }).click();
    await page.locator(`${tag} h2`).first().waitFor();
    await page.waitForTimeout(1200);
    assert.equal((await page.locator(`${tag} h2`).first().textContent()).trim(), ES_HEADINGS[id], id);
    const v = await axeViolations(page);
    assert.deepEqual(v, [], `${id}: ${v.join('\n')}`);
    await page.screenshot({ path: shot(resultsDir, `es-${id}.png`), fullPage: true });
  }
  // Numbers use the Spanish decimal comma (the reservoir reads e.g. "19,9 mL").
  await page.locator('itp-app nav').getByRole('button', { name: ES_NAV.compare, exact: true }).click();
  await page.locator('itp-pump-compare .side .num').first().waitFor({ timeout: 15000 });
  await page.getByRole('button', { name: 'Pausa' }).first().click();
  const text = await page.locator('itp-pump-compare .side').first().innerText();
  assert.match(text, /\d,\d+ mL/);
  assert.doesNotMatch(text, /\d\.\d+ mL/);
});

test('the selector switches in place: the scenario being edited stays, the address says lang=es', async ({
  page,
  baseUrl,
}) => {
  await page.goto(baseUrl);
  await page.locator('itp-pump-compare .side .num').first().waitFor({ timeout: 15000 });
  const temp = page.getByRole('spinbutton', { name: /Body temperature/ });
  await temp.fill('39');
  await temp.press('Enter');
  await page.getByLabel('Language').selectOption('es');
  await page.getByText('Qué hace el paciente').waitFor();
  assert.equal(await page.getByRole('spinbutton', { name: /Temperatura corporal/ }).inputValue(), '39');
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'es');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.deepEqual(await axeViolations(page), []);
  // Remembered: a plain visit to the app comes back in Spanish; English again from the selector.
  await page.goto(baseUrl);
  await page.getByText('Qué hace el paciente').waitFor({ timeout: 15000 });
  await page.getByLabel('Idioma').selectOption('en');
  await page.getByText('What the patient does').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(new URL(page.url()).searchParams.get('lang'), null);
});

test('every lesson page in Spanish (?lang=es): its title, html lang, axe-clean', async ({
  page,
  baseUrl,
  resultsDir,
}) => {
  for (const [id, title] of Object.entries(ES_LESSONS)) {
    await page.goto(new URL(`lesson.html?lesson=${id}&lang=es`, baseUrl).href);
    await page.locator('itp-lesson h2').first().waitFor({ timeout: 15000 });
    assert.equal((await page.locator('itp-lesson h2').first().textContent()).trim(), title);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.match(await page.title(), /lección de intrathecal-pump-sim/);
    // The story and what to look at show once the step's question is answered (predict before observe).
    await page.locator('itp-lesson form.predict input[type="radio"]').first().check();
    await page.locator('itp-lesson form.predict button[type="submit"]').click();
    await page.getByText('En qué fijarse').first().waitFor({ timeout: 15000 });
    await page.waitForTimeout(800);
    const v = await axeViolations(page);
    assert.deepEqual(v, [], `${id}: ${v.join('\n')}`);
    await page.screenshot({ path: shot(resultsDir, `es-lesson-${id}.png`), fullPage: true });
  }
});
