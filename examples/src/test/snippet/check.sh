#!/usr/bin/env bash
# Builds a module project whose pom.xml is made of the README's own snippets ("Adding pyjava to a
# Maven build" and "Ship your module to Python users") with the machine's plain mvn, after the
# README's ./mvnw install, then installs its wheel into a new virtual environment and imports it.
# Usage: check.sh PYTHON (the interpreter of the virtual environment).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repository=$(cd "$here/../../../.." && pwd)
python=${1:-python3}
mvn=$(command -v mvn) || { echo "the snippet needs the machine's plain mvn, and there is none on PATH" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "--- ./mvnw install (the README's step before a project can use pyjava)"
(cd "$repository" && ./mvnw -B -q install -DskipTests -pl .,annotations,runtime,processor,maven-plugin,python)
version=$(cd "$repository" && sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)

echo "--- pom.xml from the README's snippets, pyjava.version $version"
"$python" - "$repository/README.md" "$version" >"$work/pom.xml" <<'PY'
import re, sys

readme, version = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]


def first_xml_block(heading):
    section = readme[readme.index(heading):]
    return re.search(r"```xml\n(.*?)```", section, re.S).group(1)


build = first_xml_block("### Adding pyjava to a Maven build")
plugin = first_xml_block("## Ship your module to Python users")
assert build.count("</plugins>") == 1, "the build snippet has one <plugins>"
build = build.replace("</plugins>", plugin + "</plugins>")
print(f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
<modelVersion>4.0.0</modelVersion>
<groupId>demo</groupId>
<artifactId>snippet-demo</artifactId>
<version>1.0</version>
<properties>
  <pyjava.version>{version}</pyjava.version>
  <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
</properties>
{build}
</project>""")
PY
cp -r "$here/src" "$work/src"

"$mvn" -B -v -Dstyle.color=never >"$work/mvn-version" 2>&1
echo "--- $(head -n 1 "$work/mvn-version"): mvn package"
# mvn runs on JAVA_HOME's Java, which must be a JDK 25 (the README says so): found as ./mvnw does.
java_home=$(. "$repository/.mvn/find-jdk.sh" && echo "$JAVA_HOME")
(cd "$work" && JAVA_HOME=$java_home "$mvn" -B -q -Dstyle.color=never package)
wheel=$work/target/wheels/snippet_demo-1.0-py3-none-any.whl
test -f "$wheel" || { echo "mvn package wrote no $wheel" >&2; exit 1; }

echo "--- pip install into a new virtual environment, then import"
"$python" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q --no-index --find-links "$repository/python/target/wheels" \
  --find-links "$work/target/wheels" snippet-demo
(cd "$work" && env -u PYJAVA_CLASSPATH -u PYJAVA_JAVA_HOME "$work/venv/bin/python" -c '
import greeter
assert greeter.greet("pyjava") == "Hello, pyjava!", greeter.greet("pyjava")
print("1 passed: the README snippets built a module project with plain mvn; pip installed it; it imports")')
