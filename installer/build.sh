#!/usr/bin/env bash
# Builds the PolicyDesk installer with jpackage (JDK 17).
#   installer/build.sh [app-image|deb|all]     (default: app-image)
# Output goes to target/installer/. On Windows and macOS see installer/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

kind=${1:-app-image}
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -1)
out=target/installer
jar=target/policydesk.jar

[[ -f $jar ]] || mvn -B -q package -DskipTests
rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/"

# A slim runtime: only the JDK modules the jar uses (JavaFX travels inside the jar), without debug data.
modules=$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 "$jar")
modules="$modules,jdk.crypto.ec,jdk.localedata,jdk.zipfs"
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out/runtime"

common=(--name policydesk --app-version "$version" --vendor "PolicyDesk"
        --description "Board policies and staff acknowledgments for a school district office"
        --input "$out/input" --main-jar policydesk.jar --main-class org.policydesk.Launcher
        --runtime-image "$out/runtime" --java-options "-Xmx1g" --dest "$out")

if [[ $kind == app-image || $kind == all ]]; then
  jpackage --type app-image --icon resources/icons/policydesk.png "${common[@]}"
  echo "app-image: $out/policydesk ($(du -sh "$out/policydesk" | cut -f1))"
fi
if [[ $kind == deb || $kind == all ]]; then
  command -v fakeroot >/dev/null || { echo "build.sh: the .deb needs fakeroot and binutils (apt-get install fakeroot binutils)" >&2; exit 2; }
  jpackage --type deb --icon resources/icons/policydesk.png --resource-dir installer/linux \
    --linux-package-name policydesk --linux-package-deps libgtk-3-0 --linux-shortcut \
    --linux-menu-group Office --linux-app-category office "${common[@]}"
  ls -la "$out"/*.deb
fi
