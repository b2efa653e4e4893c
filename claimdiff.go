// Package claimdiff holds the default rules file embedded in the binary.
//
// The work is done in the sub-packages: claims (text to claims) and compare
// (claims across documents to findings); cmd/claimdiff is the command.
package claimdiff

import _ "embed"

// DefaultRules is rules.yaml as shipped: the rules claimdiff uses when no
// rules file is given, and the base a file with `extends: default` builds on.
//
//go:embed rules.yaml
var DefaultRules []byte
