# Sourced by ./mvnw: makes JAVA_HOME point at a JDK 25 or newer.
# Keeps JAVA_HOME when it already is one; otherwise looks at the javac on PATH
# and the usual install folders, and takes the newest JDK 25+ it finds.

pyjava_jdk_feature() { # prints the feature version of the JDK at $1, or nothing
  [ -x "$1/bin/javac" ] && [ -f "$1/release" ] || return 0
  sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$1/release" | head -n 1
}

pyjava_find_jdk() {
  pyjava_need=25
  pyjava_feature=$(pyjava_jdk_feature "${JAVA_HOME:-/nonexistent}")
  if [ -n "$pyjava_feature" ] && [ "$pyjava_feature" -ge "$pyjava_need" ]; then
    return 0
  fi
  pyjava_best="" pyjava_best_feature=0
  pyjava_from_path=$(command -v javac 2>/dev/null || true)
  [ -z "$pyjava_from_path" ] || pyjava_from_path=$(dirname "$(dirname "$(readlink -f "$pyjava_from_path")")")
  case $- in *f*) pyjava_noglob=1; set +f ;; *) pyjava_noglob=0 ;; esac
  for pyjava_home in $pyjava_from_path /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* \
      "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    pyjava_feature=$(pyjava_jdk_feature "$pyjava_home")
    if [ -n "$pyjava_feature" ] && [ "$pyjava_feature" -gt "$pyjava_best_feature" ]; then
      pyjava_best=$pyjava_home pyjava_best_feature=$pyjava_feature
    fi
  done
  [ "$pyjava_noglob" = 0 ] || set -f
  if [ "$pyjava_best_feature" -ge "$pyjava_need" ]; then
    JAVA_HOME=$pyjava_best
    export JAVA_HOME
  else
    echo "pyjava needs a JDK $pyjava_need or newer: install one (e.g. Temurin 25) or set JAVA_HOME to it." >&2
    exit 1
  fi
}

pyjava_find_jdk
