#!/usr/bin/env bash
# Renders the Teams app icons from the SVG sources beside this script (needs rsvg-convert: apt-get install -y librsvg2-bin).
# The output is byte-for-byte reproducible with the same librsvg version; commit the PNGs it writes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rsvg-convert -w 192 -h 192 "$here/color.svg" -o "$here/../color.png"
rsvg-convert -w 32 -h 32 "$here/outline.svg" -o "$here/../outline.png"
