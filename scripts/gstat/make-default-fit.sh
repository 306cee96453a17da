#!/bin/sh
# Regenerate the gstat reference for the automatic variogram (tests/defaultVariogramGstat.test.ts):
# Lode writes its lags and starting model, R gstat fits them. Needs R with gstat, sp, jsonlite
# (Debian: apt-get install r-base-core r-cran-gstat r-cran-sp r-cran-jsonlite).
# Copper Creek is included only where ../shared/datasets exists. Run: sh scripts/gstat/make-default-fit.sh
set -eu
cd "$(dirname "$0")/../.."
OUT=tests/fixtures/gstat
npx tsx scripts/gstat/makeDefaultFitInput.ts "$OUT"
for f in "$OUT"/defaultFit_*.json; do
  case "$f" in *.gstat.json) continue ;; esac
  Rscript scripts/gstat/fitDefault.R "$f" "${f%.json}.gstat.json"
done
