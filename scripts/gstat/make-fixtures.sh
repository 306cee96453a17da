#!/bin/sh
# Regenerate the R gstat reference fixtures in tests/fixtures/gstat (needs R with gstat, sp,
# jsonlite: see ../shared/reference/README.md). Run from anywhere: sh scripts/gstat/make-fixtures.sh
set -eu
cd "$(dirname "$0")/../.."
OUT=tests/fixtures/gstat
GSTAT=../shared/reference/gstat_ok.R
npx tsx scripts/gstat/makeSamples.ts "$OUT"
for c in iso_sph aniso_rot nested block; do
  Rscript "$GSTAT" --config "$OUT/$c.json" --samples "$OUT/samples.csv" --out "$OUT/$c.csv"
done
Rscript "$GSTAT" --config "$OUT/points.json" --samples "$OUT/samples.csv" --targets "$OUT/targets.csv" --out "$OUT/points.csv"
Rscript "$GSTAT" --config "$OUT/cv_loo.json" --samples "$OUT/samples.csv" --cv "$OUT/cv_loo.csv"
Rscript "$GSTAT" --config "$OUT/cv_hole.json" --samples "$OUT/samples.csv" --cv "$OUT/cv_hole.csv"
R --version | head -1 > "$OUT/VERSIONS.txt"
Rscript -e 'cat("gstat", as.character(packageVersion("gstat")), "\n")' >> "$OUT/VERSIONS.txt"
