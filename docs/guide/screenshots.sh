#!/usr/bin/env bash
# Takes the user guide's screenshots from the real app, on a fresh throwaway store, in a virtual display.
# usage: docs/guide/screenshots.sh   (writes docs/images/guide/*.png; needs Xvfb and ImageMagick's import)
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in Xvfb import keytool; do
  command -v $tool >/dev/null || { echo "screenshots.sh needs $tool (apt-get install xvfb imagemagick)" >&2; exit 2; }
done
[[ -f target/policydesk.jar && -d target/test-classes ]] || mvn -q -DskipTests package

work=$(mktemp -d)
out=docs/images/guide
mkdir -p "$out"
export POLICYDESK_HOME=$work/store
display=$((200 + RANDOM % 300))
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
export DISPLAY=":$display"
sleep 1
tour() { java -cp target/policydesk.jar:target/test-classes org.policydesk.gui.GuideTour "$out" "$@"; }
cli() { java -jar target/policydesk.jar "$@"; }

# 1. The sample district: policies, the Issue 117 draft, editor, redline, adoption, history, packet, settings.
tour library
# 2. Staff: import the sample roster through the mapping and preview screens, then a roster check.
tour staff "$PWD/resources/sample/staff/sample-roster.csv"
# 3. A district certificate, signed sheets for one building, and the acknowledgment screens and kiosk.
keytool -genkeypair -alias district -keyalg RSA -keysize 2048 -validity 3650 -storetype PKCS12 \
  -keystore "$work/district.p12" -storepass guide-pass -keypass guide-pass \
  -dname "CN=Sample Community Unit School District, O=Sample District, L=Springfield, ST=Illinois, C=US" 2>/dev/null
echo guide-pass > "$work/password"
sheet=$(cli sheets --policy 5:125 --building WMS --out "$work/sheets-signed.pdf" --sign "$work/district.p12" \
  --password-file "$work/password" | sed -n 's/.*: sheet \([^,]*\),.*/\1/p')
[[ -n $sheet ]] || { echo "screenshots.sh: the sheets command printed no sheet ID" >&2; exit 1; }
tour acks "$sheet" "$work/sheets-signed.pdf"
echo "screenshots in $out"
