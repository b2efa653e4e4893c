package rules

import _ "embed"

// Schema is the JSON Schema of rules files, for editors: point
// yaml-language-server at it for completion and validation.
//
//go:embed schema.json
var Schema []byte
