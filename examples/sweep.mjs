// A sweep in Node: a list of rates × a range of catheter tip levels, rows printed as they finish, then in order.
// `node examples/sweep.mjs`
import { runSweep, presetScenario } from 'intrathecal-pump-sim/node';

const scenario = { ...presetScenario('baclofen-programmable'), durationDays: 7 };
const result = await runSweep(
  scenario,
  ['program.rateMlPerDay=0.1,0.2,0.4', 'patient.catheterTipLevel=T10..T12'],
  {
    workers: 2,
    onRow: (row) => console.error(`run ${row.run} done`),
  },
);
for (const row of result.rows) {
  const v = row.vary;
  console.log(
    `${v['program.rateMlPerDay']} mL/day at ${v['patient.catheterTipLevel']}: ${row.summary.deliveredDoseUg.toFixed(0)} µg delivered`,
  );
}
