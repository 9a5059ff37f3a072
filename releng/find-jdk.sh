# Sourced by mvnw, releng/test and product/patchbay: exports JAVA_HOME pointing at a JDK >= 22.
# Eclipse 4.41 bundles are Java 21 class files; Debian 12's default java is 17 and cannot run them.
# The agent needs 22: its shared runtime for lab nodes uses the foreign-function API (final in Java 22).
patchbay_java_major() {
  # The JDK's release file names its version; reading it spares a JVM start (~60 ms) on every command.
  local from_release
  from_release=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1)
  if [ -n "$from_release" ]; then
    echo "$from_release"
    return 0
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
patchbay_find_jdk() {
  local candidate major name
  # No glob here: mvnw runs with `set -f`. Newest JDK first.
  for candidate in "${JAVA_HOME:-}" $(ls -r /usr/lib/jvm 2>/dev/null | while read -r name; do echo "/usr/lib/jvm/$name"; done); do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(patchbay_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 22 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  cat >&2 <<'MSG'
Patchbay needs a JDK 22 or newer and found none (checked $JAVA_HOME, then /usr/lib/jvm/*).
Install one, e.g. on Debian/Ubuntu:  sudo apt-get install openjdk-25-jdk-headless
(or unpack any JDK >= 22 and set JAVA_HOME to it), then run the command again.
MSG
  return 1
}
patchbay_find_jdk
