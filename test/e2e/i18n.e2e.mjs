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
  lifecycle: 'De meses a años: recargas, alarmas, batería',
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
  'refills-alarms-pocket': 'Recargas, alarmas e inyecciones en el bolsillo',
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

/** The text of an element and of every shadow root inside it, as the learner reads it. */
const deepText = (locator) =>
  locator.evaluate((root) => {
    const walk = (n) =>
      [...(n.shadowRoot ? n.shadowRoot.childNodes : []), ...n.childNodes]
        .map((c) => (c.nodeType === 3 ? c.textContent : c.nodeType === 1 ? ` ${walk(c)} ` : ''))
        .join('');
    return walk(root).replace(/\s+/g, ' ');
  });

/** Words of the English case texts and the case's and journey's own words that Spanish must not show. */
const ENGLISH_CASE_WORDS =
  /\b(the|and|with|pump|patient|trial|refill|days?|months?|years?|after|choice|Decision|Outcome|Check my|implant(ed)?|pain|dose)\b/i;

/** Fails listing each English case word left in a Spanish case's text, with its surroundings. */
function assertNoEnglishCaseWords(text) {
  // Citations name their sources by author, year and title (proper names): they stay as published.
  const prose = text.replace(/\([A-Z][^()]*\)/g, '');
  const english = [...prose.matchAll(new RegExp(ENGLISH_CASE_WORDS, 'gi'))].map((m) =>
    prose.slice(Math.max(0, m.index - 40), m.index + 40),
  );
  assert.deepEqual(english, [], 'English words left in the Spanish case');
}

test('a patient case in Spanish (?lang=es): every text, the trial, the years and the journey', async ({
  page,
  baseUrl,
  resultsDir,
}) => {
  await page.goto(new URL('?lang=es', baseUrl).href);
  await page.locator('itp-app nav').getByRole('button', { name: 'Lecciones', exact: true }).click();
  await page.locator('itp-app').getByRole('button', { name: 'Dolor oncológico: el Sr. A.' }).click();
  const c = page.locator('itp-case');
  await c.getByText('Sr. A., 61 años').waitFor({ timeout: 15000 });
  const answer = async (ids) => {
    for (const [q, o] of ids) await c.locator(`input[name="${q}"][value="${o}"]`).check();
    await c.getByRole('button', { name: 'Comprobar mis respuestas' }).last().click();
  };
  await answer([
    ['candidate', 'no-anticoagulant'],
    ['drug', 'morphine'],
    ['pump', 'programmable'],
  ]);
  await c.getByText('No es la mejor elección.').waitFor();
  await answer([['candidate', 'yes']]);
  await c.getByRole('button', { name: 'Pasar a la prueba' }).click();
  await c.locator('input[name="trial"][value="continuous"]').check();
  await c.getByRole('button', { name: 'Hacer la prueba a este paciente' }).click();
  await c.locator('.result').waitFor({ timeout: 30000 });
  await c.getByRole('button', { name: 'Implantar la bomba' }).click();
  await c.getByRole('button', { name: 'Pasar al implante' }).click();
  await answer([
    ['tip', 'T10'],
    ['reservoir', '20'],
    ['priming', 'prime'],
    ['refill', '60'],
  ]);
  await answer([['complication', 'antibiotics-watch']]);
  await c.getByRole('button', { name: 'Pasar a los años después del implante' }).click();
  await c.getByRole('button', { name: 'Simular los años después del implante' }).click();
  await c.locator('fieldset[data-question="follow-up"]').waitFor({ timeout: 60000 });
  await answer([['follow-up', 'check-after']]);
  await c.getByRole('heading', { name: 'Resultado' }).waitFor();
  await c.locator('itp-journey details summary').click();
  const text = await deepText(c);
  // Every part is there, in Spanish: the history, the feedback, the trial's result, the years, the journey.
  for (const s of ['Sr. A., 61 años', 'Buena elección.', 'Mejor mejoría', 'simulados', 'Recarga', 'día 0'])
    assert.ok(text.includes(s), s);
  assertNoEnglishCaseWords(text);
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: shot(resultsDir, 'es-case.png'), fullPage: true });
  await c.locator('itp-journey').screenshot({ path: shot(resultsDir, 'es-journey.png') });
  await c.locator('.result').screenshot({ path: shot(resultsDir, 'es-case-trial.png') });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(500);
  await c.locator('itp-journey').screenshot({ path: shot(resultsDir, 'es-journey-360.png') });
  await c.locator('.result').screenshot({ path: shot(resultsDir, 'es-case-trial-360.png') });
  await c.locator('h2').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot(resultsDir, 'es-case-360-top.png') });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than a 360 px phone`);
  await page.screenshot({ path: shot(resultsDir, 'es-case-360.png'), fullPage: true });
});

/** The other patient cases by their Spanish title, with the first words of the patient's line. */
const ES_OTHER_CASES = [
  ['Dolor crónico de espalda y pierna: la Sra. B.', 'Sra. B., 52 años'],
  ['Espasticidad tras una lesión medular: el Sr. C.', 'Sr. C., 34 años'],
  ['Una niña con parálisis cerebral: Lea', 'Lea, 9 años'],
];

for (const [title, patient] of ES_OTHER_CASES)
  test(`the case "${title}" in Spanish: history, questions and feedback without English`, async ({
    page,
    baseUrl,
  }) => {
    await page.goto(new URL('?lang=es', baseUrl).href);
    await page.locator('itp-app nav').getByRole('button', { name: 'Lecciones', exact: true }).click();
    await page.locator('itp-app').getByRole('button', { name: title }).click();
    const c = page.locator('itp-case');
    await c.getByText(patient).waitFor({ timeout: 15000 });
    // The first choice of every question on screen, checked: the feedback is shown too.
    const names = await c
      .locator('input[type="radio"]')
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('name')))]);
    assert.ok(names.length > 0, 'the case asks questions');
    for (const name of names) await c.locator(`input[name="${name}"]`).first().check();
    await c.getByRole('button', { name: 'Comprobar mis respuestas' }).last().click();
    await c
      .getByText(/Buena elección\.|No es la mejor elección\./)
      .first()
      .waitFor();
    const text = await deepText(c);
    assert.ok(text.includes(patient), patient);
    assertNoEnglishCaseWords(text);
    assert.deepEqual(await axeViolations(page), []);
  });
