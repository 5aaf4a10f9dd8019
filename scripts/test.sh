#!/usr/bin/env bash
# Install everything the test suite needs, then run it. The README's test command;
# .ci/run runs exactly this. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Independent RDF parsers (Turtle: rapper, serdi) and a browser for the page tests.
debs=()
command -v rapper >/dev/null || debs+=(raptor2-utils)
command -v serdi >/dev/null || debs+=(serdi)
command -v chromium >/dev/null || debs+=(chromium)
command -v chromedriver >/dev/null || debs+=(chromium-driver)
# The SPARQL servers the store is tested against: Virtuoso 7, and Apache Jena (TDB2 +
# ARQ, jars only; also the second SHACL engine) with a JDK to run its small Java runners.
command -v virtuoso-t >/dev/null || debs+=(virtuoso-opensource)
[ -f /usr/share/java/jena-cmds.jar ] || debs+=(libapache-jena-java)
command -v javac >/dev/null || debs+=(default-jdk-headless)
if [ ${#debs[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${debs[@]}" >/dev/null
fi

# The project and its test extras, in the repository's own virtual environment.
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test]'

.venv/bin/ruff check kb tests benchmarks scripts
.venv/bin/ruff format --check kb tests benchmarks scripts
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
