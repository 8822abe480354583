#!/bin/sh
# A 100,000-patient cohort as a Slurm job array: 10 tasks, each one shard of 10,000 patients (the per-run cap).
# Slurm sets SLURM_ARRAY_TASK_ID (0-based here: --array=0-9); `--shard auto/10` turns it into shard index+1 of 10.
#   sbatch examples/cluster/slurm-array.sh
# then, when every task has finished:
#   itp-sim merge results/shard-*.json --out cohort.json
#SBATCH --job-name=itp-trial
#SBATCH --array=0-9
#SBATCH --cpus-per-task=2
#SBATCH --mem=1G
#SBATCH --time=00:30:00
#SBATCH --output=results/slurm-%A_%a.log
set -eu
TRIAL="${TRIAL:-examples/cluster/trial.json}"
RESULTS="${RESULTS:-results}"
mkdir -p "$RESULTS"
itp-sim trial "$TRIAL" --shard auto/10 --workers "${SLURM_CPUS_PER_TASK:-2}" --out "$RESULTS/shard-$SLURM_ARRAY_TASK_ID.json"
