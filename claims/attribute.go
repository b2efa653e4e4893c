package claims

import "github.com/claimdiff/claimdiff/claims/rules"

// attribute fills each claim's attribution. (Quotes and speakers come in a
// later stage; until then every claim is a bare statement.)
func attribute(res *Result, r *rules.Rules) {}
