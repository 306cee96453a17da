#!/bin/sh
# Regenerate the domain (hard-boundary and indicator) R gstat fixtures in
# tests/fixtures/gstat/domains (needs R with gstat, sp, jsonlite: see ../shared/reference/README.md).
# Run from anywhere: sh scripts/gstat/make-domain-fixtures.sh
set -eu
cd "$(dirname "$0")/../.."
OUT=tests/fixtures/gstat/domains
GSTAT=../shared/reference/gstat_ok.R
npx tsx scripts/gstat/makeDomainSamples.ts "$OUT"
Rscript "$GSTAT" --config "$OUT/lode.json" --samples "$OUT/lode.csv" --out "$OUT/lode.gstat.csv" --quiet
Rscript "$GSTAT" --config "$OUT/indicator.json" --samples "$OUT/indicator.csv" --out "$OUT/indicator.gstat.csv" --quiet
R --version | head -1 > "$OUT/VERSIONS.txt"
Rscript -e 'cat("gstat", as.character(packageVersion("gstat")), "\n")' >> "$OUT/VERSIONS.txt"
