package rules

// Suggest returns the word of allowed within two edits of w (the nearest),
// or "": the "did you mean" of error messages about names.
func Suggest(w string, allowed []string) string { return closest(w, allowed) }
