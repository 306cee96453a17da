#!/bin/bash
# Lode block model in N tiles on Slurm: one array task per tile (K = SLURM_ARRAY_TASK_ID), then a
# merge job that starts when every tile has succeeded:
#   export LODE=/shared/lode              (a Lode clone; `npm ci` once there: it also compiles the command line)
#   cd /shared/project && mkdir -p tiles  (the scene and its data, on a file system every node sees)
#   jobid=$(sbatch --parsable --array=0-7 "$LODE/deploy/slurm-tiles.sh" scene.json)
#   sbatch --dependency=afterok:$jobid --wrap "node $LODE/bin/lode.js merge scene.json tiles/tile-*.csv --out blocks.csv"
# N is the array's size (SLURM_ARRAY_TASK_COUNT); the array must start at 0 (--array=0-(N-1)).
#SBATCH --job-name=lode-tile
#SBATCH --cpus-per-task=2
#SBATCH --mem=2G
#SBATCH --output=tiles/%x-%a.log
set -euo pipefail
scene=${1:?usage: sbatch --array=0-(N-1) slurm-tiles.sh SCENE.json}
lode=${LODE:?set LODE to the Lode clone (sbatch copies this script elsewhere)}
k=${SLURM_ARRAY_TASK_ID:?not an array task}
n=${SLURM_ARRAY_TASK_COUNT:?not an array task}
mkdir -p tiles
# Written under another name first, so a tile that fails never looks finished to the merge.
node "$lode/bin/lode.js" estimate "$scene" --tile "$k/$n" --threads "${SLURM_CPUS_PER_TASK:-2}" --quiet --out "tiles/tile-$k.part"
mv "tiles/tile-$k.part" "tiles/tile-$k.csv"
