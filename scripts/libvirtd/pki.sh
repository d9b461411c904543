#!/usr/bin/env bash
# Generates the TLS credentials the integration tests use, with openssl.
#
# Usage: scripts/libvirtd/pki.sh DIR
#
# Writes, once (a DIR that already holds a complete set is left alone, so a
# reused state directory costs nothing):
#   DIR/ca/cacert.pem, cakey.pem          the test CA
#   DIR/other-ca/cacert.pem, cakey.pem    an unrelated CA (wrong-CA tests)
#   DIR/server/{cacert,servercert,serverkey}.pem
#       the daemon's credentials: a server certificate from the test CA for
#       DNS:localhost and IP:127.0.0.1 (libvirtd.conf ca_file/cert_file/key_file)
#   DIR/client/{cacert,clientcert,clientkey}.pem
#       a client `pkipath=` directory: test CA plus a client certificate from it
#   DIR/other-client/{cacert,clientcert,clientkey}.pem
#       a `pkipath=` directory built only from the unrelated CA: it trusts no
#       certificate of the daemon, and the daemon trusts none of its own
#   DIR/other-ca-trust/{cacert,clientcert,clientkey}.pem
#       the unrelated CA as trust anchor with the test CA's client certificate:
#       only the server certificate check fails here
#   DIR/revoked/{servercert,serverkey}.pem
#       a server certificate from the test CA that DIR/ca/cacrl.pem revokes
#   DIR/client-crl/{cacert,cacrl,clientcert,clientkey}.pem
#       DIR/client plus the CA's revocation list, as libvirt reads it
# File names are libvirt's own (virNetTLSContextLocateCredentials), so each
# client directory works as `pkipath=` as it is.
#
# EC P-256 keys: generating them takes milliseconds, where RSA keys would
# cost most of a CI start. Key usage and purposes are what libvirt's
# certificate checks expect (docs/kbase/tlscerts.rst).
#
# Optional environment:
#   LIBVIRT_TS_PKI_DAYS   validity in days (default 30; the unit-test
#                         fixtures are made with a century)
set -euo pipefail

log() { printf 'libvirtd/pki: %s\n' "$*" >&2; }
die() {
  log "ERROR: $*"
  exit 1
}

if (($# != 1)) || [[ -z "$1" ]]; then
  die "usage: $0 DIR"
fi
command -v openssl >/dev/null 2>&1 || die 'openssl not found; run scripts/libvirtd/install.sh first'
days="${LIBVIRT_TS_PKI_DAYS:-30}"
[[ "$days" =~ ^[0-9]+$ ]] || die "LIBVIRT_TS_PKI_DAYS must be a number of days, got '$days'"

dir="$1"
marker="$dir/.complete"
if [[ -f "$marker" ]] &&
  openssl x509 -checkend 86400 -noout -in "$dir/server/servercert.pem" >/dev/null 2>&1 &&
  openssl x509 -checkend 86400 -noout -in "$dir/client/clientcert.pem" >/dev/null 2>&1; then
  exit 0
fi

rm -rf -- "$dir"
mkdir -p -- "$dir"/{ca,other-ca,server,client,other-client,other-ca-trust,revoked,client-crl}
work="$(mktemp -d)"
export PKI_WORK="$work"
trap 'rm -rf -- "$work"' EXIT

cat >"$work/openssl.cnf" <<'EOF'
[req]
distinguished_name = dn
prompt = no
[dn]
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ca]
default_ca = test_ca
[test_ca]
database = $ENV::PKI_WORK/index.txt
crlnumber = $ENV::PKI_WORK/crlnumber
default_md = sha256
[client_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
EOF

new_key() {
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null
  chmod 600 "$1"
}

# new_ca DIR SUBJECT
new_ca() {
  new_key "$1/cakey.pem"
  openssl req -new -x509 -config "$work/openssl.cnf" -extensions ca_ext -key "$1/cakey.pem" \
    -subj "$2" -days "$days" -sha256 -out "$1/cacert.pem"
}

# new_leaf CA_DIR EXT SUBJECT KEY CERT
new_leaf() {
  new_key "$4"
  openssl req -new -config "$work/openssl.cnf" -key "$4" -subj "$3" -out "$work/req.pem"
  openssl x509 -req -in "$work/req.pem" -CA "$1/cacert.pem" -CAkey "$1/cakey.pem" \
    -set_serial "0x$(openssl rand -hex 12)" -days "$days" -sha256 \
    -extfile "$work/openssl.cnf" -extensions "$2" -out "$5" 2>/dev/null
}

new_ca "$dir/ca" '/O=libvirt-ts/CN=libvirt-ts test CA'
new_ca "$dir/other-ca" '/O=libvirt-ts/CN=libvirt-ts unrelated CA'

new_leaf "$dir/ca" server_ext '/O=libvirt-ts/CN=localhost' "$dir/server/serverkey.pem" "$dir/server/servercert.pem"
cp -- "$dir/ca/cacert.pem" "$dir/server/cacert.pem"

new_leaf "$dir/ca" client_ext '/O=libvirt-ts/CN=libvirt-ts client' "$dir/client/clientkey.pem" \
  "$dir/client/clientcert.pem"
cp -- "$dir/ca/cacert.pem" "$dir/client/cacert.pem"

new_leaf "$dir/other-ca" client_ext '/O=libvirt-ts/CN=libvirt-ts unrelated client' \
  "$dir/other-client/clientkey.pem" "$dir/other-client/clientcert.pem"
cp -- "$dir/other-ca/cacert.pem" "$dir/other-client/cacert.pem"

cp -- "$dir/other-ca/cacert.pem" "$dir/other-ca-trust/cacert.pem"
cp -p -- "$dir/client/clientcert.pem" "$dir/client/clientkey.pem" "$dir/other-ca-trust/"

# Revocation goes through `openssl ca`, which keeps its state in an index file.
new_leaf "$dir/ca" server_ext '/O=libvirt-ts/CN=localhost (revoked)' "$dir/revoked/serverkey.pem" \
  "$dir/revoked/servercert.pem"
: >"$work/index.txt"
echo 01 >"$work/crlnumber"
openssl ca -config "$work/openssl.cnf" -keyfile "$dir/ca/cakey.pem" -cert "$dir/ca/cacert.pem" \
  -revoke "$dir/revoked/servercert.pem" 2>/dev/null
openssl ca -config "$work/openssl.cnf" -keyfile "$dir/ca/cakey.pem" -cert "$dir/ca/cacert.pem" \
  -gencrl -crldays "$days" -out "$dir/ca/cacrl.pem" 2>/dev/null
cp -p -- "$dir/client/cacert.pem" "$dir/client/clientcert.pem" "$dir/client/clientkey.pem" "$dir/ca/cacrl.pem" \
  "$dir/client-crl/"

touch "$marker"
log "generated CA, server and client certificates in $dir (valid $days days)"
