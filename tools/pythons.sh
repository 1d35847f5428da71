#!/usr/bin/env bash
# Builds the test interpreters the Python suites run on, from Debian's signed source packages,
# into a cache outside the repository, and gives every test interpreter trixie's pytest and
# pytest-benchmark.
#
#   tools/pythons.sh            build what is missing, then print one line per interpreter
#   tools/pythons.sh NAME...    the same for the named interpreters only (e.g. 3.14 3.14t)
#   tools/pythons.sh --list     print the test interpreters, one a line: name, path, and why
#                               it is missing (empty when it is there), separated by tabs
#
# PYJAVA_PYTHONS names the cache (default ~/.cache/pyjava/pythons); <cache>/<name> is the
# prefix of one interpreter, <cache>/<name>.status says what happened to it (read by the test
# runner). The system's apt configuration is never changed: apt runs on a private sources list
# and state folder in the cache, on the mirror the system's own sources name. A second run
# builds nothing and says so.
set -euo pipefail

# name, Debian source package, configure flags of the build (the default builds first)
targets=(
  "3.13 python3.13"
  "3.14 python3.14"
  "3.15 python3.15"
  "3.13t python3.13 --disable-gil"
  "3.14t python3.14 --disable-gil"
)
# Interpreters that are on this machine already and only need pytest: pyenv's newest of each.
pyenv_minors=(3.12 3.13)
pyenv_root=${PYENV_ROOT:-$HOME/.pyenv}
pyenv_interpreters=()
for minor in "${pyenv_minors[@]}"; do
  newest=$(ls "$pyenv_root/versions" 2>/dev/null | grep -E "^${minor//./\\.}\.[0-9]+$" | sort -V | tail -n 1 || true)
  pyenv_interpreters+=("${newest:-$minor}")
done
# The pure-Python test runner every interpreter gets, and the suite it comes from.
pytest_packages=(python3-pytest python3-pluggy python3-iniconfig python3-packaging)
pytest_suite=trixie
# The benchmark suite's timer (examples/src/bench/python), from the same suite, and what it needs.
bench_packages=(python3-pytest-benchmark python3-cpuinfo)
# Where Debian serves the interpreters' sources: stable first, then testing, unstable, experimental.
source_suites="trixie trixie-updates forky sid experimental"
# The keyrings of Debian's developers and maintainers, which sign the source packages.
keyrings=(/usr/share/keyrings/debian-keyring.gpg /usr/share/keyrings/debian-maintainers.gpg
  /usr/share/keyrings/debian-nonupload.gpg)
build_deps=(build-essential gpgv debian-keyring libssl-dev zlib1g-dev libffi-dev libbz2-dev
  libreadline-dev libsqlite3-dev liblzma-dev uuid-dev libgdbm-dev tk-dev libncurses-dev
  libexpat1-dev)

cache=${PYJAVA_PYTHONS:-${XDG_CACHE_HOME:-$HOME/.cache}/pyjava/pythons}
apt_dir=$cache/.apt
source_dir=$cache/.sources
build_dir=$cache/.build
pytest_dir=$cache/.pytest
bench_dir=$cache/.pytest-benchmark

# True when the interpreter is in the cache, its build complete.
built() { [ -x "$cache/$1/bin/python3" ] && grep -q '^built' "$cache/$1.status" 2>/dev/null; }

if [ "${1:-}" = --list ]; then
  # The system's own first: python3 on PATH, Debian's.
  printf 'python3\t%s\t%s\n' "$(command -v python3 || echo python3)" "$(command -v python3 >/dev/null || echo "no python3 on PATH")"
  printf '/usr/bin/python3\t/usr/bin/python3\t%s\n' "$([ -x /usr/bin/python3 ] || echo "not installed")"
  for version in "${pyenv_interpreters[@]}"; do
    python=$pyenv_root/versions/$version/bin/python3
    printf 'pyenv %s\t%s\t%s\n' "$version" "$python" "$([ -x "$python" ] || echo "not installed in $pyenv_root")"
  done
  for target in "${targets[@]}"; do
    name=${target%% *}
    python=$cache/$name/bin/python3
    why=""
    if ! built "$name"; then
      why=$(cat "$cache/$name.status" 2>/dev/null || echo "not built: run tools/pythons.sh")
    fi
    printf '%s\t%s\t%s\n' "$name" "$python" "$why"
  done
  exit 0
fi

say() { echo "pythons: $*"; }

# The mirror the system's apt uses (deb822 .sources first, then sources.list), security ones aside.
system_mirror() {
  local uri
  uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
    awk '/^URIs:/ { for (i = 2; i <= NF; i++) print $i }' | grep -v security | head -n 1 || true)
  if [ -z "$uri" ]; then
    uri=$(cat /etc/apt/sources.list 2>/dev/null |
      awk '$1 == "deb" || $1 == "deb-src" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; break } }' |
      grep -v security | head -n 1 || true)
  fi
  [ -n "$uri" ] || { echo "no apt mirror found in /etc/apt/sources.list.d/*.sources or /etc/apt/sources.list" >&2; return 1; }
  echo "${uri%/}"
}

apt_options=(-o Dir::Etc::SourceList=/dev/null -o APT::Sandbox::User="$(id -un)" -o "Dir::Etc::SourceParts=$apt_dir/parts"
  -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache")
private_apt_ready=""
mirror=""
# Sets up the private apt (once per run) and refreshes its index.
private_apt() {
  [ -n "$private_apt_ready" ] && return 0
  mirror=$(system_mirror) || return 1
  mkdir -p "$apt_dir/parts" "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
  cat >"$apt_dir/parts/pyjava.sources" <<EOF
Types: deb
URIs: $mirror
Suites: $pytest_suite
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: $mirror
Suites: $source_suites
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  apt-get "${apt_options[@]}" -qq update || return 1
  private_apt_ready=1
}

# Installs, through the system's apt, the build dependencies that are missing.
install_build_deps() {
  local missing=() package
  for package in "${build_deps[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    say "missing build packages: ${missing[*]}"
    return 1
  fi
  say "installing build packages: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The versions of a source package to try, newest first: those the index lists, then (because
# the mirror's pool can lag behind its index) the earlier patch releases and release candidates
# of the same minor version, Debian revision 1.
candidate_versions() {
  local package=$1 listed lowest minor patch rc
  listed=$(apt-cache "${apt_options[@]}" showsrc "$package" 2>/dev/null |
    awk '/^Version:/ { print $2 }' | sort -u | sort_versions)
  [ -n "$listed" ] || return 0
  echo "$listed"
  lowest=$(echo "$listed" | tail -n 1)
  minor=${package#python}
  patch=$(echo "${lowest%%-*}" | sed -E "s/^$minor\.([0-9]+).*/\1/")
  while [ "$patch" -gt 0 ]; do
    patch=$((patch - 1))
    echo "$minor.$patch-1"
  done
  for rc in 3 2 1; do echo "$minor.0~rc$rc-1"; done
}

# Sorts Debian versions, newest first.
sort_versions() {
  local versions=() version sorted=() i
  while read -r version; do [ -n "$version" ] && versions+=("$version"); done
  for version in "${versions[@]}"; do
    i=0
    while [ $i -lt ${#sorted[@]} ] && dpkg --compare-versions "${sorted[$i]}" gt "$version"; do i=$((i + 1)); done
    sorted=("${sorted[@]:0:$i}" "$version" "${sorted[@]:$i}")
  done
  printf '%s\n' "${sorted[@]}"
}

# Fetches and unpacks the newest upstream source of a source package that the mirror serves and
# whose signed .dsc (debian-keyring) vouches for by checksum. Debian's own patches are not used,
# so only the .dsc and the upstream tarball need to be served. Prints the unpacked folder and the
# version; on failure prints why on stderr.
fetch_source() {
  local package=$1 version dsc tarball sum tried=""
  local pool="$mirror/pool/main/${package:0:1}/$package"
  while read -r version; do
    [ -n "$version" ] || continue
    if [ -d "$source_dir/$package-$version" ]; then
      echo "$source_dir/$package-$version $version"
      return 0
    fi
    dsc=$source_dir/${package}_${version#*:}.dsc
    if ! download "$pool/${dsc##*/}" "$dsc"; then
      tried="$tried $version(not served)"
      continue
    fi
    if ! gpgv "${keyrings[@]/#/--keyring=}" --output "$dsc.signed" "$dsc" >"$dsc.gpgv" 2>&1 < /dev/null; then
      tried="$tried $version(bad signature)"
      rm -f "$dsc" "$dsc.signed"
      continue
    fi
    read -r sum tarball < <(awk '/^Checksums-Sha256:/ { on = 1; next } /^[^ ]/ { on = 0 }
      on && $3 ~ /\.orig\.tar\./ { print $1, $3 }' "$dsc.signed")
    if [ -z "${tarball:-}" ] || ! download "$pool/$tarball" "$source_dir/$tarball"; then
      tried="$tried $version(upstream tarball not served)"
      continue
    fi
    if ! echo "$sum  $source_dir/$tarball" | sha256sum --check --quiet >/dev/null 2>&1; then
      tried="$tried $version(checksum failed)"
      rm -f "$source_dir/$tarball"
      continue
    fi
    rm -rf "$source_dir/$package-$version.tmp"
    mkdir -p "$source_dir/$package-$version.tmp"
    tar -xf "$source_dir/$tarball" -C "$source_dir/$package-$version.tmp" --strip-components=1 || return 1
    mv "$source_dir/$package-$version.tmp" "$source_dir/$package-$version"
    echo "$source_dir/$package-$version $version"
    return 0
  done < <(candidate_versions "$package")
  if [ -z "$tried" ]; then
    echo "the archive's index has no $package" >&2
  else
    echo "no verified source served:$tried" >&2
  fi
  return 1
}

# Downloads a URL to a file once; false when the mirror does not serve it.
download() {
  [ -f "$2" ] && return 0
  curl -sfL -o "$2.part" "$1" || { rm -f "$2.part"; return 1; }
  mv "$2.part" "$2"
}

# Builds one interpreter into its prefix; the status file says what happened.
build() {
  local name=$1 package=$2 flags=$3 prefix=$cache/$1 fetched src version work start seconds
  if ! private_apt; then
    record "$name" "failed: apt-get update of the private sources on $mirror failed"
    return 0
  fi
  if ! fetched=$(fetch_source "$package" 2>"$build_dir/$name.why"); then
    record "$name" "failed: $(cat "$build_dir/$name.why")"
    return 0
  fi
  src=${fetched% *}
  version=${fetched##* }
  work=$build_dir/$name
  rm -rf "$work" "$prefix"
  mkdir -p "$work"
  say "$name: building $package $version (log: $work.log)"
  start=$(date +%s)
  # shellcheck disable=SC2086 # flags is a list of configure options
  if (cd "$work" && nice -n 19 "$src/configure" --prefix="$prefix" --enable-shared $flags \
    --disable-test-modules LDFLAGS="-Wl,-rpath,$prefix/lib" &&
    nice -n 19 make -j"$(nproc)" && nice -n 19 make install) >"$work.log" 2>&1 &&
    "$prefix/bin/python3" -c 'import ssl, sqlite3, ctypes, zlib' >>"$work.log" 2>&1; then
    seconds=$(($(date +%s) - start))
    rm -rf "$work"
    record "$name" "built Python $("$prefix/bin/python3" -c 'import platform, sysconfig
print(platform.python_version() + (" free-threaded" if sysconfig.get_config_var("Py_GIL_DISABLED") else ""))') from $package $version in ${seconds}s, $(du -sm "$prefix" | cut -f1) MB"
  else
    record "$name" "failed: the build of $package $version failed, see $work.log"
    rm -rf "$prefix"
  fi
}

record() { echo "$2" >"$cache/$1.status"; }

# Unpacks trixie's pure-Python packages into a folder of the cache once: fetch_debs DIR PACKAGE...
fetch_debs() {
  local dir=$1 deb
  shift
  [ -f "$dir/.complete" ] && return 0
  private_apt || return 1
  rm -rf "$dir"
  mkdir -p "$dir/debs"
  (cd "$dir/debs" && apt-get "${apt_options[@]}" -qq download "$@") || return 1
  for deb in "$dir"/debs/*.deb; do dpkg-deb -x "$deb" "$dir/root" || return 1; done
  touch "$dir/.complete"
}

# Makes the cached pytest and pytest-benchmark visible to an interpreter through .pth files in
# its site-packages (a .pth, unlike PYTHONPATH, reaches the interpreter's child processes too).
give_pytest() {
  local python=$1 site
  site=$("$python" -c 'import sysconfig; print(sysconfig.get_path("purelib"))')
  mkdir -p "$site"
  echo "$pytest_dir/root/usr/lib/python3/dist-packages" >"$site/pyjava-tests-pytest.pth"
  if [ -f "$bench_dir/.complete" ]; then
    echo "$bench_dir/root/usr/lib/python3/dist-packages" >"$site/pyjava-bench-pytest-benchmark.pth"
  fi
}

if [ $# -gt 0 ]; then
  chosen=()
  for target in "${targets[@]}"; do
    case " $* " in *" ${target%% *} "*) chosen+=("$target") ;; esac
  done
  [ ${#chosen[@]} -gt 0 ] || { echo "unknown interpreter: $* (known: $(printf '%s ' "${targets[@]%% *}"))" >&2; exit 2; }
  targets=("${chosen[@]}")
fi

mkdir -p "$cache" "$source_dir" "$build_dir"
built_now=""
for target in "${targets[@]}"; do
  read -r name package flags <<<"$target"
  built "$name" && continue
  if ! install_build_deps; then
    record "$name" "failed: build packages are missing (run tools/pythons.sh as root once to install them)"
    continue
  fi
  build "$name" "$package" "${flags:-}"
  built_now="$built_now $name"
done

if ! fetch_debs "$pytest_dir" "${pytest_packages[@]}"; then
  say "could not download ${pytest_packages[*]} from $pytest_suite: the interpreters get no pytest"
fi
if ! fetch_debs "$bench_dir" "${bench_packages[@]}"; then
  say "could not download ${bench_packages[*]} from $pytest_suite: the interpreters get no pytest-benchmark"
fi
for target in "${targets[@]}"; do
  name=${target%% *}
  if built "$name"; then give_pytest "$cache/$name/bin/python3"; fi
done
for version in "${pyenv_interpreters[@]}"; do
  python=$pyenv_root/versions/$version/bin/python3
  if [ -x "$python" ]; then give_pytest "$python"; fi
done

# One line per interpreter: built (by this run), cached (nothing to do), failed, found.
for target in "${targets[@]}"; do
  name=${target%% *}
  if ! built "$name"; then
    say "$name: $(cat "$cache/$name.status")"
  else
    case " $built_now " in
      *" $name "*) say "$name: $(cat "$cache/$name.status")" ;;
      *) say "$name: cached, nothing to do ($(cat "$cache/$name.status"))" ;;
    esac
  fi
done
for version in "${pyenv_interpreters[@]}"; do
  python=$pyenv_root/versions/$version/bin/python3
  if [ -x "$python" ]; then
    say "pyenv $version: found, Python $("$python" -c 'import platform; print(platform.python_version())')," \
      "pytest $("$python" -c 'import pytest; print(pytest.__version__)' 2>/dev/null || echo missing)"
  else
    say "pyenv $version: not on this machine"
  fi
done
