// Package ingest reads articles from files, directories, JSON/JSONL and
// standard input into Documents: the text, with CRLF folded to LF and any BOM
// removed, and its metadata (source outlet, title, URL, publication time).
//
// Every failure is an *Error naming the file (and line:col where there is
// one), so the command can print one clear line and exit 2.
package ingest
