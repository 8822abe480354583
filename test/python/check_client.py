"""Runs examples/python/itp_sim.py against the real CLI (ITP_SIM) and the notebook's code cells in order; checks the
protocol answers, a malformed line, and that the trial and sweep CSVs read with a strict CSV parser. Standard library
only (pandas is optional for the client and absent here). Called by test/unit/python-client.test.ts."""

import csv
import io
import json
import os
import subprocess
import sys

root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(root, "examples", "python"))
from itp_sim import ItpSim, ItpSimError, series_frame, sweep_frame, trial_frame  # noqa: E402

command = os.environ["ITP_SIM"].split()

with ItpSim(command=command) as sim:
    assert sim.version()["name"] == "intrathecal-pump-sim"
    assert any(p["id"] == "missed-refill" for p in sim.presets())
    scenario = sim.preset("missed-refill")
    scenario["durationDays"] = 2
    assert sim.validate(scenario=scenario)["ok"] is True
    bad = sim.validate(preset="missed-refill", set={"durationDays": -1})
    assert bad["ok"] is False and bad["errors"][0]["path"] == "durationDays", bad
    result = sim.run(scenario=scenario)
    assert result["scenario"]["durationDays"] == 2 and result["tool"]["name"] == "intrathecal-pump-sim"
    assert len(series_frame(result)) == len(result["series"]["tHours"]) == 48
    try:
        sim.run(preset="missed-refill", set={"durationDays": -1})
        raise AssertionError("an invalid run must raise")
    except ItpSimError as e:
        assert "durationDays = -1" in e.message and e.issues[0]["path"] == "durationDays"
    sweep = sim.sweep(["program.rateMlPerDay=0.1,0.3"], preset="baclofen-programmable", set={"durationDays": 1}, workers=1)
    rows = sweep_frame(sweep)
    assert [r["program.rateMlPerDay"] for r in rows] == [0.1, 0.3] and "deliveredVolumeMl" in rows[0]
    cohort = sim.trial(preset="baclofen-bolus-spinal", cohort_size=30, seed=2, workers=1)
    assert cohort["summary"]["n"] == 30 and len(trial_frame(cohort)) == 30

# With pandas importable the helpers return DataFrames: a stand-in module records what they are given.
import types  # noqa: E402


class FakeFrame:
    def __init__(self, records):
        self.records = records


sys.modules["pandas"] = types.SimpleNamespace(DataFrame=FakeFrame)
frame = sweep_frame(sweep)
assert isinstance(frame, FakeFrame) and frame.records[1]["program.rateMlPerDay"] == 0.3
assert isinstance(trial_frame(cohort), FakeFrame) and isinstance(series_frame(result), FakeFrame)
del sys.modules["pandas"]

# A malformed line is answered with id null, and the server goes on.
proc = subprocess.run(
    command + ["serve", "--stdio"],
    input='{"id": 1, "method": "version"}\nnot json\n{"id": 2, "method": "nope"}\n{"id": 3, "method": "version"}\n',
    capture_output=True,
    text=True,
    timeout=60,
)
answers = [json.loads(line) for line in proc.stdout.splitlines()]
assert [a["id"] for a in answers] == [1, None, 2, 3], answers
assert "error" in answers[1] and "error" in answers[2] and answers[3]["result"]["name"] == "intrathecal-pump-sim"
assert proc.returncode == 0, proc.stderr


def strict_rows(text):
    """csv with strict=True: every row as long as the header, and no '#' comment line."""
    rows = list(csv.reader(io.StringIO(text), strict=True))
    assert rows and not rows[0][0].startswith("#"), rows[:2]
    assert all(len(r) == len(rows[0]) for r in rows), "ragged CSV"
    return rows


trial_csv = subprocess.run(
    command + ["trial", "--preset", "baclofen-bolus-spinal", "--cohort", "25", "--workers", "1", "--format", "csv"],
    capture_output=True, text=True, check=True,
).stdout
rows = strict_rows(trial_csv)
assert rows[0][0] == "patientId" and len(rows) == 26
float(rows[1][rows[0].index("bestImprovementPct")])
sweep_csv = subprocess.run(
    command + ["sweep", "--preset", "baclofen-programmable", "--set", "durationDays=1",
               "--vary", "program.rateMlPerDay=0.1,0.2", "--format", "csv", "--workers", "1"],
    capture_output=True, text=True, check=True,
).stdout
assert strict_rows(sweep_csv)[0][0] == "run"

# The notebook: valid nbformat 4 JSON, its code cells run in order against the same CLI.
with open(os.path.join(root, "examples", "python", "example.ipynb"), encoding="utf-8") as f:
    nb = json.load(f)
assert nb["nbformat"] == 4 and isinstance(nb["cells"], list) and nb["metadata"]["kernelspec"]["language"] == "python"
for cell in nb["cells"]:
    assert cell["cell_type"] in ("markdown", "code") and isinstance(cell["source"], list) and cell.get("id")
    if cell["cell_type"] == "code":
        assert cell["outputs"] == [] and "execution_count" in cell
os.chdir(os.path.join(root, "examples", "python"))
namespace = {}
for cell in nb["cells"]:
    if cell["cell_type"] == "code":
        exec(compile("".join(cell["source"]), "example.ipynb", "exec"), namespace)  # noqa: S102
print("python client ok")
