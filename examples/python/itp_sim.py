"""A small Python client for intrathecal-pump-sim (educational; not a dosing aid).

It starts ``itp-sim serve --stdio`` once and talks the JSON-lines protocol of docs/api.md: one request per line,
``{"id", "method", "params"}``, one answer per line, ``{"id", "result"}`` or ``{"id", "error"}``. Standard library
only; the ``*_frame`` helpers return pandas DataFrames when pandas is installed.

    from itp_sim import ItpSim
    with ItpSim() as sim:
        result = sim.run(preset="missed-refill", set={"durationDays": 3})
        print(result["summary"]["deliveredVolumeMl"])
        cohort = sim.trial(preset="baclofen-bolus-spinal", cohort_size=200, seed=1)
        print(cohort["summary"]["responders"])

The command defaults to ``itp-sim`` on PATH, else ``npx --no-install itp-sim``; set ITP_SIM (e.g.
``node /path/to/bin/itp-sim.js``) or pass ``command=[...]`` to choose another.
"""

import itertools
import json
import os
import shlex
import shutil
import subprocess

__all__ = ["ItpSim", "ItpSimError", "series_frame", "sweep_frame", "trial_frame"]


class ItpSimError(Exception):
    """An error answer: ``message`` in plain words, ``issues`` (when given) one per invalid field."""

    def __init__(self, message, issues=None):
        super().__init__(message)
        self.message = message
        self.issues = issues or []


def _default_command():
    if os.environ.get("ITP_SIM"):
        return shlex.split(os.environ["ITP_SIM"])
    if shutil.which("itp-sim"):
        return ["itp-sim"]
    return ["npx", "--no-install", "itp-sim"]


class ItpSim:
    """One ``itp-sim serve --stdio`` process; requests are answered in order, one at a time."""

    def __init__(self, command=None, cwd=None):
        base = list(command) if command else _default_command()
        self._proc = subprocess.Popen(
            base + ["serve", "--stdio"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=cwd,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        self._ids = itertools.count(1)

    def call(self, method, **params):
        """Sends one request and returns its result, or raises ItpSimError."""
        request_id = next(self._ids)
        params = {k: v for k, v in params.items() if v is not None}
        line = json.dumps({"id": request_id, "method": method, "params": params})
        self._proc.stdin.write(line + "\n")
        self._proc.stdin.flush()
        answer_line = self._proc.stdout.readline()
        if not answer_line:
            raise ItpSimError("itp-sim serve ended without answering (see its stderr)")
        answer = json.loads(answer_line)
        if answer.get("id") != request_id:
            raise ItpSimError(f"answer for id {answer.get('id')!r}, expected {request_id!r}")
        if "error" in answer:
            err = answer["error"]
            raise ItpSimError(err.get("message", "error"), err.get("issues"))
        return answer["result"]

    # One method per protocol method (docs/api.md).
    def version(self):
        return self.call("version")

    def presets(self):
        return self.call("presets")

    def preset(self, preset_id):
        return self.call("preset", id=preset_id)

    def validate(self, scenario=None, preset=None, set=None):
        return self.call("validate", scenario=scenario, preset=preset, set=set)

    def run(self, scenario=None, preset=None, set=None):
        return self.call("run", scenario=scenario, preset=preset, set=set)

    def sweep(self, vary, scenario=None, preset=None, set=None, workers=None, shard=None):
        return self.call(
            "sweep", vary=list(vary), scenario=scenario, preset=preset, set=set, workers=workers, shard=shard
        )

    def trial(self, spec=None, preset=None, cohort_size=None, seed=None, workers=None, shard=None):
        return self.call(
            "trial", spec=spec, preset=preset, cohortSize=cohort_size, seed=seed, workers=workers, shard=shard
        )

    def close(self):
        """Ends the server (end of its stdin) and waits for it; safe to call twice or after it died."""
        try:
            self._proc.stdin.close()
        except (BrokenPipeError, OSError):
            pass
        try:
            self._proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        self._proc.stdout.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _pandas():
    try:
        import pandas  # noqa: PLC0415 - optional dependency

        return pandas
    except ImportError:
        return None


def _frame(records):
    pd = _pandas()
    return pd.DataFrame(records) if pd else records


def series_frame(result):
    """A run's series, one row per output time (a DataFrame with pandas, else a list of dicts)."""
    series = result["series"]
    names = [k for k, v in series.items() if isinstance(v, list)]
    n = len(series["tHours"])
    return _frame([{k: series[k][i] for k in names} for i in range(n)])


def sweep_frame(doc):
    """A sweep's rows: run, the varied values, the summary and outcomes.<name> columns, as in the CSV."""
    records = []
    for row in doc["rows"]:
        record = {"run": row["run"], **row["vary"]}
        for key, value in row["summary"].items():
            if key == "outcomes":
                record.update({f"outcomes.{k}": v for k, v in value.items()})
            else:
                record[key] = value
        records.append(record)
    return _frame(records)


def trial_frame(doc):
    """A cohort's patients, one row each (the trial JSON's rows)."""
    return _frame(doc["rows"])
