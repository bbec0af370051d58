#!/usr/bin/env bash
# Fetches the Banana Cake Pop GraphQL IDE (npm @chillicream/bananacakepop-graphql-ide, ChilliCream
# License 1.0: served unchanged, never committed) into server/wwwroot/ide, where the server serves it
# at /graphql. Run by the server build; idempotent; verifies the package against its pinned integrity.
set -euo pipefail
cd "$(dirname "$0")/.."

package=@chillicream/bananacakepop-graphql-ide
version=18.0.0
integrity=sha512-EICMT9UsIusMbb7v0id/kIghr2sB/OVOgxq9ifgGnc1GjadM5TaP4cTAecYWEJksoOmkrvAipiFcXyixsUm10w==
target=wwwroot/ide

if [ -f "$target/package.json" ] && grep -q "\"version\": \"$version\"" "$target/package.json"; then
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(cd "$work" && npm pack "$package@$version" --silent --loglevel=error)
actual=$(node -e 'const c=require("crypto"),f=require("fs");console.log("sha512-"+c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$work/$tarball")
if [ "$actual" != "$integrity" ]; then
  echo "fetch-ide.sh: $package@$version has integrity $actual, expected $integrity" >&2
  exit 1
fi

tar -xzf "$work/$tarball" -C "$work"
rm -rf "$target"
mkdir -p "$(dirname "$target")"
mv "$work/package" "$target"
echo "fetch-ide.sh: $package@$version installed in server/$target"
