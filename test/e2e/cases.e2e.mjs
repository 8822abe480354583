// The patient cases in the built app (issue 20): each case walked from the history to the outcome with wrong
// answers first (their feedback shown, then corrected) and sound ones, the trial run on the trial engine and the
// years on the pump engine, the journey's time line end to end and scrubbed by keyboard; axe-clean; 360 px.
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { axeViolations, shot } from './ui-helpers.mjs';

/**
 * Per case: the wrong answers tried first (question id → option id), the sound ones, the trial option, and what
 * the years must show. Option ids are those of src/model/cases.
 */
const WALKS = {
  'cancer-pain': {
    title: 'Cancer pain: Mr A.',
    wrong: {
      candidate: 'no-anticoagulant',
      pump: 'constant-rate',
      tip: 'L4',
      refill: '90',
      complication: 'ignore',
    },
    right: {
      candidate: 'yes',
      drug: 'morphine',
      pump: 'programmable',
      tip: 'T10',
      reservoir: '20',
      priming: 'prime',
      refill: '60',
      complication: 'antibiotics-watch',
      'follow-up': 'check-after',
    },
    trial: 'continuous',
    years: /MRI scan/,
  },
  'chronic-pain': {
    title: 'Chronic back and leg pain: Ms B.',
    wrong: { candidate: 'implant-now', refills: 'no-matter', priming: 'no-prime', complication: 'double' },
    right: {
      candidate: 'psych-first',
      drug: 'morphine',
      refills: 'plan-visits',
      tip: 'T10',
      reservoir: '40',
      priming: 'prime',
      refill: '180',
      complication: 'image',
      'follow-up': 'refill-now',
    },
    // Her single-shot trial falls short: the case goes on only through the continuous trial.
    firstTrial: 'bolus',
    trial: 'continuous',
    years: /Empty-reservoir alarm/,
  },
  'spinal-spasticity': {
    title: 'Spasticity after a spinal cord injury: Mr C.',
    wrong: {
      timing: 'now',
      pump: 'morphine-programmable',
      tip: 'T6',
      complication: 'needle',
      'follow-up': 'tomorrow',
    },
    right: {
      candidate: 'yes',
      timing: 'after-healed',
      pump: 'baclofen-programmable',
      tip: 'T11',
      reservoir: '20',
      priming: 'prime',
      refill: '60',
      complication: 'binder',
      'follow-up': 'emergency',
    },
    trial: 'bolus',
    years: /Motor stall/,
  },
  'cp-child': {
    title: 'A child with cerebral palsy: Lea',
    wrong: {
      candidate: 'too-young',
      shunt: 'contraindicated',
      tip: 'T11',
      reservoir: '40',
      complication: 'overdose',
      'follow-up': 'wait',
    },
    right: {
      candidate: 'yes',
      shunt: 'not-contraindicated',
      pump: 'baclofen-programmable',
      tip: 'T6',
      reservoir: '20',
      priming: 'prime',
      refill: '120',
      complication: 'leak',
      'follow-up': 'plan',
    },
    trial: 'bolus',
    years: /Elective replacement indicator/,
  },
};

async function openCase(page, baseUrl, title) {
  await page.goto(baseUrl);
  await page.locator('itp-app').waitFor();
  await page.locator('itp-app').getByRole('button', { name: 'Lessons', exact: true }).click();
  await page.locator('itp-app').getByRole('button', { name: title }).click();
  const c = page.locator('itp-case');
  await c.locator('h2').waitFor();
  return c;
}

const pick = (c, q, option) => c.locator(`input[name="${q}"][value="${option}"]`).check();
const feedbackOf = (c, q) => c.locator(`fieldset[data-question="${q}"] .fb`);

/** Answers the step's questions: wrong ones first (checks their feedback), then the sound ones. */
async function answerStep(c, ids, walk) {
  const wrong = ids.filter((q) => walk.wrong[q]);
  if (wrong.length) {
    for (const q of ids) await pick(c, q, walk.wrong[q] ?? walk.right[q]);
    await c.getByRole('button', { name: 'Check my answers' }).last().click();
    for (const q of wrong) {
      const fb = await feedbackOf(c, q).textContent();
      assert.match(fb, /Not the best choice\..+The case teaches:/s, `${q}: ${fb}`);
    }
  }
  for (const q of ids) await pick(c, q, walk.right[q]);
  await c.getByRole('button', { name: 'Check my answers' }).last().click();
  for (const q of ids) {
    const fb = await feedbackOf(c, q).textContent();
    assert.match(fb, /Sound choice\./, `${q}: ${fb}`);
    assert.doesNotMatch(fb, /\[[RD]\d+\]/, 'citations show as author and year, never as keys');
  }
}

async function walkCase(page, c, walk) {
  const selection = Object.keys(walk.right).filter((q) =>
    ['candidate', 'drug', 'pump', 'timing', 'refills', 'shunt'].includes(q),
  );
  await answerStep(c, selection, walk);
  await c.getByRole('button', { name: 'Go on to the trial' }).click();

  if (walk.firstTrial) {
    await pick(c, 'trial', walk.firstTrial);
    await c.getByRole('button', { name: 'Run the trial on this patient' }).click();
    await c.locator('.result').waitFor({ timeout: 30000 });
    await c.getByRole('button', { name: 'Implant the pump' }).click();
    assert.match(await c.locator('.fb.bad').last().textContent(), /did not meet its criterion/);
    await c.getByRole('button', { name: 'Try the other trial' }).click();
  } else await pick(c, 'trial', walk.trial);
  if (walk.trial === 'continuous')
    assert.match(await c.locator('.note').textContent(), /risk of a superficial infection/);
  await c.getByRole('button', { name: 'Run the trial on this patient' }).click();
  await c.locator('.result').waitFor({ timeout: 30000 });
  assert.match(await c.locator('.result').textContent(), /Best improvement: \d+ %/);
  // Declining after a trial that met its criterion is explained, then corrected.
  await c.getByRole('button', { name: 'Do not implant' }).click();
  assert.match(await c.locator('.fb.bad').last().textContent(), /met its criterion/);
  await c.getByRole('button', { name: 'Implant the pump' }).click();
  await c.getByRole('button', { name: 'Go on to the implant' }).click();

  await answerStep(c, ['tip', 'reservoir', 'priming', 'refill'], walk);
  await answerStep(c, ['complication'], walk);
  await c.getByRole('button', { name: 'Go on to the years after the implant' }).click();
  await c.getByRole('button', { name: 'Simulate the years after the implant' }).click();
  await c.locator('fieldset[data-question="follow-up"]').waitFor({ timeout: 60000 });
  await answerStep(c, ['follow-up'], walk);
  await c.getByRole('heading', { name: 'Outcome' }).waitFor();
}

for (const [id, walk] of Object.entries(WALKS))
  test(`case ${id}: wrong and sound decisions, trial and years simulated, journey end to end, axe`, async ({
    page,
    baseUrl,
    resultsDir,
  }) => {
    const c = await openCase(page, baseUrl, walk.title);
    assert.match(await c.locator('.fictional').textContent(), /fictional patient/);
    await walkCase(page, c, walk);
    const j = c.locator('itp-journey');
    // End to end: the list starts at the first visit and ends with the outcome; the years' events are on it.
    const items = j.locator('ol.all li');
    assert.match(await items.first().textContent(), /^day 0\. Decision/);
    assert.match(await items.last().textContent(), /Outcome/);
    assert.match(await j.locator('ol.all').textContent(), walk.years);
    assert.match(await j.locator('ol.all').textContent(), /Refill/);
    // The wrong first answers stay on the line, marked as changed after the feedback.
    assert.match(
      await j.locator('ol.all').textContent(),
      /first: .+; then: .+after changing the first answer/,
    );
    // Keyboard scrubbing: Home goes to the first visit, End to the outcome; Next event moves on.
    const slider = j.getByRole('slider', { name: 'Point in the journey' });
    await slider.focus();
    await page.keyboard.press('Home');
    assert.match(await j.locator('.now').textContent(), /day 0\b/);
    await j.getByRole('button', { name: 'Next event' }).click();
    assert.doesNotMatch(await j.locator('.now').textContent(), /^\s*day 0\b/);
    await slider.focus();
    await page.keyboard.press('End');
    assert.match(await j.locator('.now').textContent(), /Outcome/);
    assert.match((await slider.getAttribute('aria-valuetext')) ?? '', /Outcome/);
    if (id === 'cancer-pain') {
      // A first refill after the alarm day: the years run again and the pump runs dry.
      await pick(c, 'refill', '90');
      const implantStep = c.locator('section[aria-labelledby="s-implant"]');
      await implantStep.getByRole('button', { name: 'Check my answers' }).first().click();
      assert.match(await feedbackOf(c, 'refill').textContent(), /Too late\..+runs dry/s);
      await c.getByRole('button', { name: 'Simulate the years after the implant' }).click();
      await c.locator('fieldset[data-question="follow-up"]').waitFor({ timeout: 60000 });
      assert.match(await j.locator('ol.all').textContent(), /Empty-reservoir alarm/);
    }
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: shot(resultsDir, `case-${id}.png`), fullPage: true });
    await j.screenshot({ path: shot(resultsDir, `case-${id}-journey.png`) });
  });

test('a case on a 360 px phone: no horizontal scrolling, journey readable', async ({
  page,
  baseUrl,
  resultsDir,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const walk = WALKS['cp-child'];
  const c = await openCase(page, baseUrl, walk.title);
  await walkCase(page, c, walk);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 362, `page is ${width} px wide at 360 px`);
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: shot(resultsDir, 'case-cp-child-360.png'), fullPage: true });
  await c.locator('itp-journey').screenshot({ path: shot(resultsDir, 'case-cp-child-360-journey.png') });
  await c
    .locator('section')
    .nth(1)
    .screenshot({ path: shot(resultsDir, 'case-cp-child-360-trial.png') });
});
