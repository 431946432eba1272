#!/usr/bin/env bash
# Debian packages the test suite needs. Idempotent: apt-get only runs when something is missing.
set -euo pipefail
need=()
command -v pg_ctlcluster >/dev/null || need+=(postgresql)
command -v redis-server >/dev/null || need+=(redis-server)
command -v chromium >/dev/null || need+=(chromium)
command -v zbarimg >/dev/null || need+=(zbar-tools)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v msgfmt >/dev/null || need+=(gettext)
fc-list :lang=as | grep -qi lohit || need+=(fonts-lohit-beng-assamese)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" fontconfig >/dev/null
fi
fc-list :lang=as | grep -qi lohit || { echo "no Assamese font: PDFs would show empty boxes" >&2; exit 1; }
