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

# The launchers' JVM options live in one file each, which the bench reads too (decisions 0084, 0088).
options_of() { sed -n 's/^java-options=//p' "$1"; }
# Training runs take a launcher's options without its archive; the archives are dumped with the launchers' heap
# limit (the same for both, LauncherOptionsTest): dumped for another limit, the archived heap objects would be
# moved and patched at every start (~9 ms; decision 0088).
training_options() { options_of "$1" | tr ' ' '\n' | grep -v -e '^-XX:SharedArchiveFile=' -e '^-Xlog:cds' | tr '\n' ' '; }
heap=$(options_of installer/policydesk.properties | grep -o -e '-Xmx[0-9]*[kKmMgG]')
common=(--name policydesk --app-version "$version" --vendor "PolicyDesk"
        --description "Board policies and staff acknowledgments for a school district office"
        --input "$out/input" --main-jar policydesk.jar --main-class org.policydesk.Launcher
        --runtime-image "$out/runtime" --dest "$out"
        # bin/policydesk-cli: the same program for commands, with the JVM options of a short run (decision 0084).
        --add-launcher policydesk-cli=installer/policydesk-cli.properties)
# bin/policydesk, the window (decision 0088). Its class archive is optional to the JVM: a missing or non-matching
# archive is skipped silently (decision 0062).
for option in $(options_of installer/policydesk.properties); do
  common+=(--java-options "$option")
done

# Writes a class archive for each launcher into the app-image: the JDK and app classes that its training runs
# load, pre-parsed, so the next starts map them instead of reading and verifying them one by one (decision 0072).
#   lib/app/policydesk.jsa      bin/policydesk, the window: what a window start loads until the policies are listed
#   lib/app/policydesk-cli.jsa  bin/policydesk-cli, commands: what `list` and a board packet load
# One archive each, not one for both: every start maps and relocates its whole archive before main() (about half
# a millisecond a megabyte here), and the commands' PDF engine made the window's archive a fifth larger (decision 0088).
# An archive holds the jar's path, size and time: it serves the app-image where it was built.
write_class_archives() {
  local app; app=$(cd "$out/policydesk/lib/app" && pwd)
  local java="$out/policydesk/lib/runtime/bin/java" train; train=$(mktemp -d)
  # Each launcher's training runs with its own options, as users run it (decision 0084).
  local cli_options window_options
  cli_options=$(training_options installer/policydesk-cli.properties)
  window_options=$(training_options installer/policydesk.properties)
  # shellcheck disable=SC2086 # the options are words
  "$java" $cli_options -XX:DumpLoadedClassList="$train/list.classes" -cp "$app/policydesk.jar" org.policydesk.Launcher \
    --db "$train/store" list > /dev/null
  # A board packet loads the PDF engine (PDFBox, fonts, layout) that `list` does not (decision 0074).
  # shellcheck disable=SC2086
  "$java" $cli_options -XX:DumpLoadedClassList="$train/packet.classes" -cp "$app/policydesk.jar" org.policydesk.Launcher \
    --db "$train/store" packet --policies 5:125 --meeting 2026-12-15 --out "$train/packet.pdf" > /dev/null
  cat "$train/list.classes" "$train/packet.classes" | awk '!seen[$0]++' > "$train/cli.classes"
  if command -v xvfb-run > /dev/null; then
    # The start-up probe makes the window quit by itself once the policies are listed.
    # shellcheck disable=SC2086
    timeout 120 xvfb-run -a "$java" $window_options -XX:DumpLoadedClassList="$train/window.classes" -Dpolicydesk.startupProbe=true \
      -Djava.util.prefs.userRoot="$train/prefs" -cp "$app/policydesk.jar" org.policydesk.Launcher --db "$train/store" \
      > /dev/null 2>&1 || echo "build.sh: the window training run failed; the window's archive has the store's classes only" >&2
  else
    echo "build.sh: no xvfb-run, so the window's archive has the store's classes only (apt-get install xvfb)" >&2
  fi
  [[ -s $train/window.classes ]] || cp "$train/list.classes" "$train/window.classes"
  local name
  for name in window cli; do
    local archive="$app/policydesk.jsa"
    [[ $name == cli ]] && archive="$app/policydesk-cli.jsa"
    "$java" $heap -Xshare:dump -XX:SharedClassListFile="$train/$name.classes" -XX:SharedArchiveFile="$archive" \
      -cp "$app/policydesk.jar" > "$train/dump.log" 2>&1 || { cat "$train/dump.log" >&2; exit 1; }
    echo "class archive: $archive ($(du -h "$archive" | cut -f1), $(wc -l < "$train/$name.classes") classes listed)"
    # The .deb carries the lists, not the archives: its postinst makes them for the installed jar (decision 0072).
    cp "$train/$name.classes" "$out/policydesk-$name.classlist"
  done
  rm -rf "$train"
}

# The .deb needs the app-image's training runs for its class lists.
if [[ $kind == app-image || $kind == deb || $kind == all ]]; then
  jpackage --type app-image --icon resources/icons/policydesk.png "${common[@]}"
  write_class_archives
  echo "app-image: $out/policydesk ($(du -sh "$out/policydesk" | cut -f1))"
fi
if [[ $kind == deb || $kind == all ]]; then
  command -v fakeroot >/dev/null || { echo "build.sh: the .deb needs fakeroot and binutils (apt-get install fakeroot binutils)" >&2; exit 2; }
  cp "$out"/policydesk-window.classlist "$out"/policydesk-cli.classlist "$out/input/"
  # installer/linux holds the desktop entry and the postinst/prerm that make and remove the class archive.
  # jpackage 17 gives every launcher a menu entry (its --add-launcher file cannot say otherwise); the command
  # launcher's, policydesk-cli.desktop, is NoDisplay, so the menu shows PolicyDesk once.
  jpackage --type deb --icon resources/icons/policydesk.png --resource-dir installer/linux \
    --linux-package-name policydesk --linux-package-deps libgtk-3-0 --linux-shortcut \
    --linux-menu-group Office --linux-app-category office "${common[@]}"
  ls -la "$out"/*.deb
fi
