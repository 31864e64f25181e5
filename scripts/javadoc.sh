#!/usr/bin/env bash
# One aggregated Javadoc for the library modules (calendar, core, crypto, acuse) in target/site/apidocs.
# Types of other modules are links inside it; JDK types link to the Java 17 API through the committed
# element-list in docs/javadoc/jdk-17 (no network needed). The CLI, BOM and IT modules are skipped
# (skippedModules in the parent pom).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp ${MVN_OFFLINE:--o} -q -DskipTests package javadoc:aggregate "$@"
echo "Javadoc: $(pwd)/target/site/apidocs/index.html"
