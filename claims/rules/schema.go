package rules

import _ "embed"

// LanguageVersion is the rules language version this build reads.
const LanguageVersion = 1

// Schema is the JSON Schema of rules files, for editors: point
// yaml-language-server at it for completion and validation.
//
//go:embed schema.json
var Schema []byte
