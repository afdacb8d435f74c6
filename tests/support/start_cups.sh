#!/usr/bin/env bash
# Start a local CUPS daemon (if none is running) and create the OrderDeskPDF queue that prints
# through cups-pdf, for tests/integration/printing. Idempotent; needs root (CI runs as root).
# Debian packages: cups, printer-driver-cups-pdf.
set -euo pipefail

QUEUE="${ORDERDESK_TEST_QUEUE:-OrderDeskPDF}"

running() { LC_ALL=C lpstat -r 2>/dev/null | grep -q "is running"; }  # lpstat -r exits 0 either way

if ! running; then
    mkdir -p /run/cups
    if command -v systemctl >/dev/null 2>&1 && systemctl is-system-running >/dev/null 2>&1; then
        systemctl start cups
    else
        /usr/sbin/cupsd  # daemonises itself
    fi
    for _ in $(seq 1 50); do
        running && break
        sleep 0.2
    done
fi
running || { echo "start_cups: cupsd did not start" >&2; exit 1; }

if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
    ppd=""
    for candidate in /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd /usr/share/ppd/cups-pdf/CUPS-PDF.ppd \
        /usr/share/cups/model/CUPS-PDF_opt.ppd /usr/share/cups/model/CUPS-PDF.ppd; do
        [ -f "$candidate" ] && { ppd="$candidate"; break; }
    done
    if [ -n "$ppd" ]; then
        lpadmin -p "$QUEUE" -v cups-pdf:/ -P "$ppd" -E
    else
        model="$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF/ {print $1; exit}')"
        [ -n "$model" ] || { echo "start_cups: no cups-pdf driver (install printer-driver-cups-pdf)" >&2; exit 1; }
        lpadmin -p "$QUEUE" -v cups-pdf:/ -m "$model" -E
    fi
fi
cupsenable "$QUEUE" >/dev/null 2>&1 || true
cupsaccept "$QUEUE" >/dev/null 2>&1 || true
lpstat -p "$QUEUE"
