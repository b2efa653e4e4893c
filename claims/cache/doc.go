// Package cache keeps extraction results on disk, so that comparing or
// checking against the same articles again does not extract them again.
//
// An entry is keyed by everything extraction depends on: the document's
// text, format and publication time, the rules' fingerprint, and the
// program itself (a hash of the running executable, so a new build never
// reads an older build's results). Entries are written to a temporary file
// and renamed into place, so concurrent runs never see half an entry; each
// carries a magic header, a format version, its own key and a checksum, and
// one that fails any check (damaged, truncated, foreign, from another
// version) is ignored and extracted again, never trusted.
//
// For comparison, a list of many documents (a check's baseline) is also
// kept as one pack (pack.go): every document's entry in a shared form, in
// one file named by the documents' keys in order, so that a second run
// over the same list reads one file. A pack is checked as an entry is, and
// one that fails is written again, never trusted.
//
// The cache lives under os.UserCacheDir()/claimdiff (or
// $CLAIMDIFF_CACHE_DIR); removing that directory at any time is safe. Its
// size is bounded: after a run that adds entries, the oldest entries are
// removed until the cache is under its limit.
package cache
