#!/usr/bin/env bash
# Installs the Debian packages intake's tests and optional features use:
#   dovecot-imapd      the real IMAP server the tests start on loopback
#   tesseract-ocr-*    OCR for scanned PDFs and images (English, French, Spanish), and the page
#                      orientation of rotated scans (osd)
#   catdoc             text of Word 97-2003 and Word 6 .doc files, and of PowerPoint 97-2003 .ppt
#                      files (its catppt); small, no LibreOffice needed
#   fonts-dejavu-core  the font the OCR test renders its French "scanned" page with
# Safe to run again: it installs only what is missing.
set -euo pipefail

packages=(dovecot-imapd postgresql-client tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-spa
  tesseract-ocr-osd catdoc fonts-dejavu-core)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "setup-system: need root to install: ${missing[*]}" >&2; exit 1
fi
echo "setup-system: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >/dev/null || true
# Debian's dovecot post-install tries to start a system service; policy-rc.d may refuse, which is fine:
# the tests start their own instance with their own configuration.
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
