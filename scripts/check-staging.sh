#!/usr/bin/env bash
# Stages a release the way Maven Central receives it and checks what Central requires:
#   mvn -B -ntp deploy -Prelease -DskipTests -DaltDeploymentRepository=local::file:<dir>
# then, for every staged module: its jar, -sources.jar and -javadoc.jar (a pom-packaged module: its pom only);
# a pom with name, description, url, licenses, developers and scm (its own or inherited from a staged parent);
# no SNAPSHOT version and no SNAPSHOT dependency. Exits 1 on the first module that fails a check.
#
#   scripts/check-staging.sh              stage into target/staging and check
#   scripts/check-staging.sh --check DIR  only check an already staged directory
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--check" ]]; then
  staging="$(cd "$2" && pwd)"
else
  staging="$(pwd)/target/staging"
  rm -rf "$staging"
  mkdir -p "$staging"
  # Not offline: maven-deploy-plugin refuses to deploy in offline mode, even to a file: repository.
  if ! mvn -B -ntp -q deploy -Prelease -DskipTests \
      -DaltDeploymentRepository="local::file:$staging" "$@"; then
    echo "RECHAZADO: el despliegue de prueba falló (¿versión o dependencia SNAPSHOT? ver arriba)." >&2
    exit 1
  fi
fi
python3 - "$staging" <<'PY'
import pathlib, sys, xml.etree.ElementTree as ET
root = pathlib.Path(sys.argv[1])
NS = {"m": "http://maven.apache.org/POM/4.0.0"}
poms = sorted(p for p in root.rglob("*.pom"))
if not poms:
    sys.exit("RECHAZADO: nada en " + str(root))
parsed = {}
for p in poms:
    x = ET.parse(p).getroot()
    g = x.findtext("m:groupId", namespaces=NS) or x.findtext("m:parent/m:groupId", namespaces=NS)
    parsed[(g, x.findtext("m:artifactId", namespaces=NS))] = (p, x)
def field(x, path):
    """The element in this pom or, as Maven inherits it, in the staged parent's."""
    while x is not None:
        e = x.find(path, NS)
        if e is not None and (len(e) or (e.text or "").strip()):
            return e
        par = x.find("m:parent", NS)
        if par is None:
            return None
        key = (par.findtext("m:groupId", namespaces=NS), par.findtext("m:artifactId", namespaces=NS))
        x = parsed.get(key, (None, None))[1]
    return None
failures = []
for (g, a), (p, x) in sorted(parsed.items()):
    v = x.findtext("m:version", namespaces=NS) or x.findtext("m:parent/m:version", namespaces=NS)
    packaging = x.findtext("m:packaging", namespaces=NS) or "jar"
    bad = []
    if "SNAPSHOT" in v:
        bad.append("versión SNAPSHOT " + v)
    for d in x.iterfind(".//m:dependency", NS):
        dv = d.findtext("m:version", namespaces=NS) or ""
        if "SNAPSHOT" in dv or ("${project.version}" in dv and "SNAPSHOT" in v):
            bad.append("dependencia SNAPSHOT " + d.findtext("m:artifactId", namespaces=NS))
    for own in ("m:name", "m:description"):
        if x.find(own, NS) is None:
            bad.append("falta " + own[2:])
    for inh in ("m:url", "m:licenses/m:license/m:name", "m:developers/m:developer", "m:scm/m:url", "m:scm/m:connection"):
        if field(x, inh) is None:
            bad.append("falta " + inh.replace("m:", ""))
    d = p.parent
    if packaging != "pom":
        for suffix in (".jar", "-sources.jar", "-javadoc.jar"):
            f = d / f"{a}-{v}{suffix}"
            if not f.is_file() or f.stat().st_size == 0:
                bad.append("falta " + f.name)
    status = "OK " if not bad else "MAL"
    print(f"{status} {g}:{a}:{v} ({packaging})" + ("" if not bad else ": " + "; ".join(bad)))
    failures += bad
if failures:
    sys.exit(f"RECHAZADO: {len(failures)} problema(s) en {root}")
print(f"Listo para Central: {len(parsed)} módulos en {root} (sin firmar: ver el perfil release)")
PY
