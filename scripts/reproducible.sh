#!/usr/bin/env bash
# Two clean builds of the committed tree (HEAD, not the work tree's edits) in two separate directories must give
# byte-identical jars: project.build.outputTimestamp in the parent pom fixes every archive entry's time, and
# the jar and shade plugins order entries. Exits 1 and names the jars that differ.
#
#   scripts/reproducible.sh [extra mvn args]     e.g. -Prelease to include the sources and Javadoc jars
set -euo pipefail
cd "$(dirname "$0")/.."
commit="$(git rev-parse HEAD)"   # both builds use this commit even if HEAD moves meanwhile
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for n in 1 2; do
  mkdir -p "$work/build$n"
  git archive "$commit" | tar -x -C "$work/build$n"
  (cd "$work/build$n" && mvn -B -ntp ${MVN_OFFLINE--o} -q -DskipTests verify "$@")
done
differ=0
count=0
while IFS= read -r jar; do
  count=$((count + 1))
  other="$work/build2/${jar#"$work/build1/"}"
  if [[ ! -f "$other" ]]; then
    echo "FALTA en la segunda compilación: ${jar#"$work/build1/"}"; differ=1
  elif cmp -s "$jar" "$other"; then
    echo "igual  $(sha256sum "$jar" | cut -c1-16)  ${jar#"$work/build1/"}"
  else
    echo "DISTINTO  ${jar#"$work/build1/"}"; differ=1
  fi
done < <(find "$work/build1" -path '*/target/*' -name '*.jar' -not -path '*/target/staging/*' | sort)
if [[ $count -eq 0 ]]; then echo "RECHAZADO: ningún jar"; exit 1; fi
if [[ $differ -ne 0 ]]; then echo "NO REPRODUCIBLE"; exit 1; fi
echo "Reproducible ($commit): $count jars byte a byte iguales en dos compilaciones limpias."
