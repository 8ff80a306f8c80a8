#!/usr/bin/env bash
# Prints every figure in docs/ACCURACY.md.
set -e
for g in "eval/dev/gold.jsonl --articles eval/dev/articles" "eval/heldout/gold.jsonl --articles eval/heldout/articles" ../shared/peers/petrarch2_gsr.jsonl ../shared/peers/plover_gsr.jsonl ../shared/peers/ngec_actor_resolution.jsonl; do
  echo "== accord eval $g"; accord eval $g
done
