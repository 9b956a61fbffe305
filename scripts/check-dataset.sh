#!/usr/bin/env bash
# Rebuilds the dataset from data/reports into a temporary folder and compares it with public/data.
# Fails (exit 1) with a summary of what differs when the committed dataset is not what the current
# parser, checks and agencies.csv produce: run `npm run ingest` and commit public/data to fix it.
set -uo pipefail
cd "$(dirname "$0")/.."
COMMITTED=public/data
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

if ! npx tsx src/pipeline/ingest.ts data/reports --out "$TMP/data" >"$TMP/ingest.log" 2>&1; then
  echo "check-dataset: the ingest failed:"
  cat "$TMP/ingest.log"
  exit 1
fi

status=0
names=$( (ls "$COMMITTED"; ls "$TMP/data") | sort -u)
for name in $names; do
  a="$COMMITTED/$name"
  b="$TMP/data/$name"
  if [ ! -e "$a" ]; then
    echo "NEW      $name (the rebuild writes it; public/data lacks it)"; status=1
  elif [ ! -e "$b" ]; then
    echo "STALE    $name (in public/data; the rebuild no longer writes it)"; status=1
  elif cmp -s "$a" "$b"; then
    echo "same     $name"
  else
    echo "DIFFERS  $name"; status=1
    case "$name" in
      *.parquet) ;; # binary: manifest.json's diff below shows its row count and hash
      *) diff -u "$a" "$b" | head -40 | sed 's/^/         /' ;;
    esac
  fi
done

if [ $status -ne 0 ]; then
  echo
  echo "check-dataset: public/data is not what data/reports builds today."
  echo "Run 'npm run ingest' and commit public/data (after checking the changes are intended)."
else
  echo "check-dataset: public/data is reproducible from data/reports."
fi
exit $status
