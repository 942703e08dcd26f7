#!/usr/bin/env bash
# Takes the user guide's screenshots from the real app, on a fresh throwaway store, in a virtual display.
# usage: docs/guide/screenshots.sh   (writes docs/images/guide/*.png; needs Xvfb and ImageMagick's import)
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in Xvfb import keytool pdftoppm pdftotext; do
  command -v $tool >/dev/null || { echo "screenshots.sh needs $tool (apt-get install xvfb imagemagick poppler-utils)" >&2; exit 2; }
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
tour() { java -cp target/policydesk.jar:target/test-classes org.policydesk.gui.app.GuideTour "$out" "$@"; }
cli() { java -jar target/policydesk.jar "$@"; }

# 1. The sample district: policies, the Issue 117 draft, editor, redline, adoption, history, packet, settings.
tour library
# 2. Staff: import the sample roster through the mapping and preview screens, then a roster check.
tour staff "$PWD/resources/sample/staff/sample-roster.csv"
# 3. Training: the sample sign-in sheets into the sample district's sessions, then the Training place and a check.
for pair in "Annual policy awareness:policy-awareness-sign-in.csv" "Mandated reporter:mandated-reporter-sign-in.csv"; do
  session=$(cli training sessions --type "${pair%%:*}" | sed -n '1s/^\([0-9][0-9]*\) .*/\1/p')
  [[ -n $session ]] || { echo "screenshots.sh: no sample session of ${pair%%:*}" >&2; exit 1; }
  cli training sign-in "$session" "resources/sample/training/${pair#*:}" >/dev/null
done
tour training
# 4. The Issue 117 packet's cover and first redline page (the first page headed by a policy), as printed.
cli packet --issue 117 --meeting 2026-12-15 --reading first --out "$work/packet.pdf" >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/packet.pdf" "$out/25-packet-cover"
pages=$(pdfinfo "$work/packet.pdf" | sed -n 's/^Pages: *//p')
for ((page = 2; page <= pages; page++)); do
  if pdftotext -f $page -l $page "$work/packet.pdf" - | grep -q "^Policy [0-9]"; then
    pdftoppm -png -r 80 -f $page -l $page -singlefile "$work/packet.pdf" "$out/26-packet-redline"
    break
  fi
done
# 5. A district certificate, signed sheets for one building, and the acknowledgment screens and kiosk.
keytool -genkeypair -alias district -keyalg RSA -keysize 2048 -validity 3650 -storetype PKCS12 \
  -keystore "$work/district.p12" -storepass guide-pass -keypass guide-pass \
  -dname "CN=Sample Community Unit School District, O=Sample District, L=Springfield, ST=Illinois, C=US" 2>/dev/null
echo guide-pass > "$work/password"
sheet=$(cli sheets --policy 5:125 --building WMS --out "$work/sheets-signed.pdf" --sign "$work/district.p12" \
  --password-file "$work/password" | sed -n 's/.*: sheet \([^,]*\),.*/\1/p')
[[ -n $sheet ]] || { echo "screenshots.sh: the sheets command printed no sheet ID" >&2; exit 1; }
tour acks "$sheet" "$work/sheets-signed.pdf"
echo "screenshots in $out"
