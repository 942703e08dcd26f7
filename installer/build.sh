#!/usr/bin/env bash
# Builds the PolicyDesk installer with jpackage (JDK 17).
#   installer/build.sh [app-image|deb|all]     (default: app-image)
# Output goes to target/installer/. On Windows and macOS see installer/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

kind=${1:-app-image}
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | sed -n 1p)
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
        --runtime-image "$out/runtime" --java-options "-Xmx1g" --dest "$out"
        # Class-data sharing (decision 0062): a missing or non-matching archive is skipped silently.
        --java-options '-XX:SharedArchiveFile=$APPDIR/policydesk.jsa' --java-options "-Xlog:cds=off"
        --java-options "-Xlog:cds+dynamic=off"
        # bin/policydesk-cli: the same program for commands, with the JVM options of a short run (decision 0084).
        --add-launcher policydesk-cli=installer/policydesk-cli.properties)

# Writes lib/app/policydesk.jsa into the app-image: the JDK and app classes that a window start and a CLI
# command load, pre-parsed, so the next starts map them instead of reading and verifying them one by one.
# The archive holds the jar's path, size and time: it serves the app-image where it was built.
write_class_archive() {
  local app; app=$(cd "$out/policydesk/lib/app" && pwd)
  local java="$out/policydesk/lib/runtime/bin/java" train; train=$(mktemp -d)
  "$java" -XX:DumpLoadedClassList="$train/cli.classes" -cp "$app/policydesk.jar" org.policydesk.Launcher \
    --db "$train/store" list > /dev/null
  # A board packet loads the PDF engine (PDFBox, fonts, layout) that `list` does not (decision 0074); it runs
  # with policydesk-cli's options (its archive option aside), as users run commands (decision 0084).
  local cli_options; cli_options=$(sed -n 's/^java-options=//p' installer/policydesk-cli.properties \
    | tr ' ' '\n' | grep -v -e '^-XX:SharedArchiveFile=' -e '^-Xlog:cds' | tr '\n' ' ')
  # shellcheck disable=SC2086 # the options are words
  "$java" $cli_options -XX:DumpLoadedClassList="$train/packet.classes" -cp "$app/policydesk.jar" org.policydesk.Launcher \
    --db "$train/store" packet --policies 5:125 --meeting 2026-12-15 --out "$train/packet.pdf" > /dev/null
  if command -v xvfb-run > /dev/null; then
    # The start-up probe makes the window quit by itself once the policies are listed.
    timeout 120 xvfb-run -a "$java" -XX:DumpLoadedClassList="$train/window.classes" -Dpolicydesk.startupProbe=true \
      -Djava.util.prefs.userRoot="$train/prefs" -cp "$app/policydesk.jar" org.policydesk.Launcher --db "$train/store" \
      > /dev/null 2>&1 || echo "build.sh: the window training run failed; the archive covers the CLI only" >&2
  else
    echo "build.sh: no xvfb-run, so the class archive covers the CLI only (apt-get install xvfb)" >&2
  fi
  cat "$train"/*.classes | awk '!seen[$0]++' > "$train/all.classes"
  "$java" -Xshare:dump -XX:SharedClassListFile="$train/all.classes" -XX:SharedArchiveFile="$app/policydesk.jsa" \
    -cp "$app/policydesk.jar" > "$train/dump.log" 2>&1 || { cat "$train/dump.log" >&2; exit 1; }
  echo "class archive: $app/policydesk.jsa ($(du -h "$app/policydesk.jsa" | cut -f1), $(wc -l < "$train/all.classes") classes listed)"
  # The .deb carries this list, not the archive: its postinst makes the archive for the installed jar (decision 0072).
  cp "$train/all.classes" "$out/policydesk.classlist"
  rm -rf "$train"
}

# The .deb needs the app-image's training runs for its class list.
if [[ $kind == app-image || $kind == deb || $kind == all ]]; then
  jpackage --type app-image --icon resources/icons/policydesk.png "${common[@]}"
  write_class_archive
  echo "app-image: $out/policydesk ($(du -sh "$out/policydesk" | cut -f1))"
fi
if [[ $kind == deb || $kind == all ]]; then
  command -v fakeroot >/dev/null || { echo "build.sh: the .deb needs fakeroot and binutils (apt-get install fakeroot binutils)" >&2; exit 2; }
  cp "$out/policydesk.classlist" "$out/input/"
  # installer/linux holds the desktop entry and the postinst/prerm that make and remove the class archive.
  # jpackage 17 gives every launcher a menu entry (its --add-launcher file cannot say otherwise); the command
  # launcher's, policydesk-cli.desktop, is NoDisplay, so the menu shows PolicyDesk once.
  jpackage --type deb --icon resources/icons/policydesk.png --resource-dir installer/linux \
    --linux-package-name policydesk --linux-package-deps libgtk-3-0 --linux-shortcut \
    --linux-menu-group Office --linux-app-category office "${common[@]}"
  ls -la "$out"/*.deb
fi
