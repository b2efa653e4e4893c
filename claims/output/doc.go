// Package output writes extraction results for people (aligned text) and
// for programs (the versioned JSON and JSONL contract in README.md).
package output
