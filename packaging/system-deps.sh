#!/usr/bin/env bash
# Debian packages the tests use as real peers and screens: DCMTK, Orthanc (+DICOMweb), dicom3tools (IOD validator),
# Xvfb, OpenSSL (TLS test certificates).
# Installs what is missing when run as root; otherwise says what is missing.
set -euo pipefail
missing=()
[ -x /usr/bin/dcmdump ] || missing+=(dcmtk)
[ -x /usr/sbin/Orthanc ] || missing+=(orthanc)
ls /usr/share/orthanc/plugins/libOrthancDicomWeb* >/dev/null 2>&1 || missing+=(orthanc-dicomweb)
[ -x /usr/bin/dciodvfy ] || missing+=(dicom3tools)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
[ -x /usr/bin/openssl ] || missing+=(openssl)
# Qt's xcb platform (real windows under Xvfb) needs these shared libraries.
[ -e /usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0 ] || missing+=(libxcb-cursor0)
[ -e /usr/lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 ] || missing+=(libxkbcommon-x11-0)
[ -e /usr/lib/x86_64-linux-gnu/libEGL.so.1 ] || missing+=(libegl1)
[ -e /usr/lib/x86_64-linux-gnu/libfontconfig.so.1 ] || missing+=(libfontconfig1)
[ -e /usr/lib/x86_64-linux-gnu/libxcb-icccm.so.4 ] || missing+=(libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1)
[ -e /usr/lib/x86_64-linux-gnu/libGL.so.1 ] || missing+=(libgl1)
[ -e /usr/lib/x86_64-linux-gnu/libdbus-1.so.3 ] || missing+=(libdbus-1-3)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "system-deps: missing Debian packages: ${missing[*]} (install them as root; tests needing them are skipped)" >&2
fi
