// Package report writes a comparison for people — aligned text for a
// terminal, Markdown for an issue or pull request, a self-contained HTML
// page — and for programs (the versioned JSON contract).
package report
